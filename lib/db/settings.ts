import { db } from './index';
import type { Profile } from './types';
import type { RegionId } from '../sites/types';

const REGIONS: readonly RegionId[] = ['CN', 'US', 'UK', 'EU', 'GLOBAL'];
const EU_LANGS = [
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
  'pl',
  'sv',
  'da',
  'fi',
  'cs',
  'el',
  'hu',
  'ro',
  'sk',
  'sl',
  'bg',
  'hr',
  'lt',
  'lv',
  'et',
  'ga',
  'mt',
];

/** The default region from a BCP 47 locale: zh(-CN) → CN, en-GB → UK, en-US → US, EU languages → EU. */
export function regionFromLocale(locale: string): RegionId {
  const [lang = '', country = ''] = locale.toLowerCase().replace('_', '-').split('-');
  if (lang === 'zh') return country === 'tw' || country === 'hk' ? 'GLOBAL' : 'CN';
  if (country === 'gb' || country === 'uk') return 'UK';
  if (country === 'us' || (lang === 'en' && !country)) return 'US';
  if (EU_LANGS.includes(lang)) return 'EU';
  return 'GLOBAL';
}

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await db().settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await db().settings.put({ key, value });
}

export async function getRegion(locale: string = navigator.language): Promise<RegionId> {
  const stored = await getSetting<string | null>('region', null);
  return stored && (REGIONS as string[]).includes(stored) ? (stored as RegionId) : regionFromLocale(locale);
}

export async function setRegion(region: RegionId): Promise<void> {
  if (!REGIONS.includes(region)) throw new Error(`unknown region ${region}`);
  await setSetting('region', region);
}

const EMPTY_PROFILE: Profile = { name: '', email: '', phone: '', accounts: {} };

export async function getProfile(): Promise<Profile> {
  return { ...EMPTY_PROFILE, ...(await getSetting<Partial<Profile>>('profile', {})) };
}

export async function setProfile(profile: Profile): Promise<void> {
  await setSetting('profile', profile);
}
