import { brandNamed } from './brand-names';
import type { ProtectReading } from './page-read';
import type { PageSignal, PageVerdict } from './page-verdict';
import { DISCUSSION_TITLE, MESSENGER_TEXT, OFFICIAL_CLAIM, PHONE_TEXT, SCAM_WORDS, SECRET_ASK, SUPPORT_WORDS } from './page-words';

/**
 * A page that presents itself as a registry provider's support: the provider's name and a support
 * word together in the title or the main heading, plus one sign of a service desk (a phone
 * number, a chat app link, a claim to be official, a request for the wallet's secret, a form).
 * Questions and discussions ("Is PayPal support open today?"), and pages about scams, are not.
 * The caller has already excluded the provider's registered hosts and its listed channels.
 */
export function judgeFakeSupport(r: ProtectReading): PageVerdict | null {
  // Who the page says it is: its title and first heading name the provider; the support word may
  // be there or in the next headings or the description ("Binance" / "24/7 Live Support").
  const identity = [r.title, r.headings[0] ?? ''].filter(Boolean);
  const presented = [...identity, ...r.headings.slice(1, 3), r.headings.at(-1) ?? ''];
  const together = identity.find((l) => SUPPORT_WORDS.test(l) && brandNamed(l));
  const siteId = together
    ? brandNamed(together)
    : presented.some((l) => SUPPORT_WORDS.test(l))
      ? (identity.map(brandNamed).find(Boolean) ?? null)
      : null;
  if (!siteId) return null;
  if (DISCUSSION_TITLE.test(r.title) || identity.some((l) => SCAM_WORDS.test(l)) || r.headings.slice(0, 6).some((h) => SCAM_WORDS.test(h)))
    return null;
  if (r.article && SCAM_WORDS.test(r.text)) return null;
  const signals: PageSignal[] = ['brand-support-title', 'not-registered-host'];
  if (r.contacts.phone > 0 || PHONE_TEXT.test(r.text)) signals.push('phone');
  if (r.contacts.messenger > 0 || MESSENGER_TEXT.test(r.text)) signals.push('messenger');
  if (identity.some((l) => OFFICIAL_CLAIM.test(l))) signals.push('official-claim');
  if (SECRET_ASK.test(r.text)) signals.push('asks-secret');
  if (r.fields > 0) signals.push('form');
  return signals.length > 2 ? { kind: 'fake-support', siteId, signals } : null;
}
