import * as z from 'zod/mini';
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

const REGION = z.enum(REGIONS as [RegionId, ...RegionId[]]);
const text = z.string().check(z.maxLength(10_000));

/**
 * Every setting: its key, its type (a schema) and its value when unset. The one place a setting
 * is declared: getSetting and setSetting take only these keys and their types, and a stored
 * value that is not of its type (written by an older version, or restored from a backup) reads
 * as the default rather than reaching the code as something else.
 */
const SETTINGS = {
  /** The region whose rules and bodies apply; null: from the browser's locale. */
  region: { schema: z.nullable(REGION), fallback: null },
  /** The user's details for letters and forms (lib/prefill). */
  profile: {
    schema: z.object({
      name: z.optional(text),
      email: z.optional(text),
      phone: z.optional(text),
      accounts: z.optional(z.record(z.string(), text)),
    }),
    fallback: {},
  },
  /** "Also save an MHTML archive" (lib/capture/mhtml.ts). */
  captureMhtml: { schema: z.boolean(), fallback: false },
  /** Hosts the user added under Sites (lib/user-sites.ts). */
  'user-sites': { schema: z.array(z.string()), fallback: [] },
  /** Per alarm name, the date (ms) its reminder last fired for (lib/background/reminders.ts). */
  'reminders-fired': { schema: z.record(z.string(), z.number()), fallback: {} },
  /** The opt-in protection guard is wanted (lib/protect/guard-setting.ts). */
  'protect-guard': { schema: z.boolean(), fallback: false },
  /** Sites the user trusts despite a warning: registrable domain and when (lib/protect/trusted-store.ts). */
  'protect-trusted': {
    schema: z.array(z.object({ domain: z.string().check(z.maxLength(253)), at: z.number() })),
    fallback: [] as { domain: string; at: number }[],
  },
  /** When persistent storage was first asked for from the dashboard (lib/db/persistence.ts); null: never. */
  'persist-asked-at': { schema: z.nullable(z.number()), fallback: null },
  /** When the last backup file was written (lib/archive/backup-nudge.ts); null: never. */
  'last-backup-at': { schema: z.nullable(z.number()), fallback: null },
  /** When the backup suggestion was last put off ("Later"); null: never. */
  'backup-nudge-dismissed-at': { schema: z.nullable(z.number()), fallback: null },
} satisfies Record<string, { schema: z.ZodMiniType; fallback: unknown }>;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;

/** The setting's stored value, or its default when unset or not of its type. */
export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const row = await db().settings.get(key);
  const spec = SETTINGS[key];
  const parsed = row === undefined ? undefined : spec.schema.safeParse(row.value);
  return (parsed?.success ? parsed.data : spec.fallback) as SettingValue<K>;
}

/** Store a setting; a value not of its type is refused (thrown), never stored. */
export async function setSetting<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
  const checked = SETTINGS[key].schema.safeParse(value);
  if (!checked.success) throw new Error(`setting ${key}: not a valid value`);
  await db().settings.put({ key, value: checked.data });
}

export async function getRegion(locale: string = navigator.language): Promise<RegionId> {
  return (await getSetting('region')) ?? regionFromLocale(locale);
}

export async function setRegion(region: RegionId): Promise<void> {
  if (!REGIONS.includes(region)) throw new Error(`unknown region ${region}`);
  await setSetting('region', region);
}

const EMPTY_PROFILE: Profile = { name: '', email: '', phone: '', accounts: {} };

export async function getProfile(): Promise<Profile> {
  return { ...EMPTY_PROFILE, ...(await getSetting('profile')) };
}

export async function setProfile(profile: Profile): Promise<void> {
  await setSetting('profile', profile);
}
