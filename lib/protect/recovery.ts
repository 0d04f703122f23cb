import type { ProtectReading } from './page-read';
import type { PageSignal, PageVerdict } from './page-verdict';
import {
  AUTHORITY_NAMES,
  AUTHORITY_PAYOUT,
  FEE_WORDS,
  MESSENGER_TEXT,
  RECOVERY_OFFER,
  RECOVERY_SALES,
  WARNING_BODY,
  WARNING_TOPIC,
} from './page-words';

const any = (patterns: readonly RegExp[], text: string) => patterns.some((p) => p.test(text));
const count = (patterns: readonly RegExp[], text: string) => patterns.filter((p) => p.test(text)).length;

/**
 * A fund-recovery offer: a page whose title or main headings offer to get lost money back and
 * that sells it (fees, guarantees, contact pushed to chat apps, a case form), or a page that
 * pays out "compensation" in an authority's name. A page whose title or main heading warns about
 * these scams (a regulator, the police, the news) is not one, nor an article that warns.
 * The host has been checked by the caller (registry and public bodies never come here).
 */
export function judgeRecovery(r: ProtectReading): PageVerdict | null {
  const head = [r.title, ...r.headings.slice(0, 6)];
  const top = [r.title, r.headings[0] ?? ''].join(' \n ');
  if (any(WARNING_TOPIC, top)) return null;
  const warnings = count(WARNING_BODY, r.text);
  if (r.article && warnings > 0) return null;
  const signals: PageSignal[] = [];
  const offerInHead = head.some((h) => any(RECOVERY_OFFER, h));
  if (offerInHead) signals.push('offer-in-title');
  const offerInText = count(RECOVERY_OFFER, r.text);
  if (offerInText >= 2) signals.push('offer-in-text');
  const messenger = r.contacts.messenger > 0 || MESSENGER_TEXT.test(r.text);
  const sales = count(RECOVERY_SALES, r.text) + (messenger ? 1 : 0) + (r.fields > 0 ? 1 : 0);
  if (sales >= 2) signals.push('fee-or-sales');
  if (messenger) signals.push('messenger');
  if (r.fields > 0) signals.push('form');
  // A fake regulator or police page paying out lost money, for a fee.
  const authority = head.some((h) => AUTHORITY_NAMES.test(h) && AUTHORITY_PAYOUT.test(h)) && FEE_WORDS.test(r.text);
  if (authority) signals.push('authority-payout');
  const offered = offerInHead || offerInText >= 2;
  // Sellers sometimes add a line against "fake recovery firms"; a page of warnings is a warning.
  if ((offered && sales >= 2 && warnings < 3) || authority) return { kind: 'recovery-scam', signals };
  return null;
}
