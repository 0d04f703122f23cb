/**
 * Which form fields a page snapshot blanks (DESIGN.md "Page snapshot"; issue 12 §3). The field
 * classifier (lib/prefill/classify.ts) already knows what is sensitive; this adds what a
 * snapshot must also catch and names the kind, for the snapshot's header and the report.
 */
import { classifyField } from '../prefill/classify';

export type SecretKind = 'password' | 'one-time-code' | 'card' | 'secret' | 'hidden' | 'file';

/** Count of blanked fields per kind (never their values). */
export type Blanked = Partial<Record<SecretKind, number>>;

// A code split over boxes of one character each: at least this many in one group.
const OTP_BOXES = 4;
const WORDS: [SecretKind, RegExp][] = [
  ['password', /pass|pwd|密码|口令/i],
  ['card', /card|cvv|cvc|csc|cvn|exp|security|卡|安全码|有效期/i],
  ['one-time-code', /otp|one.?time|code|验证码|动态码|校验码/i],
];

/** A one-character box among several alike: one digit of a split one-time code. */
function inOtpGroup(el: Element): boolean {
  if (el.getAttribute('maxlength') !== '1') return false;
  for (let box: Element | null = el.parentElement, up = 0; box && up < 3; box = box.parentElement, up++) {
    if (box.querySelectorAll('input[maxlength="1"]').length >= OTP_BOXES) return true;
  }
  return false;
}

function sensitive(el: Element): boolean {
  try {
    return classifyField(el) === 'sensitive';
  } catch {
    return false;
  }
}

/**
 * The kind of secret the control `el` (in the live page) holds, or null. Covers passwords also
 * after a "show password" toggle made them type=text (autocomplete, name or label still say
 * so), one-time codes also split over one-character boxes, every autocomplete=cc-* field, card
 * expiry and security-code selects, and contenteditable regions the classifier calls sensitive.
 */
export function secretKind(el: Element): SecretKind | null {
  const type = el.localName === 'input' ? (el.getAttribute('type') ?? 'text').toLowerCase() : '';
  if (type === 'hidden') return 'hidden'; // tokens the user never saw
  if (type === 'file') return 'file'; // local paths
  const ac = (el.getAttribute('autocomplete') ?? '').toLowerCase();
  if (type === 'password' || /\b(current|new)-password\b/.test(ac)) return 'password';
  if (/\bone-time-code\b/.test(ac) || inOtpGroup(el)) return 'one-time-code';
  if (/(^|\s)cc-/.test(ac)) return 'card';
  if (!sensitive(el)) return null;
  const words = ['name', 'id', 'placeholder', 'aria-label', 'autocomplete'].map((a) => el.getAttribute(a) ?? '').join(' ');
  const labels = Array.from((el as HTMLInputElement).labels ?? [], (l) => l.textContent ?? '').join(' ');
  for (const [kind, re] of WORDS) if (re.test(words) || re.test(labels)) return kind;
  return 'secret';
}

/** "2 password, 6 one-time-code"; empty when nothing was blanked. */
export function describeBlanked(blanked: Blanked): string {
  return Object.entries(blanked)
    .filter(([, n]) => n)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
}
