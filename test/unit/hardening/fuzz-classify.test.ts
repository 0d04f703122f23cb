import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../lib/prefill/classify';
import { parseHtml } from '../prefill/dom';
import { RUNS, text } from './arbitraries';

const ALLOWED = new Set([
  'name',
  'email',
  'phone',
  'account-id',
  'transaction-id',
  'amount',
  'currency',
  'date',
  'subject',
  'description',
  'category',
  'sensitive',
  null,
]);

const WORDS = [
  'Name',
  'Full name',
  'Email',
  'Phone',
  'Mobile number',
  '姓名',
  '邮箱',
  '手机号',
  'Order number',
  'Transaction ID',
  '交易号',
  'Amount',
  '金额',
  'Currency',
  'Date',
  'Subject',
  'Describe your issue',
  '问题描述',
  'Category',
  'Account',
  '账户',
  'UID',
  'Address',
  'Postcode',
  'Search',
  'Seller',
  'Recipient',
  '收款方',
  'Captcha',
  '图形验证码',
  'Country',
  'Company',
  'Card holder',
];
const context = fc.oneof(fc.constantFrom(...WORDS), text);

const field = fc.record({
  tag: fc.constantFrom('input', 'input', 'input', 'textarea', 'select'),
  type: fc.constantFrom<string>('text', '', 'tel', 'email', 'number', 'date', 'datetime-local', 'month'),
  name: fc.option(context),
  id: fc.constantFrom('f-target', 'email', 'amount', 'txid', 'x1'),
  placeholder: fc.option(context),
  ariaLabel: fc.option(context),
  title: fc.option(context),
  autocomplete: fc.option(
    fc.oneof(
      fc.constantFrom(
        'name',
        'email',
        'tel',
        'off',
        'username',
        'transaction-amount',
        'cc-name',
        'new-password',
        'street-address',
        'section-x shipping email',
        'one-time-code-ish',
      ),
      text,
    ),
  ),
  maxlength: fc.option(fc.integer({ min: 1, max: 60 })),
  label: fc.option(context),
  labelMode: fc.constantFrom('for', 'wrap', 'labelledby'),
  near: fc.option(context),
  legend: fc.option(context),
  options: fc.array(context, { maxLength: 6 }),
  before: fc.array(fc.tuple(context, fc.constantFrom('input', 'select', 'textarea')), { maxLength: 3 }),
  cell: fc.boolean(),
});
type Field = typeof field extends fc.Arbitrary<infer F> ? F : never;

/** Build the form around the field under test, with createElement only (see arbitraries.ts). */
function render(f: Field): Element {
  const doc = parseHtml('<!doctype html><html><body><form></form></body></html>');
  const form = doc.querySelector('form')!;
  let host: Element = form;
  if (f.legend !== null) {
    host = form.appendChild(doc.createElement('fieldset'));
    host.appendChild(doc.createElement('legend')).textContent = f.legend;
  }
  for (const [words, tag] of f.before) {
    host.appendChild(doc.createElement('span')).textContent = words;
    host.appendChild(doc.createElement(tag)).setAttribute('name', words);
  }
  if (f.cell) host = host.appendChild(doc.createElement('table')).appendChild(doc.createElement('tr')).appendChild(doc.createElement('td'));
  if (f.near !== null) host.appendChild(doc.createElement('span')).textContent = f.near;
  const el = doc.createElement(f.tag);
  const set = (k: string, v: string | number | null) => v !== null && el.setAttribute(k, String(v));
  if (f.tag === 'input') set('type', f.type);
  set('name', f.name);
  set('id', f.id);
  set('placeholder', f.placeholder);
  set('aria-label', f.ariaLabel);
  set('title', f.title);
  set('autocomplete', f.autocomplete);
  set('maxlength', f.maxlength);
  for (const o of f.tag === 'select' ? f.options : []) el.appendChild(doc.createElement('option')).textContent = o;
  if (f.label !== null && f.labelMode === 'wrap') {
    const label = host.appendChild(doc.createElement('label'));
    label.textContent = f.label;
    label.appendChild(el);
  } else {
    if (f.label !== null) {
      const label = host.appendChild(doc.createElement(f.labelMode === 'for' ? 'label' : 'span'));
      label.textContent = f.label;
      if (f.labelMode === 'for') label.setAttribute('for', f.id);
      else {
        label.id = 'lbl';
        el.setAttribute('aria-labelledby', 'lbl');
      }
    }
    host.appendChild(el);
  }
  return el;
}

/** What a field says about itself that makes it a secret, per place. */
const SECRET = {
  label: [
    'Password',
    'Card number',
    'CVV',
    'CVC',
    'Security code',
    'One-time code',
    'OTP',
    'PIN',
    'Verification code',
    '密码',
    '支付密码',
    '银行卡号',
    '短信验证码',
    '安全码',
    'Expiry date',
  ],
  name: [
    'password',
    'passwd',
    'card_number',
    'cardNumber',
    'cvv',
    'cvc2',
    'otp',
    'otp_code',
    'pin',
    'cc-number',
    'ccnum',
    'sms_code',
    'verificationCode',
  ],
  autocomplete: ['cc-number', 'cc-csc', 'cc-exp', 'cc-exp-month', 'cc-type', 'one-time-code', 'billing cc-number'],
};

describe('classifyField on hostile input (fast-check)', () => {
  it('never throws and answers only a field type, sensitive or null', () => {
    fc.assert(
      fc.property(field, (f) => {
        expect(ALLOWED.has(classifyField(render(f)))).toBe(true);
      }),
      RUNS,
    );
  });

  it('calls a field sensitive when its label, name, autocomplete or type says password / card / CVV / OTP, whatever is around it', () => {
    const where = fc.oneof(
      fc.constantFrom(...SECRET.label).map((v) => ['label', v] as const),
      fc.constantFrom(...SECRET.name).map((v) => ['name', v] as const),
      fc.constantFrom(...SECRET.autocomplete).map((v) => ['autocomplete', v] as const),
      fc.constant(['type', 'password'] as const),
    );
    fc.assert(
      fc.property(field, where, (f, [place, secret]) => {
        const g: Field = place === 'type' ? { ...f, tag: 'input', type: 'password' } : { ...f, [place]: secret };
        expect(classifyField(render(g)), `${place}=${secret}`).toBe('sensitive');
      }),
      RUNS,
    );
  });
});
