import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '@/lib/db/types';
import { claimDeadlines, nextClaimDeadline } from '@/lib/guidance/claim-deadlines';
import { claimDueReminder } from '@/lib/guidance/claim-reminder';
import { CLAIM_RULES } from '@/lib/guidance/claim-rules';

const kase = (over: Partial<CaseRecord> = {}): CaseRecord => ({
  id: 'c1',
  siteId: 'paypal',
  provider: 'PayPal',
  title: 't',
  situation: 'failed-transfer',
  transactions: [{ id: '9X1', at: '2026-11-26T14:03:22+08:00' }],
  remedy: 'refund',
  region: 'US',
  status: 'filed',
  contacts: [],
  createdAt: '2026-11-27T00:00:00Z',
  updatedMs: 0,
  searchText: '',
  ...over,
});
const ymd = (d?: Date) => d && `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const byId = (c: CaseRecord, kind: Parameters<typeof claimDeadlines>[1] = 'payment-app') =>
  new Map(claimDeadlines(c, kind).map((d) => [d.rule.id, d]));

describe('claim deadlines from the case’s dates', () => {
  it('every rule names its source and either a check date or "unverified"', () => {
    for (const r of CLAIM_RULES) {
      expect(r.source, r.id).toMatch(/^https:\/\//);
      expect(Boolean(r.checked) !== Boolean(r.unverified), r.id).toBe(true);
    }
  });

  it('PayPal in the US: 180 days from the payment, Regulation E 60 days; the 20-day claim window waits for the dispute', () => {
    const d = byId(kase());
    expect(ymd(d.get('paypal-dispute-180d')!.due)).toBe('2027-05-25');
    expect(ymd(d.get('us-rege-60d')!.due)).toBe('2027-01-25');
    expect(d.get('paypal-claim-20d')!.due).toBeUndefined();
    const opened = byId(kase({ contacts: [{ channel: 'form', at: '2026-12-01T10:00:00Z' }] }));
    expect(ymd(opened.get('paypal-claim-20d')!.due)).toBe('2026-12-21');
  });

  it('counts from the transaction date, not from today; without it the deadline has no date', () => {
    const none = byId(kase({ transactions: [{ id: 'x' }] }));
    expect(none.get('paypal-dispute-180d')!.due).toBeUndefined();
    expect(none.get('paypal-dispute-180d')!.start).toBeUndefined();
  });

  it('EU: PSD2’s 13 months; UK fraud: APP 13 months and the ombudsman’s 6 months from the final answer', () => {
    const eu = byId(kase({ siteId: 'wise', region: 'EU' }));
    expect(ymd(eu.get('eu-psd2-13m')!.due)).toBe('2027-12-26');
    const uk = byId(kase({ siteId: null, region: 'UK', situation: 'fraud', finalAnswerAt: '2027-01-10' }), 'bank');
    expect(ymd(uk.get('uk-app-13m')!.due)).toBe('2027-12-26');
    expect(ymd(uk.get('uk-fos-6m-final')!.due)).toBe('2027-07-10');
    // Not PayPal: its own terms do not apply.
    expect(uk.has('paypal-dispute-180d')).toBe(false);
  });

  it('no consumer route for a crypto exchange in the UK (coverage), none at all in China here', () => {
    expect(byId(kase({ siteId: 'binance', region: 'UK' }), 'exchange').has('uk-fos-6m-final')).toBe(false);
    expect(claimDeadlines(kase({ siteId: 'alipay', region: 'CN' }), 'payment-app')).toEqual([]);
  });

  it('the reminder comes a week before the next deadline still ahead', () => {
    const c = kase();
    const now = Date.parse('2026-12-01T00:00:00Z');
    expect(nextClaimDeadline(c, 'payment-app', now)!.rule.id).toBe('us-rege-60d');
    expect(ymd(new Date(claimDueReminder(c, now)!))).toBe('2027-01-18');
    // After the Reg E date, the next one is PayPal's 180 days.
    expect(nextClaimDeadline(c, 'payment-app', Date.parse('2027-02-01T00:00:00Z'))!.rule.id).toBe('paypal-dispute-180d');
  });
});
