// Collect: the editable controls of a page (content script side), classified, each with a ref.
import { classifyField } from './classify';
import { attrTexts, hintTexts, labelTexts, nearText } from './field-text';
import { seenByUser } from './seen';
import type { CollectedField, FieldInfo } from './types';
import { FAMILY, GIVEN } from './words';

const CONTROL = 'input,select,textarea,[contenteditable]';
const SKIP_INPUT = /^(hidden|submit|button|image|file|reset)$/;

function editable(el: Element): boolean {
  return /^(|true|plaintext-only)$/i.test(el.getAttribute('contenteditable') ?? 'no');
}

function namePart(el: Element): FieldInfo['namePart'] {
  const ac = el.getAttribute('autocomplete') ?? '';
  if (/given-name/.test(ac)) return 'given';
  if (/family-name/.test(ac)) return 'family';
  for (const t of [...labelTexts(el), ...hintTexts(el), nearText(el), ...attrTexts(el)]) {
    if (GIVEN.test(t)) return 'given';
    if (FAMILY.test(t)) return 'family';
  }
  return undefined;
}

function describe(el: Element, ref: number): CollectedField | null {
  const tag = el.tagName;
  const inputType = tag === 'INPUT' ? (el.getAttribute('type') ?? 'text').toLowerCase() : '';
  if (SKIP_INPUT.test(inputType) || (tag !== 'INPUT' && tag !== 'SELECT' && tag !== 'TEXTAREA' && !editable(el))) return null;
  if (!seenByUser(el)) return null;
  const f = el as HTMLInputElement;
  const kind: FieldInfo['kind'] = tag === 'INPUT' ? 'input' : tag === 'SELECT' ? 'select' : tag === 'TEXTAREA' ? 'textarea' : 'editable';
  const type = classifyField(el);
  const base: CollectedField = {
    ref,
    element: el,
    kind,
    inputType,
    type,
    label: (labelTexts(el)[0] ?? hintTexts(el)[0] ?? nearText(el)) || el.getAttribute('name') || '',
    value: kind === 'editable' ? '' : (f.value ?? ''),
    readOnly: kind === 'editable' ? false : f.readOnly === true || el.hasAttribute('readonly'),
    disabled: kind === 'editable' ? false : f.disabled === true || !!el.closest('fieldset[disabled]'),
    filled: false,
  };
  if (type === 'name') base.namePart = namePart(el);
  const max = Number(el.getAttribute('maxlength'));
  if (max > 0) base.maxLength = max;
  if (kind === 'select') {
    const s = el as HTMLSelectElement;
    base.options = Array.from(s.options).map((o) => ({ value: o.value, text: o.text.trim(), disabled: o.disabled }));
    const sel = s.options[s.selectedIndex];
    base.filled = !!sel && s.selectedIndex > 0 && !sel.defaultSelected && sel.value !== '';
  } else if (inputType === 'radio' || inputType === 'checkbox') {
    base.group = el.getAttribute('name') ?? undefined;
    const root = el.getRootNode() as ParentNode;
    const group = base.group
      ? Array.from(root.querySelectorAll(`input[type=${inputType}]`)).filter((r) => r.getAttribute('name') === base.group)
      : [el];
    base.filled = group.some((r) => (r as HTMLInputElement).checked);
  } else if (kind === 'editable') {
    base.filled = (el.textContent ?? '').trim() !== '';
  } else {
    base.filled = (f.value ?? '').trim() !== '';
  }
  return base;
}

/** The visible form controls under `root` (inputs other than hidden / submit / button / image /
 * file / reset, selects, textareas, contenteditable elements), in document order, descending
 * into open shadow roots; iframes are left alone. Read-only, disabled and already-filled
 * controls are included with their flags so the plan can say why it skips them. Each field's
 * `ref` is its index. */
export function collectFields(root: Document | Element): CollectedField[] {
  const out: CollectedField[] = [];
  const walk = (scope: ParentNode): void => {
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      if (el.matches(CONTROL)) {
        const f = describe(el, out.length);
        if (f) out.push(f);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root.nodeType === 1 && (root as Element).matches(CONTROL)) {
    const f = describe(root as Element, 0);
    if (f) out.push(f);
  }
  walk(root);
  return out;
}
