import { brandNamed } from './brand-names';
import type { ProtectReading } from './page-read';
import type { PageSignal, PageVerdict } from './page-verdict';
import { DISCUSSION_TITLE, OFFICIAL_CLAIM, PHONE_TEXT, SCAM_WORDS, SECRET_ASK, SUPPORT_WORDS } from './page-words';

/**
 * A page that presents itself as a registry provider's support: the provider's name and a support
 * word together in the title or the main heading, plus one sign of a service desk (a phone
 * number, a chat app link, a claim to be official, a request for the wallet's secret, a form).
 * Questions and discussions ("Is PayPal support open today?"), and pages about scams, are not.
 * The caller has already excluded the provider's registered hosts and its listed channels.
 */
export function judgeFakeSupport(r: ProtectReading): PageVerdict | null {
  const identity = [r.title, r.headings.find((h) => h.length > 0) ?? ''].filter(Boolean);
  let siteId: string | null = null;
  for (const line of identity) {
    const brand = SUPPORT_WORDS.test(line) ? brandNamed(line) : null;
    if (brand) {
      siteId = brand;
      break;
    }
  }
  if (!siteId) return null;
  if (DISCUSSION_TITLE.test(r.title) || identity.some((l) => SCAM_WORDS.test(l)) || r.headings.slice(0, 6).some((h) => SCAM_WORDS.test(h)))
    return null;
  if (r.article && SCAM_WORDS.test(r.text)) return null;
  const signals: PageSignal[] = ['brand-support-title', 'not-registered-host'];
  if (r.contacts.phone > 0 || PHONE_TEXT.test(r.text)) signals.push('phone');
  if (r.contacts.messenger > 0) signals.push('messenger');
  if (identity.some((l) => OFFICIAL_CLAIM.test(l))) signals.push('official-claim');
  if (SECRET_ASK.test(r.text)) signals.push('asks-secret');
  if (r.fields > 0) signals.push('form');
  return signals.length > 2 ? { kind: 'fake-support', siteId, signals } : null;
}
