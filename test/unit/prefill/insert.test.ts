import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectFields } from '../../../lib/prefill/collect';
import { caseToFillData } from '../../../lib/prefill/fill-data';
import { applyPlan } from '../../../lib/prefill/insert';
import { planFill } from '../../../lib/prefill/plan';
import { failedCase, profile } from './case-data';

const URL = 'https://www.paypal.com/us/smarthelp/contact-us';
const data = caseToFillData(failedCase, profile, 'Dear PayPal customer support,\n\nDetails.', 'en');

/** What React does to a controlled input: an own `value` property that records every value
 * set through it, and an input listener that only updates state when the DOM value differs
 * from the recorded one. So `el.value = x` is swallowed; a prototype-setter write is seen. */
function reactControlled(el: HTMLInputElement | HTMLTextAreaElement): { state: string; changes: number } {
  const proto = Object.getPrototypeOf(el) as object;
  const native = Object.getOwnPropertyDescriptor(proto, 'value')!;
  let tracked = el.value;
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() {
      return native.get!.call(this);
    },
    set(v: string) {
      tracked = String(v);
      native.set!.call(this, v);
    },
  });
  const store = { state: el.value, changes: 0 };
  el.addEventListener('input', () => {
    const now = native.get!.call(el) as string;
    if (now !== tracked) {
      tracked = now;
      store.state = now;
      store.changes++;
    }
  });
  return store;
}

let submitted: string[];
beforeEach(() => {
  submitted = [];
  document.body.innerHTML = `<form id="f" action="/send">
    <label for="name">Your name</label><input id="name" style="color: red">
    <label for="email">Email</label><input id="email" type="email">
    <label for="tx">Transaction ID</label><input id="tx">
    <label for="ccy">Currency</label><select id="ccy"><option value="">-</option><option value="usd">USD</option><option value="cny">CNY</option></select>
    <fieldset><legend>Type of problem</legend>
      <label><input type="radio" name="t" value="ship"> Shipping</label>
      <label><input type="radio" name="t" value="pay"> Payment declined</label></fieldset>
    <label for="msg">Tell us what happened</label><textarea id="msg"></textarea>
    <div contenteditable="true" aria-label="Additional details" id="more"></div>
    <label for="pw">Password</label><input id="pw" type="password">
    <button type="submit">Send</button>
  </form>`;
  const form = document.getElementById('f')!;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitted.push('submit');
  });
  form.addEventListener('keydown', (e) => submitted.push(`key ${(e as KeyboardEvent).key}`));
  document.querySelector('button')!.addEventListener('click', () => submitted.push('button click'));
});
afterEach(() => expect(submitted, 'the form must never be submitted').toEqual([]));

const $ = <T extends Element = HTMLInputElement>(id: string) => document.getElementById(id) as unknown as T;

describe('applyPlan', () => {
  it('updates a React-controlled input where a plain assignment is ignored', () => {
    const store = reactControlled($('tx'));
    $('tx').value = 'typed directly';
    $('tx').dispatchEvent(new Event('input', { bubbles: true }));
    expect(store.state).toBe('');
    $('tx').value = '';

    const fields = collectFields(document);
    const result = applyPlan(document, planFill(fields, data), fields, URL, URL);
    expect(result.status).toBe('done');
    expect(store).toEqual({ state: '8AB12345CD6789012', changes: 1 });
  });

  it('fills every planned field with input and change events, highlights them, never touches sensitive ones', () => {
    const events: string[] = [];
    for (const id of ['name', 'email', 'tx', 'ccy', 'msg']) {
      for (const t of ['input', 'change']) $(id).addEventListener(t, () => events.push(`${id}:${t}`));
    }
    $('more').addEventListener('input', () => events.push('more:input'));
    const fields = collectFields(document);
    const result = applyPlan(document, planFill(fields, data), fields, URL, () => URL);
    expect($('name').value).toBe('Alex Morgan');
    expect($('email').value).toBe('alex@example.com');
    expect($<HTMLSelectElement>('ccy').value).toBe('cny');
    expect(($('msg') as unknown as HTMLTextAreaElement).value).toContain('Dear PayPal');
    expect($('more').textContent).toContain('Dear PayPal');
    expect((document.querySelector('input[value=pay]') as HTMLInputElement).checked).toBe(true);
    expect((document.querySelector('input[value=ship]') as HTMLInputElement).checked).toBe(false);
    expect($('pw').value).toBe('');
    expect(events).toEqual(expect.arrayContaining(['name:input', 'name:change', 'ccy:change', 'msg:input', 'more:input']));
    expect(result.filled).toHaveLength(7);
    expect($('name').getAttribute('style')).toMatch(/^color: red; outline: 2px solid/);
    expect($('email').getAttribute('style')).toMatch(/outline/);
  });

  it('re-checks fields: read-only, disabled, typed-in or removed since planning are skipped', () => {
    const fields = collectFields(document);
    const plan = planFill(fields, data);
    $('name').readOnly = true;
    $('email').disabled = true;
    $('tx').value = 'user typed this';
    $('msg').remove();
    const result = applyPlan(document, plan, fields, URL, URL);
    const reason = (id: string) => result.skipped.find((s) => fields[s.ref]!.element.id === id)?.reason;
    expect([reason('name'), reason('email'), reason('tx'), reason('msg')]).toEqual(['read-only', 'disabled', 'filled', 'missing']);
    expect($('tx').value).toBe('user typed this');
    expect($('name').value).toBe('');
  });

  it('aborts, filling nothing, when the URL changed since planning', () => {
    const fields = collectFields(document);
    const plan = planFill(fields, data);
    const result = applyPlan(document, plan, fields, URL, 'https://www.paypal.com/signin');
    expect(result).toMatchObject({ status: 'aborted', reason: 'url-changed', filled: [] });
    const boxes = fields.filter((f) => f.kind !== 'editable' && f.inputType !== 'radio');
    expect(boxes.map((f) => (f.element as HTMLInputElement).value).join('')).toBe('');
    expect(document.querySelectorAll('input:checked, [style*=outline]')).toHaveLength(0);
  });

  it('aborts and rolls back when a fill moves the page elsewhere', () => {
    let url = URL;
    $('name').addEventListener('change', () => {
      url = 'https://www.paypal.com/elsewhere';
    });
    const fields = collectFields(document);
    const result = applyPlan(document, planFill(fields, data), fields, URL, () => url);
    expect(result.status).toBe('aborted');
    expect($('name').value).toBe('');
    expect($('email').value).toBe('');
    expect($('name').getAttribute('style')).toBe('color: red');
  });

  it('undo restores values and styles with events, and keeps what the user changed afterwards', () => {
    const store = reactControlled($('tx'));
    const fields = collectFields(document);
    const result = applyPlan(document, planFill(fields, data), fields, URL, URL);
    $('email').value = 'changed@example.com';
    result.undo();
    expect(store).toEqual({ state: '', changes: 2 });
    expect($('name').value).toBe('');
    expect($('name').getAttribute('style')).toBe('color: red');
    expect($('tx').hasAttribute('style')).toBe(false);
    expect($('email').value).toBe('changed@example.com');
    expect($<HTMLSelectElement>('ccy').value).toBe('');
    expect($('more').textContent).toBe('');
    expect((document.querySelector('input[value=pay]') as HTMLInputElement).checked).toBe(false);
  });
});

describe('collect → plan → insert on the React-style fixture', () => {
  it('fills the simulated controlled inputs and skips the card and PIN boxes', () => {
    document.body.innerHTML = readFileSync(path.resolve(__dirname, '../../fixtures/forms/react-contact.html'), 'utf8').replace(
      /^[\s\S]*<body>|<\/body>[\s\S]*$/g,
      '',
    );
    const inputs = Array.from(document.querySelectorAll('input:not([type=radio]), textarea')) as HTMLInputElement[];
    const stores = inputs.map(reactControlled);
    const fields = collectFields(document);
    const result = applyPlan(document, planFill(fields, data), fields, URL, URL);
    expect(result.status).toBe('done');
    const state = Object.fromEntries(inputs.map((el, i) => [String(el.getAttribute('data-expect')) + (el.id || i), stores[i]!.state]));
    expect(state).toMatchObject({
      'account-id:r1:': 'alex.morgan@example.com',
      'phone:r2:': '+86 138 0013 8000',
      name2: 'Alex Morgan',
      'amount:r4:': '1280.00',
      'sensitive:r5:': '',
      'transaction-id:r6:': '8AB12345CD6789012',
      'sensitive:r9:': '',
    });
    expect(state['description:r8:']).toContain('Dear PayPal');
    expect((document.querySelector('input[type=radio][value="0"]') as HTMLInputElement).checked).toBe(true);
  });
});
