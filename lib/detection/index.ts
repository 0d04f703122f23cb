// The page classifier (DESIGN.md "Contracts"): is this tab a failed transaction, a provider's
// help / contact page, or neither? Pure: it reads only its arguments (never window, document,
// location or browser), never throws, and its cost is bounded by caps on what it reads, not by
// the page's size or the registry's.
import { isSupportUrl, siteForUrl, type WalletSite } from '../sites';
import { extractTransaction } from './extract';
import { scanFailures, type FailureHit } from './failure';
import { matchFailure } from './phrases';
import { reasonFor } from './reason';
import { pageTitle, supportContent } from './support';
import { clean } from './clean';
import { collectText, type Segment } from './text';
import type { PageDetection } from './types';
import { failureUrlReason, parseUrl, supportUrlReason, txIdFromUrl } from './url';

export type { DetectedTransaction, FailureReason, PageDetection, PageKind } from './types';

/** Finds the registry site of a URL; the benchmark passes one over a generated registry. */
export type SiteLookup = (url: string) => WalletSite | null;

const MAX_SIGNALS = 8;

/** Classifies `doc` (shown at `url`) against the extension's own registry. */
export function detectPage(doc: Document, url: string): PageDetection {
  return detectPageWith(doc, url, (u) => siteForUrl(u));
}

/** Same as `detectPage`, with the site lookup (or a host index for `siteForUrl`) supplied. */
export function detectPageWith(doc: Document, url: string, lookup: SiteLookup | Map<string, WalletSite>): PageDetection {
  let site: WalletSite | null = null;
  try {
    site = typeof lookup === 'function' ? lookup(String(url)) : siteForUrl(String(url), lookup);
  } catch {
    site = null;
  }
  const siteId = site && typeof site.id === 'string' ? site.id : null;
  try {
    return classify(doc, String(url), site, siteId);
  } catch {
    // Hostile pages must never break the content script: an unreadable page is "nothing seen".
    return { kind: 'none', siteId, signals: [] };
  }
}

function classify(doc: Document, url: string, site: WalletSite | null, siteId: string | null): PageDetection {
  const parts = parseUrl(url);
  const supportUrl = parts ? supportUrlReason(url, parts, site, isSupportUrl) : null;
  const urlTxId = parts ? txIdFromUrl(parts, site) : null;
  const title = pageTitle(doc);
  const text = collectText(doc);
  const segs = text.segs;
  const scan = scanFailures(text, urlTxId !== null);
  const notes: string[] = [];

  const titleFail = title ? matchFailure(title) : null;
  if (!scan.hits.length && titleFail && !titleFail.weak && segs.length) {
    // The tab's title alone announces it ("Payment failed – Wallet"): worth a look at the details.
    scan.hits.push({ seg: 0, weight: 3, signal: `page title says "${titleFail.quote}"`, message: title, phrase: true });
  }
  const best = pickBest(scan.hits, () => true);
  if (best) {
    const shown = pickBest(scan.hits, (h) => h.phrase && h.weight >= 3) ?? best;
    const ex = extractTransaction(segs, best.seg, site?.hints?.defaultCurrency, urlTxId, shown.message);
    const urlFail = parts ? failureUrlReason(parts) : null;
    const corroborated = scan.hits.filter((h) => h !== best && h.weight >= 2).length > 0;
    const titleBonus = titleFail && !titleFail.weak && !best.signal.startsWith('page title');
    const score = best.weight + (corroborated ? 1 : 0) + (ex.labelled ? 1 : 0) + (urlFail ? 1 : 0) + (titleBonus ? 1 : 0);
    let failed = best.weight >= 5 || (best.weight >= 2 && score >= 4);
    if (failed && best.weight < 5 && scan.success) {
      failed = false;
      notes.push(scan.success, `weaker failure wording ignored (${best.signal})`);
    } else if (failed && supportUrl && !ex.labelled) {
      failed = false;
      notes.push(`failure wording on a help page without transaction details is an article (${best.signal})`);
    }
    if (failed) {
      const signals = [...new Set(scan.hits.slice().sort((a, b) => b.weight - a.weight).map((h) => h.signal))].slice(0, 4);
      if (ex.labelled) signals.push('transaction details (reference or amount) next to the failure');
      if (titleBonus) signals.push(`page title says "${titleFail!.quote}"`);
      if (urlFail) signals.push(urlFail);
      const reason = reasonFor([shown.message, best.message, ...scan.hits.map((h) => h.message), around(segs, best.seg, 4)]);
      const transaction: NonNullable<PageDetection['transaction']> = { reason };
      if (ex.id) transaction.id = ex.id;
      if (ex.amount) transaction.amount = ex.amount;
      if (ex.currency) transaction.currency = ex.currency;
      if (shown.message) transaction.message = shown.message;
      if (supportUrl) signals.push(`also a help page: ${supportUrl}`);
      return { kind: 'failed-transaction', siteId, transaction, signals: signals.slice(0, MAX_SIGNALS) };
    }
    if (!notes.length) notes.push(`failure wording too weak on its own (${best.signal})`);
  } else if (scan.success) notes.push(scan.success);
  if (scan.listIgnored) notes.push(`${scan.listIgnored} failed row(s) in a transaction list ignored`);

  const content = supportContent(doc, title);
  const score = (supportUrl ? 5 : 0) + content.score;
  if (score >= 3) {
    const signals = [...(supportUrl ? [supportUrl] : []), ...content.signals];
    return { kind: 'support-page', siteId, signals: signals.slice(0, MAX_SIGNALS) };
  }
  return { kind: 'none', siteId, signals: notes.slice(0, MAX_SIGNALS) };
}

/** Heaviest hit passing `keep`; on a tie, the first in document order. */
function pickBest(hits: FailureHit[], keep: (h: FailureHit) => boolean): FailureHit | null {
  let best: FailureHit | null = null;
  for (const h of hits) if (keep(h) && (!best || h.weight > best.weight)) best = h;
  return best;
}

/** The cleaned text of the segments around one, for the reason rules. */
function around(segs: Segment[], at: number, radius: number): string {
  const out: string[] = [];
  for (let i = Math.max(0, at - radius); i <= at + radius && i < segs.length; i++) out.push(clean(segs[i]!.raw));
  return out.join(' | ');
}
