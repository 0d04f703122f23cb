import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFields } from '../../../lib/prefill/collect';
import { caseToFillData } from '../../../lib/prefill/fill-data';
import { planFill } from '../../../lib/prefill/plan';
import type { CollectedField, FieldInfo, FillData } from '../../../lib/prefill/types';
import { failedCase, profile, zhProfile } from './case-data';

const LETTER = 'Subject: Complaint\n\nDear PayPal customer support,\n\nI am writing to make a formal complaint.';

function load(file: string): ReturnType<typeof collectFields> {
  document.body.innerHTML = readFileSync(path.resolve(__dirname, '../../fixtures/forms', file), 'utf8').replace(
    /^[\s\S]*<body>|<\/body>[\s\S]*$/g,
    '',
  );
  return collectFields(document);
}

const byRef = (fields: CollectedField[], plan: ReturnType<typeof planFill>) =>
  Object.fromEntries(plan.steps.map((s) => [fields[s.ref]!.element.getAttribute('name') ?? fields[s.ref]!.element.id, s.value]));

describe('caseToFillData', () => {
  it('maps the case and profile, with the account for the case site and dates per input type', () => {
    const d = caseToFillData(failedCase, profile, LETTER, 'en');
    expect(d).toMatchObject({
      name: 'Alex Morgan',
      email: 'alex@example.com',
      accountId: 'alex.morgan@example.com',
      transactionId: '8AB12345CD6789012',
      amount: '1280.00',
      currency: 'CNY',
      dateIso: '2026-11-20',
      dateTimeLocal: '2026-11-20T10:05',
      dateText: '20 November 2026, 10:05 (UTC+08:00)',
      subject: 'Complaint: failed payment – PayPal – ref 8AB12345CD6789012',
    });
    expect(d.description).toBe('Dear PayPal customer support,\n\nI am writing to make a formal complaint.');
    expect(caseToFillData({ ...failedCase, siteId: 'wise' }, profile, '', 'en').accountId).toBe('alex-default');
    expect(caseToFillData({ ...failedCase, siteId: 'wise' }, profile, '', 'zh').subject).toBe(
      'PayPal交易失败投诉（交易号 8AB12345CD6789012）',
    );
  });
});

describe('planFill on the PayPal-like contact form', () => {
  const fields = load('paypal-contact.html');
  const plan = planFill(fields, caseToFillData(failedCase, profile, LETTER, 'en'));
  const values = byRef(fields, plan);
  const reasons = Object.fromEntries(plan.skipped.map((s) => [fields[s.ref]!.element.getAttribute('name'), s.reason]));

  it('fills the user data and picks existing options', () => {
    expect(values).toMatchObject({
      login_email: 'alex@example.com',
      fullName: 'Alex Morgan',
      contactEmail: 'alex@example.com',
      phone: '+86 138 0013 8000',
      txnId: '8AB12345CD6789012',
      amt: '1280.00',
      amtCcy: 'CNY',
      txDate: '2026-11-20',
      topic: 'PAYMENT_DECLINED',
      problemType: 'payment',
      subject: 'Complaint: failed payment – PayPal – ref 8AB12345CD6789012',
    });
    expect(values.details).toContain('formal complaint');
  });

  it('skips sensitive, unknown and other-party fields; one value per field; one choice per radio group', () => {
    expect(reasons).toMatchObject({
      login_password: 'sensitive',
      security_code_input: 'sensitive',
      q: 'unknown',
      promo: 'unknown',
      sellerEmail: 'unknown',
      counterpartyName: 'unknown',
      agree: 'unknown',
    });
    const refs = plan.steps.map((s) => s.ref);
    expect(new Set(refs).size).toBe(refs.length);
    const all = [...refs, ...plan.skipped.map((s) => s.ref)].sort((a, b) => a - b);
    expect(all).toEqual(fields.map((f) => f.ref));
    expect(plan.steps.filter((s) => fields[s.ref]!.group === 'problemType')).toHaveLength(1);
  });
});

describe('planFill rules', () => {
  const data: FillData = { ...caseToFillData(failedCase, profile, LETTER, 'en') };
  const f = (over: Partial<FieldInfo>): FieldInfo => ({
    ref: 0,
    kind: 'input',
    inputType: 'text',
    type: 'email',
    label: '',
    value: '',
    readOnly: false,
    disabled: false,
    filled: false,
    ...over,
  });

  it('skips read-only, disabled, already-filled, sensitive and unknown fields', () => {
    const plan = planFill(
      [
        f({ ref: 0, readOnly: true }),
        f({ ref: 1, disabled: true }),
        f({ ref: 2, filled: true, value: 'x' }),
        f({ ref: 3, type: 'sensitive' }),
        f({ ref: 4, type: null }),
        f({ ref: 5 }),
      ],
      data,
    );
    expect(plan.skipped).toEqual([
      { ref: 0, reason: 'read-only' },
      { ref: 1, reason: 'disabled' },
      { ref: 2, reason: 'filled' },
      { ref: 3, reason: 'sensitive' },
      { ref: 4, reason: 'unknown' },
    ]);
    expect(plan.steps).toEqual([{ ref: 5, type: 'email', value: 'alex@example.com' }]);
  });

  it('never invents a select option and matches currency codes', () => {
    const opts = (...o: [string, string][]) => o.map(([value, text]) => ({ value, text, disabled: false }));
    const plan = planFill(
      [
        f({ ref: 0, kind: 'select', inputType: '', type: 'currency', options: opts(['1', 'US Dollar (USD)'], ['2', '人民币 CNY']) }),
        f({ ref: 1, kind: 'select', inputType: '', type: 'currency', options: opts(['usd', 'USD'], ['eur', 'EUR']) }),
        f({
          ref: 2,
          kind: 'select',
          inputType: '',
          type: 'category',
          options: opts(['', 'Payment problem'], ['a', 'Shipping'], ['b', 'Something else']),
        }),
        f({ ref: 3, kind: 'select', inputType: '', type: 'category', options: opts(['a', 'Shipping'], ['b', 'Returns']) }),
        f({ ref: 4, kind: 'select', inputType: '', type: 'amount', options: opts(['1', '< 100'], ['2', '> 100']) }),
      ],
      data,
    );
    expect(plan.steps).toEqual([
      { ref: 0, type: 'currency', value: '2' },
      { ref: 2, type: 'category', value: 'b' },
    ]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['no-matching-option', 'no-matching-option', 'no-matching-option']);
  });

  it('formats dates per input type, splits names, fits phones, truncates long text and skips long ids', () => {
    const plan = planFill(
      [
        f({ ref: 0, type: 'date', inputType: 'date' }),
        f({ ref: 1, type: 'date', inputType: 'datetime-local' }),
        f({ ref: 2, type: 'date' }),
        f({ ref: 3, type: 'name', namePart: 'given' }),
        f({ ref: 4, type: 'name', namePart: 'family' }),
        f({ ref: 5, type: 'phone', maxLength: 11 }),
        f({ ref: 6, type: 'phone', maxLength: 3 }),
        f({ ref: 7, type: 'subject', maxLength: 8 }),
        f({ ref: 8, type: 'transaction-id', maxLength: 8 }),
        f({ ref: 9, type: 'category' }),
      ],
      data,
    );
    expect(plan.steps.map((s) => s.value)).toEqual([
      '2026-11-20',
      '2026-11-20T10:05',
      '20 November 2026, 10:05 (UTC+08:00)',
      'Alex',
      'Morgan',
      '13800138000',
      'Complai…',
    ]);
    expect(plan.skipped).toEqual([
      { ref: 6, reason: 'too-long' },
      { ref: 8, reason: 'too-long' },
      { ref: 9, reason: 'no-matching-option' },
    ]);
    const zh = planFill(
      [f({ ref: 0, type: 'name', namePart: 'family' }), f({ ref: 1, type: 'name', namePart: 'given' })],
      caseToFillData(failedCase, zhProfile, '', 'zh'),
    );
    expect(zh.steps.map((s) => s.value)).toEqual(['王', '小明']);
  });

  it('reports missing data instead of filling blanks', () => {
    const plan = planFill([f({ ref: 0, type: 'amount' })], { categoryKeywords: [], locale: 'en' });
    expect(plan).toEqual({ steps: [], skipped: [{ ref: 0, reason: 'no-data' }] });
  });
});

describe('planFill on the Alipay-like complaint form', () => {
  const fields = load('alipay-complaint.html');
  const zhCase = { ...failedCase, siteId: 'alipay', provider: '支付宝' };
  const plan = planFill(fields, caseToFillData(zhCase, zhProfile, '主题：x\n\n支付宝客服团队：\n\n您好！', 'zh'));
  it('fills 订单号, 金额, 交易时间, 账号, 姓名, 手机号, 问题类型 and 描述; skips 验证码 and 密码', () => {
    expect(byRef(fields, plan)).toEqual({
      complaintType: '1',
      bizOrderNo: '8AB12345CD6789012',
      tradeAmt: '1280.00',
      gmtTrade: '2026-11-20T10:05',
      logonId: 'alex@example.com',
      realName: '王小明',
      mobile: '13800138000',
      contactMail: 'alex@example.com',
      title: '支付宝交易失败投诉',
      memo: '支付宝客服团队：\n\n您好！',
    });
    const skipped = Object.fromEntries(plan.skipped.map((s) => [fields[s.ref]!.element.getAttribute('name'), s.reason]));
    expect(skipped).toMatchObject({
      ackCode: 'sensitive',
      payPwd: 'sensitive',
      bankCard: 'sensitive',
      checkCode: 'unknown',
      oppositeLogonId: 'unknown',
    });
  });
});
