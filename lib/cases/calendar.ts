import type { CaseRecord } from '../db/types';
import type { Lang } from '../i18n';
import type { Localized } from '../sites/types';

/**
 * A case's dates as an RFC 5545 calendar, made offline, so the reminders reach whatever
 * calendar (and phone) the person uses. One event per date (next follow-up, escalation
 * deadline), each with two display alarms: 3 days before and at the time itself.
 */
const WORDS: Record<'followup' | 'deadline' | 'alarmAhead' | 'alarmNow' | 'about' | 'ref', Localized> = {
  followup: { en: 'Follow up on the complaint: $1', zh: '跟进投诉：$1' },
  deadline: { en: 'Escalation deadline: $1', zh: '升级投诉截止日：$1' },
  alarmAhead: { en: 'In 3 days: $1', zh: '3 天后：$1' },
  alarmNow: { en: 'Today: $1', zh: '今天：$1' },
  about: {
    en: 'Complaint to $1: $2. Open Wallet Witness (dashboard) for the case, its evidence and what to do next.',
    zh: '向 $1 的投诉：$2。打开钱包维权助手的管理页查看该投诉、证据和下一步。',
  },
  ref: { en: 'References: $1', zh: '编号：$1' },
};

const fill = (text: Localized, lang: Lang, ...subs: string[]) =>
  text[lang].replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');

/** TEXT value escaping (RFC 5545 §3.3.11). */
const escapeText = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** UTC DATE-TIME form (§3.3.5, form #2). */
const utc = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Lines of at most 75 octets, continued with CRLF + space, never inside a UTF-8 sequence (§3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (octets + n > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** The `.ics` text of a case's open dates; null when it has none. */
export function caseCalendar(c: CaseRecord, lang: Lang, now = new Date()): string | null {
  const dates = [
    ['followup', c.nextFollowUpAt],
    ['deadline', c.escalationDueAt],
  ] as const;
  const label = `${c.provider} · ${c.title}`;
  const refs = c.transactions.map((tx) => tx.id).filter(Boolean);
  const description = [fill(WORDS.about, lang, c.provider, c.title), refs.length ? fill(WORDS.ref, lang, refs.join(', ')) : '']
    .filter(Boolean)
    .join('\n');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Wallet Witness//Complaint dates//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  let events = 0;
  for (const [kind, iso] of dates) {
    const at = iso ? Date.parse(iso) : Number.NaN;
    if (Number.isNaN(at)) continue;
    events++;
    const summary = fill(WORDS[kind], lang, label);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${kind}-${c.id}@wallet-witness.invalid`,
      `DTSTAMP:${utc(now.getTime())}`,
      `DTSTART:${utc(at)}`,
      'DURATION:PT30M',
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
    );
    for (const [trigger, words] of [
      ['-P3D', WORDS.alarmAhead],
      ['PT0S', WORDS.alarmNow],
    ] as const) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${trigger}`,
        `DESCRIPTION:${escapeText(fill(words, lang, summary))}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  if (!events) return null;
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** `wallet-witness-<provider>-<id8>.ics`, ASCII only. */
export function calendarFileName(c: Pick<CaseRecord, 'provider' | 'id'>): string {
  const slug =
    c.provider
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'case';
  return `wallet-witness-${slug}-${c.id.slice(0, 8)}.ics`;
}
