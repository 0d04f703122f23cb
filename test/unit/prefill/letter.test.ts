import { describe, expect, it } from 'vitest';
import { draftLetter } from '../../../lib/prefill/letter';
import { bareCase, evidence, failedCase, profile, zhProfile } from './case-data';

const now = new Date(2026, 10, 28, 12, 0);
const due = new Date(2026, 11, 12, 12, 0);
const NO_PROMISE = /guarantee|promise|assure|certainly will|保证|承诺|一定会/i;

describe('draftLetter (en)', () => {
  const text = draftLetter({ case: failedCase, evidence, profile, locale: 'en', dueDate: due, now });

  it('states account, transaction, time, amount, message and remedy', () => {
    expect(text).toContain('Dear PayPal customer support,');
    expect(text).toContain('Account: alex.morgan@example.com');
    expect(text).toContain('Reference: 8AB12345CD6789012');
    expect(text).toContain('Date and time: 20 November 2026, 10:05 (UTC+08:00)');
    expect(text).toContain('Amount: 1280.00 CNY');
    expect(text).toContain('"This payment was declined. (Code 10417)"');
    expect(text).toContain('Please refund the full amount of 1280.00 CNY to me. The money left my bank account');
  });

  it('gives a dated chronology, what was tried with ticket numbers, and the evidence with digests', () => {
    const order = [
      '20 November 2026, 10:05 (UTC+08:00): the transaction failed.',
      '20 November 2026, 10:20 (UTC+08:00): I recorded the problem',
      '21 November 2026, 09:30 (UTC+08:00): I contacted you by phone (reference PP-D-55501) – Told to wait 5 days.',
      '27 November 2026, 14:00 (UTC+08:00): I contacted you by email.',
    ];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('What I have already tried\n- By phone, 21 November 2026, 09:30 (UTC+08:00), reference PP-D-55501');
    expect(text).toContain(
      '1. Captured: 20 November 2026, 10:07 (UTC+08:00) | https://www.paypal.com/myaccount/transactions/details/8AB12345CD6789012',
    );
    expect(text).toContain(`screenshot.png (SHA-256 ${'b'.repeat(64)})`);
    expect(text).toContain(`page.html (SHA-256 ${'c'.repeat(64)})`);
    expect(text).toContain(`Record digest (SHA-256): ${'a'.repeat(64)}`);
    expect(text).not.toContain('d'.repeat(64)); // tombstones are not evidence
  });

  it('asks for a final response by the due date and promises nothing', () => {
    expect(text).toContain('final response by 12 December 2026');
    expect(text).not.toMatch(NO_PROMISE);
    expect(text).toMatch(/Yours sincerely,\nAlex Morgan\nalex@example.com\n\+86 138 0013 8000\n28 November 2026\n$/);
  });

  it('falls back to the escalation date', () => {
    const t = draftLetter({ case: failedCase, evidence: [], profile, locale: 'en', now });
    expect(t).toContain('final response by 20 December 2026');
    expect(t).not.toContain('Evidence');
  });
});

describe('draftLetter (zh)', () => {
  const text = draftLetter({
    case: { ...failedCase, provider: '支付宝', siteId: 'alipay' },
    evidence,
    profile: zhProfile,
    locale: 'zh',
    dueDate: due,
    now,
  });

  it('is natural Chinese with all the facts', () => {
    expect(text).toMatch(
      /^主题：支付宝交易失败投诉（交易号 8AB12345CD6789012）\n\n支付宝客服团队：\n\n您好！我现就一笔失败的交易正式提出投诉/,
    );
    expect(text).toContain('账户：alex@example.com');
    expect(text).toContain('姓名：王小明');
    expect(text).toContain('一、交易信息\n交易单号：8AB12345CD6789012\n交易时间：2026年11月20日 10:05（UTC+08:00）\n金额：1280.00 CNY');
    expect(text).toContain('页面提示：“This payment was declined. (Code 10417)”');
    expect(text).toContain('2026年11月21日 09:30（UTC+08:00）：我通过电话联系了贵方（工单号：PP-D-55501），Told to wait 5 days。');
    expect(text).toContain('四、证据清单');
    expect(text).toContain('请将款项（1280.00 CNY）全额退还给我。');
    expect(text).toContain('请贵方调查核实，并于2026年12月12日前给予最终书面答复。');
    expect(text).toMatch(/此致\n敬礼！\n王小明\n/);
    expect(text).not.toMatch(NO_PROMISE);
  });
});

describe('draftLetter with missing data', () => {
  for (const locale of ['en', 'zh'] as const) {
    it(`omits what is missing without printing undefined or null (${locale})`, () => {
      const empty = { name: '', email: '', phone: '', accounts: {} };
      const t = draftLetter({ case: bareCase, evidence: [], profile: empty, locale, now });
      expect(t).not.toMatch(/undefined|null|NaN|\[object/);
      expect(t).not.toMatch(/(Account|Name|Email|Phone|Reference|Amount): *\n|(账户|姓名|电子邮箱|联系电话|交易单号|金额)：\n/);
      expect(t.length).toBeGreaterThan(100);
      const partial = draftLetter({
        case: { ...failedCase, transactions: [{ amount: '5' }], contacts: [{ channel: 'chat', at: 'not a date' }] },
        evidence: [{ kind: 'capture', digest: '', artifacts: [], meta: null }],
        profile,
        locale,
        now,
      });
      expect(partial).not.toMatch(/undefined|null|NaN/);
    });
  }
});
