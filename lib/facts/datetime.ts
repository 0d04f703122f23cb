// Dates and times as pages show them, with the zone when the page states one:
// "2026-11-26 14:03:22 (UTC)", "2026-11-26T14:03:22+08:00", "Nov 26, 2026, 2:03 PM PST",
// "26 November 2026 14:03", "2026年11月26日 14:03:22", "2026/11/26 14:03".

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MON = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const TIME = '(?:[ T,]+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([AaPp][Mm])?)?';
// Named zones a page prints; offsets from the IANA zone data (standard and daylight time).
const ZONES: Record<string, string> = {
  UTC: '+00:00',
  GMT: '+00:00',
  Z: '+00:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  HKT: '+08:00',
  SGT: '+08:00',
  JST: '+09:00',
  北京时间: '+08:00',
};
const ZONE = `(?:\\s*\\(?\\s*((?:UTC|GMT)\\s?[+-]\\d{1,2}(?::?\\d{2})?|UTC|GMT|Z|BST|CEST|CET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|HKT|SGT|JST|北京时间|[+-]\\d{2}:?\\d{2})\\s*\\)?)?`;
const PATTERNS: { re: RegExp; order: 'ymd' | 'mdy' | 'dmy' }[] = [
  { re: new RegExp(`(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${TIME}${ZONE}`, 'g'), order: 'ymd' },
  { re: new RegExp(`(?<!\\d)(\\d{4})年(\\d{1,2})月(\\d{1,2})日${TIME.replace('[ T,]+', '[ T,]*')}${ZONE}`, 'g'), order: 'ymd' },
  { re: new RegExp(`\\b${MON}[\\s-]+(\\d{1,2}),?[\\s-]+(\\d{4})${TIME}${ZONE}`, 'g'), order: 'mdy' },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MON},?\\s+(\\d{4})${TIME}${ZONE}`, 'g'), order: 'dmy' },
];

export interface FoundDate {
  text: string;
  iso: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function offsetOf(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  if (ZONES[zone]) return ZONES[zone];
  const m = /([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  return m ? `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}` : undefined;
}

function iso(y: number, mo: number, d: number, g: (string | undefined)[]): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  const [hh, mm, ss, ampm, zone] = g;
  if (hh === undefined) return date;
  let h = Number(hh);
  if (ampm) h = (h % 12) + (/p/i.test(ampm) ? 12 : 0);
  if (h > 23 || Number(mm) > 59) return date;
  return `${date}T${pad(h)}:${mm}:${ss ?? '00'}${offsetOf(zone) ?? ''}`;
}

/** Every date (with its time and zone where shown) in `text`, as shown and as ISO 8601. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  const seen = new Set<number>();
  for (const { re, order } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (seen.has(m.index)) continue;
      const g = m.slice(1);
      let y: number, mo: number, d: number;
      if (order === 'ymd') [y, mo, d] = [Number(g[0]), Number(g[1]), Number(g[2])];
      else if (order === 'mdy') [mo, d, y] = [MONTHS.indexOf(g[0]!.slice(0, 3).toLowerCase()) + 1, Number(g[1]), Number(g[2])];
      else [d, mo, y] = [Number(g[0]), MONTHS.indexOf(g[1]!.slice(0, 3).toLowerCase()) + 1, Number(g[2])];
      const value = iso(y, mo, d, g.slice(3));
      if (!value) continue;
      seen.add(m.index);
      out.push({ text: m[0].trim(), iso: value });
    }
  }
  return out;
}
