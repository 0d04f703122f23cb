// Insert: type the planned values into the page the way a user would appear to, so that React /
// Vue state follows: the prototype's native value setter (React tracks values through an own
// `value` property on the node; a plain `el.value = x` updates its tracker and the change is
// dropped, cf. refined-github's set-react-text-field-value), then bubbling input + change.
// Never submits, never focuses, never presses keys.
import { classifyField } from './classify';
import type { CollectedField, FillPlan } from './types';

type ApplySkip = 'missing' | 'changed' | 'read-only' | 'disabled' | 'filled';

export interface ApplyResult {
  status: 'done' | 'aborted';
  /** Why nothing was filled: the page's URL is no longer the one the plan was made for. */
  reason?: 'url-changed';
  filled: number[];
  skipped: { ref: number; reason: ApplySkip }[];
  /** Restores the old values and styles of the fields this call filled (and fires events). */
  undo: () => void;
}

const HIGHLIGHT = 'outline: 2px solid #f59e0b !important; outline-offset: 1px !important;';

type Native = HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;

function protoOf(el: Element): object | undefined {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view) return undefined;
  if (el.tagName === 'TEXTAREA') return view.HTMLTextAreaElement.prototype;
  if (el.tagName === 'SELECT') return view.HTMLSelectElement.prototype;
  return view.HTMLInputElement.prototype;
}

function setNative(el: Element, prop: 'value' | 'checked', v: string | boolean): void {
  const proto = protoOf(el);
  const setter = proto && Object.getOwnPropertyDescriptor(proto, prop)?.set;
  if (setter) setter.call(el, v);
  else (el as unknown as Record<string, unknown>)[prop] = v;
}

function fire(el: Element, ...types: string[]): void {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Ev = view?.Event ?? Event;
  for (const t of types) el.dispatchEvent(new Ev(t, { bubbles: true }));
}

function isEditable(el: Element): boolean {
  return !/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName);
}

function currentValue(el: Element): string {
  return isEditable(el) ? (el.textContent ?? '') : (el as Native).value;
}

function write(el: Element, value: string, checked?: boolean): void {
  if (checked !== undefined) {
    setNative(el, 'checked', checked);
    fire(el, 'click', 'input', 'change');
  } else if (isEditable(el)) {
    el.textContent = value;
    fire(el, 'input');
  } else {
    setNative(el, 'value', value);
    fire(el, 'input', 'change');
  }
}

function whyNot(f: CollectedField, type: string): ApplySkip | undefined {
  const el = f.element;
  if (!el.isConnected) return 'missing';
  if (classifyField(el) !== type) return 'changed';
  const n = el as Native;
  if (!isEditable(el) && (n.disabled || el.closest('fieldset[disabled]'))) return 'disabled';
  if (!isEditable(el) && (n.readOnly || el.hasAttribute('readonly'))) return 'read-only';
  if (f.inputType === 'radio') {
    const root = el.getRootNode() as ParentNode;
    const group = Array.from(root.querySelectorAll('input[type=radio]')).filter((r) => r.getAttribute('name') === f.group);
    return group.some((r) => (r as HTMLInputElement).checked) ? 'filled' : undefined;
  }
  if (f.kind === 'select') return n.value !== f.value ? 'filled' : undefined;
  return currentValue(el).trim() !== '' ? 'filled' : undefined;
}

/** Applies a plan to the fields it was made from. Aborts, filling nothing further, as soon as
 * the page's URL differs from `expectedUrl`; re-checks every element before writing. */
export function applyPlan(
  doc: Document,
  plan: FillPlan,
  fields: CollectedField[],
  expectedUrl: string,
  currentUrl: string | (() => string),
): ApplyResult {
  const url = (): string => (typeof currentUrl === 'function' ? currentUrl() : currentUrl);
  const undos: (() => void)[] = [];
  const result: ApplyResult = {
    status: 'done',
    filled: [],
    skipped: [],
    undo: () => {
      for (const u of undos.splice(0).reverse()) u();
    },
  };
  for (const step of plan.steps) {
    if (url() !== expectedUrl) {
      // Abort everything: what this call already wrote belongs to a page that is gone.
      result.undo();
      return { ...result, status: 'aborted', reason: 'url-changed', filled: [] };
    }
    const f = fields.find((x) => x.ref === step.ref);
    const el = f?.element;
    const why = !f || !el || el.ownerDocument !== doc ? 'missing' : whyNot(f, step.type);
    if (why || !f || !el) {
      result.skipped.push({ ref: step.ref, reason: why ?? 'missing' });
      continue;
    }
    const radio = f.inputType === 'radio';
    const old = currentValue(el);
    const oldStyle = el.getAttribute('style');
    write(el, step.value, radio ? true : undefined);
    el.setAttribute('style', `${oldStyle ? `${oldStyle.replace(/;?\s*$/, ';')} ` : ''}${HIGHLIGHT}`);
    result.filled.push(step.ref);
    const written = currentValue(el);
    undos.push(() => {
      if (!el.isConnected) return;
      if (oldStyle === null) el.removeAttribute('style');
      else el.setAttribute('style', oldStyle);
      // Leave alone what the user changed after the fill.
      if (radio) {
        if ((el as Native).checked) write(el, '', false);
      } else if (currentValue(el) === written) write(el, old);
    });
  }
  return result;
}
