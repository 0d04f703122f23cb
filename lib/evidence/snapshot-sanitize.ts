/**
 * Per-element sanitising for page snapshots: event handlers, script URLs and srcdoc removed,
 * URLs made absolute, form state mirrored into attributes with secrets blanked.
 */
import { rebaseCss } from './snapshot-css';

const URL_ATTRS = new Set([
  'src',
  'href',
  'action',
  'formaction',
  'poster',
  'background',
  'cite',
  'data',
  'longdesc',
  'lowsrc',
  'icon',
  'manifest',
  'codebase',
]);
const SRCSET_ATTRS = new Set(['srcset', 'imagesrcset']);
const SCRIPT_URL = /^(javascript|vbscript|livescript):/;

/** Browsers ignore ASCII whitespace/control characters anywhere in a scheme (`java\tscript:`). */
export function isScriptUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return SCRIPT_URL.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase());
}

export function absoluteUrl(value: string, base: string): string {
  const v = value.trim();
  if (!v || v.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(v)) return value;
  try {
    return new URL(v, base).href;
  } catch {
    return value;
  }
}

/** srcset / imagesrcset, parsed as the HTML spec does (a URL is a run of non-spaces, so data:
 * URLs keep their commas): each URL made absolute, script URLs dropped. */
function absoluteSrcset(value: string, base: string): string {
  const out: string[] = [];
  const re = /[\s,]*(\S+)/y;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value))) {
    let url = m[1]!;
    let descriptor = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      const end = value.indexOf(',', re.lastIndex);
      descriptor = value.slice(re.lastIndex, end < 0 ? value.length : end).trim();
      re.lastIndex = end < 0 ? value.length : end + 1;
    }
    if (url && !isScriptUrl(url)) out.push(descriptor ? `${absoluteUrl(url, base)} ${descriptor}` : absoluteUrl(url, base));
  }
  return out.join(', ');
}

/** Attributes are changed by name (never through Attr nodes, which some DOMs share between
 * a node and its copy): the live page must stay untouched. */
export function sanitizeAttributes(el: Element, base: string): void {
  const attrs = el.attributes;
  for (let i = attrs.length - 1; i >= 0; i--) {
    const attr = attrs[i]!;
    const name = attr.localName.toLowerCase();
    const value = attr.value;
    let next: string | null = value;
    if (name.startsWith('on') || name === 'srcdoc' || (value.includes(':') && isScriptUrl(value))) next = null;
    else if (URL_ATTRS.has(name)) next = absoluteUrl(value, base);
    else if (SRCSET_ATTRS.has(name)) next = absoluteSrcset(value, base);
    else if (name === 'style' && value.includes('url(')) next = rebaseCss(value, base);
    if (next === null) el.removeAttributeNS(attr.namespaceURI, attr.localName);
    else if (next !== value) el.setAttributeNS(attr.namespaceURI, attr.name, next);
  }
}

/** Every cc-* token (number, csc, exp, name, type…), one-time codes and passwords. */
const SECRET_AUTOCOMPLETE = /(^|\s)cc-|one-time-code|password/;
const SECRET_TOKENS = new Set([
  'password',
  'passwd',
  'pwd',
  'pass',
  'passcode',
  'pin',
  'cvv',
  'cvv2',
  'cvc',
  'cvc2',
  'csc',
  'cvn',
  'cid',
  'otp',
  'totp',
  'card',
  'cardnumber',
  'cardno',
  'ccnum',
  'ccnumber',
  'ccno',
  'cc',
  'creditcard',
  'pan',
  'securitycode',
  'expiry',
  'expiration',
  'expdate',
  'exp',
  'smscode',
  'verifycode',
  'authcode',
  'mfa',
  '2fa',
]);
const SECRET_TEXT =
  /card number|security code|cvv|cvc|expir|one[- ]time|verification code|password|passcode|\bpin\b|卡号|安全码|验证码|密码|有效期|动态码|校验码/i;

/** Passwords, card numbers, security codes, expiry dates, PINs and one-time codes. */
function isSecretField(el: Element): boolean {
  if ((el.getAttribute('type') ?? '').toLowerCase() === 'password') return true;
  if (SECRET_AUTOCOMPLETE.test((el.getAttribute('autocomplete') ?? '').toLowerCase())) return true;
  for (const attr of ['name', 'id']) {
    const words = (el.getAttribute(attr) ?? '')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/);
    if (words.some((w) => SECRET_TOKENS.has(w))) return true;
  }
  return SECRET_TEXT.test(`${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''}`);
}

type Live = Element & { value?: string; checked?: boolean; selected?: boolean };

/** Write what the user saw (current value, checked, selected) into attributes of the copy. */
export function mirrorFormState(copy: Element, live: Element | undefined): void {
  const name = copy.localName;
  const l = live as Live | undefined;
  if (name === 'option') {
    if (l?.selected !== undefined) toggle(copy, 'selected', l.selected);
  } else if (name === 'input') {
    const type = (copy.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'checkbox' || type === 'radio') {
      if (l?.checked !== undefined) toggle(copy, 'checked', l.checked);
    } else if (type === 'hidden' || type === 'file' || isSecretField(copy)) {
      // Hidden fields hold tokens the user never saw; file paths are private.
      copy.removeAttribute('value');
      copy.setAttribute('data-ww-blanked', '');
    } else if (typeof l?.value === 'string') {
      copy.setAttribute('value', l.value);
    }
  } else if (name === 'textarea') {
    copy.textContent = isSecretField(copy) ? '' : typeof l?.value === 'string' ? l.value : copy.textContent;
  }
}

function toggle(el: Element, attr: string, on: boolean): void {
  if (on) el.setAttribute(attr, '');
  else el.removeAttribute(attr);
}
