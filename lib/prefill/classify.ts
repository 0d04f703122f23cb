// Field classifier (DESIGN.md "Field classifier"): pure, reads only the element and its document.
// Signals in order of trust: card/password/code words anywhere in the field's own texts
// (never fill those), labels, hints, autocomplete, input type, nearby text, name/id, group
// legend, option lists, and finally the control next to a split input.
import { isCurrencyList } from './currency';
import {
  attrTexts, groupText, hintTexts, labelTexts, nearText, norm, previousControl, textOf,
} from './field-text';
import {
  CARD_BRAND, CARD_CONTEXT, CATEGORY_OPTION, EXPIRY_OPTION, HONORIFIC, MONTH_OPTION,
  OTHER_PARTY, PLACEHOLDER_OPTION, RULES, YEAR_OPTION, type Verdict,
} from './words';

export type FieldType = 'name' | 'email' | 'phone' | 'account-id' | 'transaction-id' | 'amount'
  | 'currency' | 'date' | 'subject' | 'description' | 'category';

const SKIP_TYPES = /^(hidden|submit|button|image|reset|file|checkbox|range|color|search|url)$/;
const PERSONAL = new Set<Verdict>(['name', 'email', 'phone', 'account-id']);

// "Forgot password? Your email": the box asks for the email, the password is only the topic.
const RESET = /(pass ?word|\bpwd|passwd|密码).*(\be ?mail|\bphone|\bmobile|邮箱|手机号?|电话)$/;

/** The first rule that matches a text; `undefined` when none does. */
export function ruleFor(text: string): Verdict | undefined {
  if (RESET.test(text)) text = text.replace(/.*(pass ?word|pwd|passwd|密码)/, '');
  for (const r of RULES) if (r.re.test(text)) return r.t;
  return undefined;
}

/** What `autocomplete` says, after dropping section / shipping / billing / home tokens. */
function fromAutocomplete(el: Element): Verdict | undefined {
  const tokens = (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/)
    .filter((t) => t && !/^(section-.*|shipping|billing|home|work|mobile|fax|pager|webauthn)$/.test(t));
  const f = tokens[tokens.length - 1] ?? '';
  if (/^cc-(name|given-name|additional-name|family-name)$/.test(f)) return 'name';
  if (/^cc-|^(current-password|new-password|one-time-code)$/.test(f)) return 'sensitive';
  if (/^(name|given-name|additional-name|family-name)$/.test(f)) return 'name';
  if (f === 'email') return 'email';
  if (f.startsWith('tel')) return 'phone';
  if (f === 'username') return 'account-id';
  if (f === 'transaction-amount') return 'amount';
  if (f === 'transaction-currency') return 'currency';
  if (/^(street-address|address-.*|postal-code|country.*|organization.*|bday.*|sex|url|photo|honorific-.*|nickname|language|impp)$/.test(f)) return null;
  return undefined;
}

function optionTexts(el: Element): string[] {
  if (el.tagName !== 'SELECT') return [];
  return Array.from((el as HTMLSelectElement).options).slice(0, 80)
    .map((o) => norm(o.text || o.value)).filter((t) => !PLACEHOLDER_OPTION.test(t));
}

const share = (xs: string[], re: RegExp): number =>
  xs.length ? xs.filter((x) => re.test(x)).length / xs.length : 0;

/** What a select's options say: expiry dates, card brands, currencies, months/years, topics. */
function fromOptions(el: Element, context: string): Verdict | undefined {
  const opts = optionTexts(el);
  if (!opts.length) return undefined;
  if (share(opts, EXPIRY_OPTION) > 0.5 || share(opts, CARD_BRAND) >= 0.5) return 'sensitive';
  if (share(opts, HONORIFIC) > 0.5) return null;
  if (isCurrencyList(opts)) return 'currency';
  if (share(opts, MONTH_OPTION) > 0.6 || share(opts, YEAR_OPTION) > 0.6) {
    return CARD_CONTEXT.test(context) ? 'sensitive' : null;
  }
  return opts.filter((o) => CATEGORY_OPTION.test(o)).length >= 2 ? 'category' : undefined;
}

/** Adjust a verdict to the control: a select is never free text, a textarea never a list. */
function finish(el: Element, v: Verdict): Verdict {
  if (PERSONAL.has(v) && OTHER_PARTY.test(groupText(el))) return null;
  if (el.tagName === 'SELECT') {
    if (v === 'description' || v === 'subject') return 'category';
    if (v === 'amount' && isCurrencyList(optionTexts(el))) return 'currency';
  }
  if (el.tagName === 'TEXTAREA' && v === 'category') return 'description';
  return v;
}

const MONTH_YEAR = /^(mm|yy|yyyy|aa|aaaa|mois|annee|month|year|mo|yr|月|年)$|\b(month|year)\b/;
const EXPIRY = /expir|\bexp\b|valid (thru|through|until)|有效期|date d expiration|gultig/;

/** Is an expiry date asked for around this control (the split MM / YY boxes of a card)? */
function expiryContext(el: Element): boolean {
  let a = el.parentElement;
  for (let i = 0; a && i < 8 && !/^(FORM|BODY)$/.test(a.tagName); i++, a = a.parentElement) {
    if (EXPIRY.test(norm(textOf(a, 300)))) return true;
  }
  return false;
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
  if (ac === 'sensitive' || own.some((t) => ruleFor(t) === 'sensitive')
    || (own.some((t) => MONTH_YEAR.test(t)) && expiryContext(el))) {
    return 'sensitive';
  }
  if (editable) {
    const v = first([...labels, near]);
    return v === 'description' || v === 'subject' ? v : null;
  }
  const context = (): string => [near, ...attrs, groupText(el), ...labels].join(' ')
    + (expiryContext(el) ? ' expiry' : '');
  const steps: (() => Verdict | undefined)[] = [
    () => first(labels),
    () => (ac !== 'account-id' ? ac : undefined),
    () => (type === 'email' ? 'email' : undefined),
    () => first([near, ...attrs]),
    () => ac,
    () => (type === 'tel' ? 'phone' : /^(date|datetime-local|month)$/.test(type) ? 'date' : undefined),
    () => first([groupText(el)]),
    () => fromOptions(el, context()),
    () => inherit(el, depth),
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
