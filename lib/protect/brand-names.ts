import { SITES, type WalletSite } from '../sites';

/** Chinese runs in the registry's names that are not a provider's name ("浏览器" of "Polygon 浏览器"). */
const ZH_GENERIC = new Set(['浏览器', '链浏览器', '钱包', '原']);
/** English names that are also ordinary words: matched only as written (capitalised). */
const EN_WORDS = new Set(['Wise']);

interface BrandName {
  siteId: string;
  pattern: RegExp;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function namesOf(site: WalletSite): BrandName[] {
  const en = site.names.en
    .split(/[/()]/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 3);
  const zh = (site.names.zh.match(/[\u4e00-\u9fff]{2,}/g) ?? []).filter((s) => !ZH_GENERIC.has(s));
  return [
    ...en.map((name) => ({
      siteId: site.id,
      pattern: new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(name)}(?![A-Za-z0-9])`, EN_WORDS.has(name) ? '' : 'i'),
    })),
    ...zh.map((name) => ({ siteId: site.id, pattern: new RegExp(escapeRegExp(name)) })),
  ];
}

/** How pages name each registry provider, in English and Chinese (from the registry's names). */
const BRAND_NAMES: readonly BrandName[] = SITES.flatMap(namesOf);

/** The registry site a text names, or null; also null when it names several (a comparison, a list). */
export function brandNamed(text: string): string | null {
  const ids = new Set(BRAND_NAMES.filter((b) => b.pattern.test(text)).map((b) => b.siteId));
  return ids.size === 1 ? [...ids][0]! : null;
}
