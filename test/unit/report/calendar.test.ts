import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { caseCalendar, calendarFileName } from '../../../lib/cases/calendar';
import { caseRecord } from '../evidence/helpers';

const NOW = new Date('2026-12-01T10:00:00Z');
const kase = caseRecord({
  provider: '支付宝',
  title: 'Refund of 1,280.00; "declined"\nsecond line, with a very long title that must be folded across lines 付款失败付款失败付款失败',
  nextFollowUpAt: '2026-12-04T09:00:00.000+08:00',
  escalationDueAt: '2026-12-16T09:00:00.000+08:00',
});

function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  return { root, events: root.getAllSubcomponents('vevent') };
}

describe('Add to calendar (.ics)', () => {
  it('is RFC 5545 that ical.js reads: one event per date, alarms 3 days before and at the time', () => {
    const ics = caseCalendar(kase, 'en', NOW)!;
    const { root, events } = parse(ics);
    expect(root.name).toBe('vcalendar');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(events).toHaveLength(2);
    const starts = events.map((e) => (e.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString());
    expect(starts).toEqual(['2026-12-04T01:00:00.000Z', '2026-12-16T01:00:00.000Z']);
    for (const e of events) {
      expect(e.getFirstPropertyValue('uid')).toMatch(/@/);
      expect(e.getFirstPropertyValue('dtstamp')).toBeTruthy();
      const alarms = e.getAllSubcomponents('valarm');
      expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY']);
      expect(alarms.map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())).toEqual([-3 * 86400, 0]);
      for (const a of alarms) expect(String(a.getFirstPropertyValue('description'))).not.toBe('');
    }
    // Text survives escaping and folding exactly.
    expect(events[0]!.getFirstPropertyValue('summary')).toBe(`Follow up on the complaint: 支付宝 · ${kase.title}`);
    expect(events[1]!.getFirstPropertyValue('summary')).toBe(`Escalation deadline: 支付宝 · ${kase.title}`);
    expect(String(events[0]!.getFirstPropertyValue('description'))).toContain('References: 9XK12');
  });

  it('keeps the line rules: CRLF, at most 75 octets a line, no split UTF-8 character', () => {
    const ics = caseCalendar(kase, 'zh', NOW)!;
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\n');
      expect(line).not.toContain('\uFFFD');
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(parse(ics).events[0]!.getFirstPropertyValue('summary')).toBe(`跟进投诉：支付宝 · ${kase.title}`);
  });

  it('has only the dates a case has; none gives no file', () => {
    const one = caseCalendar({ ...kase, escalationDueAt: undefined }, 'en', NOW)!;
    expect(parse(one).events).toHaveLength(1);
    expect(caseCalendar({ ...kase, nextFollowUpAt: undefined, escalationDueAt: 'not a date' }, 'en', NOW)).toBeNull();
    expect(calendarFileName(kase)).toMatch(/^wallet-witness-case-[0-9a-f-]{8}\.ics$/);
  });
});
