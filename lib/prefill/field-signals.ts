// Signals for the classifier besides words: autocomplete tokens, select options, expiry context.
import { isCurrencyList } from './currency';
import { norm, textOf } from './field-text';
import {
  CARD_BRAND,
  CARD_CONTEXT,
  CATEGORY_OPTION,
  EXPIRY_OPTION,
  HONORIFIC,
  MONTH_OPTION,
  PLACEHOLDER_OPTION,
  YEAR_OPTION,
  type Verdict,
} from './words';

/** What `autocomplete` says, after dropping section / shipping / billing / home tokens. */
export function fromAutocomplete(el: Element): Verdict | undefined {
  const tokens = (el.getAttribute('autocomplete') ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t && !/^(section-.*|shipping|billing|home|work|mobile|fax|pager|webauthn)$/.test(t));
  const f = tokens[tokens.length - 1] ?? '';
  if (/^cc-(name|given-name|additional-name|family-name)$/.test(f)) return 'name';
  if (/^cc-|^one-time-code$/.test(f)) return 'sensitive';
  // Sites put current/new-password on name and email boxes to stop autofill (Euronics): on a
  // non-password input it only decides when nothing else does (last step of classifyAt).
  if (/^(name|given-name|additional-name|family-name)$/.test(f)) return 'name';
  if (f === 'email') return 'email';
  if (f.startsWith('tel')) return 'phone';
  if (f === 'username') return 'account-id';
  if (f === 'transaction-amount') return 'amount';
  if (f === 'transaction-currency') return 'currency';
  if (/^(street-address|address-.*|postal-code|country.*|organization.*|bday.*|sex|url|photo|honorific-.*|nickname|language|impp)$/.test(f))
    return null;
  return undefined;
}

export function optionTexts(el: Element): string[] {
  if (el.tagName !== 'SELECT') return [];
  return Array.from((el as HTMLSelectElement).options)
    .slice(0, 80)
    .map((o) => norm(o.text || o.value))
    .filter((t) => !PLACEHOLDER_OPTION.test(t));
}

export const share = (xs: string[], re: RegExp): number => (xs.length ? xs.filter((x) => re.test(x)).length / xs.length : 0);

/** What a select's options say: expiry dates, card brands, currencies, months/years, topics. */
export function fromOptions(el: Element, context: string): Verdict | undefined {
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

export const MONTH_YEAR = /^(mm|yy|yyyy|aa|aaaa|jj|mois|annee|mese|anno|mes|ano|monat|jahr|month|year|mo|yr|月|年)$|\b(month|year)\b/;
const EXPIRY = /expir|\bexp\b|valid (thru|through|until)|有效期|date d expiration|gultig|scadenza|caducidad|vencimiento|validade|ablauf/;

/** Is an expiry date asked for around this control (the split MM / YY boxes of a card)? */
export function expiryContext(el: Element): boolean {
  let a = el.parentElement;
  for (let i = 0; a && i < 8 && !/^(FORM|BODY)$/.test(a.tagName); i++, a = a.parentElement) {
    if (EXPIRY.test(norm(textOf(a, 300)))) return true;
  }
  return false;
}
