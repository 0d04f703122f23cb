// Date text for letters and forms. ISO strings are shown in their own offset (the time the page
// or the provider showed), not converted to the machine's zone.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface IsoParts {
  y: string;
  m: string;
  d: string;
  time?: string;
  offset?: string;
}

/** Splits `2026-11-20T10:05:00.000+08:00` (or `...Z`, or a bare date) into its parts. */
export function isoParts(iso: string | undefined): IsoParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(iso ?? '');
  if (!m) return null;
  const offset = m[5] === 'Z' ? '+00:00' : m[5]?.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return { y: m[1]!, m: m[2]!, d: m[3]!, time: m[4], offset };
}

function dayText(y: string, m: string, d: string, locale: 'en' | 'zh'): string {
  return locale === 'zh' ? `${y}年${Number(m)}月${Number(d)}日` : `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** "20 November 2026, 10:05 (UTC+08:00)" / "2026年11月20日 10:05（UTC+08:00）". */
export function formatIso(iso: string | undefined, locale: 'en' | 'zh'): string | undefined {
  const p = isoParts(iso);
  if (!p) return undefined;
  const day = dayText(p.y, p.m, p.d, locale);
  if (!p.time) return day;
  const zone = p.offset ? (locale === 'zh' ? `（UTC${p.offset}）` : ` (UTC${p.offset})`) : '';
  return locale === 'zh' ? `${day} ${p.time}${zone}` : `${day}, ${p.time}${zone}`;
}

/** Only the day of an ISO string, in its own offset. */
export function formatIsoDay(iso: string | undefined, locale: 'en' | 'zh'): string | undefined {
  const p = isoParts(iso);
  return p ? dayText(p.y, p.m, p.d, locale) : undefined;
}

/** A calendar date of this machine's zone: "26 November 2026" / "2026年11月26日". */
export function formatDay(date: Date, locale: 'en' | 'zh'): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return dayText(String(date.getFullYear()), pad(date.getMonth() + 1), pad(date.getDate()), locale);
}
