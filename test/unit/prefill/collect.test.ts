import { describe, expect, it } from 'vitest';
import { collectFields } from '../../../lib/prefill/collect';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('collectFields', () => {
  it('collects visible editable controls in order, with flags, types and options', () => {
    const doc = page(`<form>
      <input type="hidden" name="csrf" value="x">
      <label for="n">Full name</label><input id="n">
      <label for="e">Email</label><input id="e" type="email" value="me@example.com">
      <label for="t">Order number</label><input id="t" readonly>
      <label for="a">Amount</label><input id="a" disabled>
      <input type="submit" value="Send"><input type="button" value="x"><input type="file"><input type="image" src="x.png"><input type="reset">
      <div style="display:none"><label for="h">Phone</label><input id="h"></div>
      <div hidden><input name="phone2"></div>
      <label for="c">Currency</label><select id="c"><option value="">Choose</option><option value="USD">US Dollar</option></select>
      <label for="d">Describe the problem</label><textarea id="d"></textarea>
      <div contenteditable="true" aria-label="Message"></div>
      <div contenteditable="false" aria-label="Message"></div>
      <label for="p">Password</label><input id="p" type="password">
    </form>`);
    const fields = collectFields(doc);
    expect(fields.map((f) => [f.ref, f.type, f.kind])).toEqual([
      [0, 'name', 'input'],
      [1, 'email', 'input'],
      [2, 'transaction-id', 'input'],
      [3, 'amount', 'input'],
      [4, 'currency', 'select'],
      [5, 'description', 'textarea'],
      [6, 'description', 'editable'],
      [7, 'sensitive', 'input'],
    ]);
    expect(fields[1]!.filled).toBe(true);
    expect(fields[0]!.filled).toBe(false);
    expect(fields[2]!.readOnly).toBe(true);
    expect(fields[3]!.disabled).toBe(true);
    expect(fields[4]!.options).toEqual([
      { value: '', text: 'Choose', disabled: false },
      { value: 'USD', text: 'US Dollar', disabled: false },
    ]);
    expect(fields[4]!.filled).toBe(false);
    expect(fields[0]!.label).toBe('full name');
  });

  it('descends into open shadow roots and resolves labels there; skips iframes', () => {
    const doc = page('<div id="host"></div><iframe srcdoc="<input name=email>"></iframe><input name="subject">');
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="x">Phone number</label><input id="x">';
    const fields = collectFields(doc);
    expect(fields.map((f) => f.type)).toEqual(['phone', 'subject']);
    expect(fields[0]!.element.getRootNode()).toBe(root);
  });

  it('marks name parts and radio groups', () => {
    const doc = page(`<label for="f">First name</label><input id="f"><label for="l">Last name</label><input id="l">
      <fieldset><legend>Reason for contact</legend>
        <label><input type="radio" name="r" value="pay"> Payment problem</label>
        <label><input type="radio" name="r" value="other" checked> Other</label></fieldset>`);
    const fields = collectFields(doc);
    expect(fields.map((f) => f.namePart)).toEqual(['given', 'family', undefined, undefined]);
    expect(fields[2]).toMatchObject({ type: 'category', group: 'r', value: 'pay', label: 'payment problem', filled: true });
  });

  it('accepts an element as the root', () => {
    page('<form id="a"><input name="email"></form><form id="b"><input name="phone"></form>');
    expect(collectFields(document.getElementById('b')!).map((f) => f.type)).toEqual(['phone']);
  });
});
