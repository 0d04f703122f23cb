// Field classifier (DESIGN.md "Field classifier"): pure, reads only the element and its document.
// First, card / password / code words in any of the field's own texts, or card-like options,
// make it 'sensitive' (never filled). Otherwise signals in order of trust: labels and hints,
// autocomplete, type=email, nearby text, name/id, type=tel/date, group legend, option lists,
// the box before a split input, and last an autocomplete=new-password used as an autofill
// blocker. Null verdicts (address, other party...) are decisions too, not "no signal".
import { isCurrencyList } from './currency';
import { attrTexts, groupText, hintTexts, labelTexts, nearText, previousControl } from './field-text';
import { expiryContext, fromAutocomplete, fromOptions, MONTH_YEAR, optionTexts, share } from './field-signals';
import { HONORIFIC, OTHER_PARTY, RULES, type Verdict } from './words';

export type FieldType =
  | 'name'
  | 'email'
  | 'phone'
  | 'account-id'
  | 'transaction-id'
  | 'amount'
  | 'currency'
  | 'date'
  | 'subject'
  | 'description'
  | 'category';

const SKIP_TYPES = /^(hidden|submit|button|image|reset|file|checkbox|range|color|search|url)$/;
const PERSONAL = new Set<Verdict>(['name', 'email', 'phone', 'account-id']);

// "Forgot password? Your email": the box asks for the email, the password is only the topic.
const RESET = /(pass ?word|\bpwd|passwd|密码).*(\be ?mail|\bphone|\bmobile|邮箱|手机号?|电话)$/;

/** The first rule that matches a text; `undefined` when none does. */
function ruleFor(text: string): Verdict | undefined {
  if (RESET.test(text)) text = text.replace(/.*(pass ?word|pwd|passwd|密码)/, '');
  for (const r of RULES) if (r.re.test(text)) return r.t;
  return undefined;
}

/** Adjust a verdict to the control: a select is never free text, a textarea never a list. */
function finish(el: Element, v: Verdict): Verdict {
  if (PERSONAL.has(v) && OTHER_PARTY.test(groupText(el))) return null;
  if (el.tagName === 'SELECT') {
    if (share(optionTexts(el), HONORIFIC) > 0.5) return null;
    if (v === 'description' || v === 'subject') return 'category';
    if (v === 'amount' && isCurrencyList(optionTexts(el))) return 'currency';
  }
  if (el.tagName === 'TEXTAREA' && v === 'category') return 'description';
  return v;
}

function first(texts: string[]): Verdict | undefined {
  for (const t of texts) {
    const v = ruleFor(t);
    if (v !== undefined) return v;
  }
  return undefined;
}

function radioVerdict(el: Element): Verdict {
  const v = first([groupText(el), ...attrTexts(el)]);
  return v === 'category' || v === 'description' ? 'category' : null;
}

function classifyAt(el: Element, depth: number): Verdict {
  const tag = el.tagName;
  const editable = !/^(INPUT|SELECT|TEXTAREA)$/.test(tag);
  if (editable && !/^(|true|plaintext-only)$/i.test(el.getAttribute('contenteditable') ?? 'no')) return null;
  const type = tag === 'INPUT' ? (el.getAttribute('type') ?? 'text').toLowerCase() : '';
  if (type === 'password') return 'sensitive';
  if (type === 'radio') return radioVerdict(el);
  if (SKIP_TYPES.test(type)) return null;
  const labels = [...labelTexts(el), ...hintTexts(el)];
  const attrs = attrTexts(el);
  const near = nearText(el);
  const ac = fromAutocomplete(el);
  const own = [...labels, ...attrs, near];
  if (
    ac === 'sensitive' ||
    own.some((t) => ruleFor(t) === 'sensitive') ||
    (own.some((t) => MONTH_YEAR.test(t)) && expiryContext(el)) ||
    (tag === 'SELECT' && fromOptions(el, '') === 'sensitive')
  ) {
    return 'sensitive';
  }
  if (editable) {
    const v = first([...labels, near]);
    return v === 'description' || v === 'subject' ? v : null;
  }
  const context = (): string => [near, ...attrs, groupText(el), ...labels].join(' ') + (expiryContext(el) ? ' expiry' : '');
  const steps: (() => Verdict | undefined)[] = [
    () => first(labels),
    () => (ac !== 'account-id' ? ac : undefined),
    () => (type === 'email' ? 'email' : undefined),
    () => first([near, ...attrs]),
    () => ac,
    () => (type === 'tel' ? 'phone' : /^(date|datetime-local|month)$/.test(type) ? 'date' : undefined),
    () => first([groupText(el)]),
    () => fromOptions(el, context()),
    () => (labels.length ? undefined : inherit(el, depth)),
    () => (/\b(current|new)-password\b/i.test(el.getAttribute('autocomplete') ?? '') ? 'sensitive' : undefined),
  ];
  let v: Verdict | undefined;
  for (const step of steps) if ((v = step()) !== undefined) break;
  if (v !== undefined) return finish(el, v);
  return tag === 'TEXTAREA' ? 'description' : null;
}

/** A box of a split input (card number in 4 boxes, phone in 3) takes the type of the box
 * before it when their names differ only in digits, or when it is a short box. */
function inherit(el: Element, depth: number): Verdict | undefined {
  const prev = depth < 6 ? previousControl(el) : null;
  if (!prev) return undefined;
  const stem = (e: Element): string => (e.getAttribute('name') || e.id).replace(/\d+/g, '');
  const max = Number(el.getAttribute('maxlength') ?? 0);
  if ((stem(el) && stem(el) === stem(prev)) || (max > 0 && max <= 6)) {
    return classifyAt(prev, depth + 1) ?? undefined;
  }
  return undefined;
}

/** Classifies a form control as a complaint field type, 'sensitive' (never filled) or null. */
export function classifyField(el: Element): FieldType | 'sensitive' | null {
  return classifyAt(el, 0);
}
