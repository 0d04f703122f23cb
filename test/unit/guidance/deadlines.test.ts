import { describe, expect, it } from 'vitest';
import { DEADLINE_RULES, addPeriod, escalationDeadline, nextFollowUp, rulesFor } from '../../../lib/guidance';

/** Local calendar date as YYYY-MM-DD (the deadlines are whole days in the user's time zone). */
const ymd = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10, 30);

const MON = at(2026, 1, 5); // Monday 5 January 2026
const THU = at(2026, 1, 8);
const FRI = at(2026, 1, 9);

describe('deadline rules', () => {
  it('every rule has an https source, a positive amount and a unique id', () => {
    const ids = DEADLINE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of DEADLINE_RULES) {
      expect(new URL(r.source).protocol, r.id).toBe('https:');
      expect(r.amount).toBeGreaterThan(0);
      if (r.exceptionalAmount) expect(r.exceptionalAmount).toBeGreaterThan(r.amount);
    }
  });

  it('business-day labels say the date is approximate', () => {
    for (const r of DEADLINE_RULES.filter((x) => x.basis === 'business-days' && x.clock !== 'body-mediation')) {
      expect(r.label.en, r.id).toMatch(/approximate/i);
      expect(r.label.zh, r.id).toMatch(/估算/);
    }
  });
});

describe('escalationDeadline', () => {
  it('UK payment complaint filed on a Monday: 15 business days, three weekends skipped', () => {
    const d = escalationDeadline('UK', 'failed-transfer', MON, 'payment-app')!;
    expect(d.rule.id).toBe('uk-psr-15bd');
    expect(ymd(d.due)).toBe('2026-01-26');
    expect(d.rule.exceptionalAmount).toBe(35);
  });

  it('UK payment complaint filed on a Friday lands on a Friday', () => {
    expect(ymd(escalationDeadline('UK', 'refund', FRI, 'wallet')!.due)).toBe('2026-01-30');
  });

  it('UK provider of unknown kind: 8 weeks', () => {
    const d = escalationDeadline('UK', 'failed-transfer', MON, null)!;
    expect(d.rule.id).toBe('uk-disp-8w');
    expect(ymd(d.due)).toBe('2026-03-02');
  });

  it('crypto exchanges get no UK ombudsman clock and no China 12315 clock', () => {
    // FCA registration of crypto firms is for anti-money-laundering only (outside DISP);
    // virtual-currency exchange business is illegal in mainland China.
    for (const kind of ['exchange', 'crypto'] as const) {
      expect(escalationDeadline('UK', 'failed-transfer', MON, kind), kind).toBeNull();
      expect(
        rulesFor('UK', 'failed-transfer', kind).map((r) => r.id),
        kind,
      ).toEqual([]);
      expect(escalationDeadline('CN', 'refund', MON, kind), kind).toBeNull();
    }
    expect(escalationDeadline('US', 'failed-transfer', MON, 'exchange')!.rule.id).toBe('us-cfpb-15d');
  });

  it('EU payment provider: 15 business days (PSD2)', () => {
    const d = escalationDeadline('EU', 'failed-transfer', FRI, 'payment-app')!;
    expect(d.rule.id).toBe('eu-psd2-15bd');
    expect(ymd(d.due)).toBe('2026-01-30');
  });

  it('CN merchant dispute at 12315: 7 working days to decide on acceptance', () => {
    const d = escalationDeadline('CN', 'refund', THU, 'merchant')!;
    expect(d.rule.id).toBe('cn-12315-7wd');
    expect(ymd(d.due)).toBe('2026-01-19');
  });

  it('CN bank: 15 calendar days', () => {
    const d = escalationDeadline('CN', 'failed-transfer', MON, 'bank')!;
    expect(d.rule.id).toBe('cn-bank-15d');
    expect(ymd(d.due)).toBe('2026-01-20');
    expect(d.rule.maxAmount).toBe(60);
  });

  it('CN payment institution: no figure (Order No. 5 not confirmed), CN fraud: none either', () => {
    expect(escalationDeadline('CN', 'failed-transfer', MON, 'payment-app')).toBeNull();
    expect(escalationDeadline('CN', 'refund', MON, 'wallet')).toBeNull();
    expect(escalationDeadline('CN', 'fraud', MON, 'merchant')).toBeNull();
  });

  it('US complaint through the CFPB: 15 calendar days', () => {
    const d = escalationDeadline('US', 'fraud', MON, 'payment-app')!;
    expect(d.rule.id).toBe('us-cfpb-15d');
    expect(ymd(d.due)).toBe('2026-01-20');
  });

  it('GLOBAL: no deadline', () => {
    expect(escalationDeadline('GLOBAL', 'refund', MON, 'wallet')).toBeNull();
  });

  it('rulesFor lists the later clocks too (UK 6-month ombudsman window, US 60-day final)', () => {
    expect(rulesFor('UK', 'refund', 'wallet').map((r) => r.id)).toEqual(['uk-psr-15bd', 'uk-fos-6m']);
    expect(rulesFor('US', 'refund').map((r) => r.id)).toEqual(['us-cfpb-15d', 'us-cfpb-60d']);
    expect(ymd(addPeriod(MON, 'months', 6))).toBe('2026-07-05');
  });
});

describe('nextFollowUp', () => {
  it('awaiting a reply: 3 business days after the last contact, weekends skipped', () => {
    expect(ymd(nextFollowUp(FRI, 'awaiting-reply')!)).toBe('2026-01-14');
    expect(ymd(nextFollowUp(MON, 'filed')!)).toBe('2026-01-08');
  });

  it('escalated waits 5 business days; a draft 1; a closed case none', () => {
    expect(ymd(nextFollowUp(MON, 'escalated')!)).toBe('2026-01-12');
    expect(ymd(nextFollowUp(FRI, 'draft')!)).toBe('2026-01-12');
    expect(nextFollowUp(MON, 'closed')).toBeNull();
  });
});
