// The page classifier (DESIGN.md "Contracts"): is this tab a failed transaction, a provider's
// help / contact page, or neither? Pure: it reads only its arguments (never window, document,
// location or browser), never throws, and its cost is bounded by caps on what it reads, not by
// the page's size or the registry's.
// Two halves: readPage (reading.ts) reads the DOM, in the content script; judgePage weighs the
// reading against the URL and the full vocabulary, in the background. detectPage does both.
// The detection view of the registry (ids, hosts, hints) is all the judge needs of a site.
import { coreForUrl } from '../sites/core';
import { lookupUrl } from '../sites/lookup';
import { isSupportUrl } from '../sites/support-url';
import type { SiteCore } from '../sites/types';
import { clean } from './clean';
import { extractTransaction } from './extract';
import { scanFailures, type FailureHit, type FailureScan } from './failure';
import { findMoney, findValueMoney } from './money';
import { matchFailure, type PhraseMatch } from './phrases';
import { READ_BEFORE, readPage, segmentTexts, type PageReading } from './reading';
import { reasonFor, statedReasons } from './reason';
import { supportContent } from './support';
import type { Cell } from './cells';
import type { DetectedTransaction, FailureReason, PageDetection } from './types';
import { editorialUrlReason, failureUrlReason, parseUrl, supportUrlReason, txIdFromUrl, type UrlParts } from './url';

/** @public The contract's types (DESIGN.md), for code outside this project. */
export type { DetectedTransaction, FailureReason, PageDetection, PageKind } from './types';

/**
 * Finds the registry site of a URL. The benchmark passes one over a generated registry; full
 * `WalletSite`s do as well as the `SiteCore`s the content script carries.
 */
export type SiteLookup = (url: string) => SiteCore | null;

const MAX_SIGNALS = 8;

/** Classifies `doc` (shown at `url`) against the extension's own registry. */
export function detectPage(doc: Document, url: string): PageDetection {
  return detectPageWith(doc, url, coreForUrl);
}

/**
 * Same as `detectPage`, with the site lookup supplied: a function, or a host index built by
 * `buildHostIndex` (lookup cost is per host label, not per site).
 */
export function detectPageWith(doc: Document, url: string, lookup: SiteLookup | Map<string, SiteCore>): PageDetection {
  return judgePage(readPage(doc), url, lookup);
}

/** The verdict on a page read by `readPage` (null: unreadable) at `url`. Never throws. */
export function judgePage(
  reading: PageReading | null,
  url: string,
  lookup: SiteLookup | Map<string, SiteCore> = coreForUrl,
): PageDetection {
  let site: SiteCore | null = null;
  try {
    site = typeof lookup === 'function' ? lookup(String(url)) : lookupUrl(String(url), lookup);
  } catch {
    site = null;
  }
  const siteId = site && typeof site.id === 'string' ? site.id : null;
  try {
    if (reading) return classify(reading, String(url), site, siteId);
  } catch {
    // Hostile pages must never break detection: an unreadable page is "nothing seen".
  }
  return { kind: 'none', siteId, signals: [] };
}

// How the verdict is reached (weights in failure.ts):
// - failed-transaction when the strongest failure evidence weighs 5 (a status field or badge, an
//   alert, an explorer error row), or weighs 2+ and, with corroboration (a second hit, labelled
//   transaction details next to it, a failure route in the URL, a failure title), reaches 4;
// - but not when the page's own status badge says success / pending and the failure evidence is
//   weaker than 5, and not on a help-centre URL unless transaction details sit next to the
//   failure (a help article quoting "Payment declined" is an article);
// - failure beats support: a failed payment shown in the resolution centre is a failed payment;
// - support-page from the URL (registry hints, generic help / contact / dispute routes) or from
//   content (title, main heading, a message form), scored in support.ts;
// - rows of a transaction history never make the page failed (failure.ts explains why).

function classify(reading: PageReading, url: string, site: SiteCore | null, siteId: string | null): PageDetection {
  const parts = parseUrl(url);
  const supportUrl = parts ? supportUrlReason(url, parts, site, isSupportUrl) : null;
  const urlTxId = parts ? txIdFromUrl(parts, site) : null;
  const { title } = reading;
  const segs = segmentTexts(reading);
  const scan = scanFailures(reading, segs, urlTxId !== null);
  const titleFail = title ? matchFailure(title) : null;
  if (!scan.hits.length && titleFail && !titleFail.weak && segs.length) {
    // The tab's title alone announces it ("Payment failed – Wallet"): worth a look at the details.
    scan.hits.push({ seg: 0, weight: 3, signal: `page title says "${titleFail.quote}"`, message: title, phrase: true });
  }

  const notes: string[] = [];
  const editorialUrl = parts && editorialUrlReason(parts);
  const article = reading.support?.article ? 'the page is an article' : null;
  // A blog, an academy, news or a status page never shows the reader's own transaction.
  if (editorialUrl && scan.hits.length) notes.push(`failures on an editorial or status page are failures in general (${editorialUrl})`);
  const failed = editorialUrl
    ? null
    : judgeFailure({ segs, scan, site, siteId, parts, supportUrl, article, urlTxId, cells: reading.cells, titleFail, notes });
  if (failed) return failed;
  if (scan.listed.length) notes.push(`${scan.listed.length} failed row(s) in a transaction list ignored`);

  const content = supportContent(title, reading.support);
  // An announcement or a news item filed under the help centre (/support/announcement/…) is an
  // article: only its content (a contact form, a help heading) makes it a help page.
  const helpUrl = editorialUrl ? null : supportUrl;
  if ((helpUrl ? 5 : 0) + content.score >= 3) {
    const signals = [...(helpUrl ? [helpUrl] : []), ...content.signals];
    return { kind: 'support-page', siteId, signals: signals.slice(0, MAX_SIGNALS) };
  }
  return { kind: 'none', siteId, signals: notes.slice(0, MAX_SIGNALS) };
}

interface Evidence {
  /** Raw segment texts by index (reading.ts `segmentTexts`). */
  segs: string[];
  scan: FailureScan;
  site: SiteCore | null;
  siteId: string | null;
  parts: UrlParts | null;
  supportUrl: string | null;
  /** Why the page is an article by its markup (support-reading.ts). */
  article: string | null;
  urlTxId: string | null;
  /** Kept texts in table cells, with their headings (cells.ts). */
  cells: PageReading['cells'] | undefined;
  titleFail: PhraseMatch | null;
  /** Why the page is not failed, for the 'none' verdict's signals. */
  notes: string[];
}

/** The failed-transaction verdict, or null (with `notes` saying why not). */
function judgeFailure(e: Evidence): PageDetection | null {
  const { segs, scan, notes } = e;
  const best = pickBest(scan.hits, () => true);
  if (!best) {
    if (scan.success) notes.push(scan.success);
    return null;
  }
  const shown = pickBest(scan.hits, (h) => h.phrase && h.weight >= 3) ?? best;
  const anchor = namedRow(best, shown.message, scan.listed, e.cells, segs) ?? best.seg;
  const ex = extractTransaction(segs, anchor, e.site?.hints?.defaultCurrency, e.urlTxId, shown.message, e.cells, shown.seg);
  const urlFail = e.parts ? failureUrlReason(e.parts) : null;
  const corroborated = scan.hits.some((h) => h !== best && h.weight >= 2);
  const titleBonus = !!e.titleFail && !e.titleFail.weak && !best.signal.startsWith('page title');
  const score = best.weight + Number(corroborated) + Number(ex.labelled) + Number(!!urlFail) + Number(titleBonus);
  if (best.weight < 5 && (best.weight < 2 || score < 4)) {
    notes.push(`failure wording too weak on its own (${best.signal})`);
    return null;
  }
  if (best.weight < 5 && scan.success) {
    notes.push(scan.success, `weaker failure wording ignored (${best.signal})`);
    return null;
  }
  // An article talks about failures in general: only a failure announced as such (an alert, a
  // status field) next to one transaction's details is the reader's own.
  if (e.article && (best.weight < 5 || !ex.labelled)) {
    notes.push(`failure wording in an article (${e.article}): ${best.signal}`);
    return null;
  }
  // A chat with support talks about failures as an FAQ does; it is about the reader's own failed
  // transaction only when the failure comes with that transaction's details (a quoted order).
  if (best.chat && !ex.labelled) {
    notes.push(`failure wording in a chat without transaction details is a question to support (${best.signal})`);
    return null;
  }
  if (e.supportUrl && !ex.labelled) {
    notes.push(`failure wording on a help page without transaction details is an article (${best.signal})`);
    return null;
  }

  const signals = [
    ...new Set(
      scan.hits
        .slice()
        .sort((a, b) => b.weight - a.weight)
        .map((h) => h.signal),
    ),
  ].slice(0, 4);
  if (ex.labelled) signals.push('transaction details (reference or amount) next to the failure');
  if (titleBonus) signals.push(`page title says "${e.titleFail!.quote}"`);
  if (urlFail) signals.push(urlFail);
  if (e.supportUrl) signals.push(`also a help page: ${e.supportUrl}`);
  const explorer = e.site?.category === 'explorer' || e.urlTxId !== null;
  const reason = reasonOf(segs, scan.hits, best, shown, explorer);
  const transaction: DetectedTransaction = { reason };
  if (ex.id) transaction.id = ex.id;
  if (ex.amount) transaction.amount = ex.amount;
  if (ex.currency) transaction.currency = ex.currency;
  if (shown.message) transaction.message = shown.message;
  return { kind: 'failed-transaction', siteId: e.siteId, transaction, signals: signals.slice(0, MAX_SIGNALS) };
}

/** A reference-like token: letters, digits and dashes with at least five digits. */
const REF_TOKEN = /^[A-Za-z0-9][A-Za-z0-9_-]{5,}$/;

/**
 * The failed row of a history that a failure stated outside the table (an alert, a dialog, a note
 * under it) is about: the row whose reference the message names ("returned your wire WR-…"),
 * else the history's only failed row (a "Withdrawal failed" toast over a withdrawals table with
 * one "Failed" row) unless the message states another amount. Its segment is where the transaction's fields are read. Null when the
 * failure sits in a table itself, when several failed rows leave it open which one the message
 * means, or when the failure comes with details of its own (a key/value list after it: a detail
 * panel opened over the history).
 */
function namedRow(best: FailureHit, message: string, listed: FailureHit[], cells: Cell[] | undefined, segs: string[]): number | null {
  if (!listed.length || !cells || best.weight < 3 || cells.some((c) => c[0] === best.seg)) return null;
  if (cells.some((c) => c[2] === -1 && c[0] > best.seg && c[0] - best.seg <= READ_BEFORE)) return null;
  const rowOf = (seg: number) => cells.find((c) => c[0] === seg);
  const rows = listed.map((h) => ({ h, at: rowOf(h.seg) })).filter((r) => r.at && r.at[2] >= 0);
  const named = rows.filter(({ at }) =>
    cells.some((c) => {
      if (c[1] !== at![1] || c[2] !== at![2]) return false;
      const t = clean(segs[c[0]] ?? '');
      return REF_TOKEN.test(t) && /\d{5}/.test(t) && message.includes(t);
    }),
  );
  if (named.length === 1) return named[0]!.h.seg;
  if (rows.length !== 1 || listed.length !== 1) return null;
  // A message with an amount of its own is about that amount: the row must show the same.
  const own = findMoney(message);
  const at = rows[0]!.at!;
  const same = (c: Cell) => Number(findValueMoney(clean(segs[c[0]] ?? ''))?.amount) === Number(own!.amount);
  return !own || cells.some((c) => c[1] === at[1] && c[2] === at[2] && same(c)) ? rows[0]!.h.seg : null;
}

/**
 * The reason rules read, in turn: causes stated in labelled fields, the failure messages, the
 * text around the failure, then further around. A failure that is itself a return ("Your
 * transfer was returned", "汇款已退回") with no other cause was refused by the receiving side. On
 * a block explorer's transaction page, a failure the chain reports with an error ("Fail with
 * error '…'", "REVERT", "Error: Reverted") whose words name no balance or allowance is the
 * network's or the contract's doing; a bare "Failed" with no error stays unknown.
 */
function reasonOf(segs: string[], hits: FailureHit[], best: FailureHit, shown: FailureHit, explorer: boolean): FailureReason {
  const reason = reasonFor(reasonTexts(segs, hits, best, shown));
  if (reason !== 'unknown') return reason;
  if (hits.some((h) => h.quote && RETURNED.test(h.quote) && !REFUNDED.test(h.message))) return 'declined-by-recipient-or-bank';
  if (
    explorer &&
    [...statedReasons(segs, best.seg, clean), ...hits.flatMap((h) => [h.message, around(segs, h.seg, 2)])].some((t) => CHAIN_ERROR.test(t))
  )
    return 'network-or-system';
  return 'unknown';
}

/** An explorer's error for a failed transaction: a revert, "Fail with error", "Error in Main Txn", a program error. */
const CHAIN_ERROR = /\brevert(?:ed)?\b|\bfail(?:ed)? with error\b|\berror\s*(?:in\b|[:：])|\b(?:instruction|program) ?error\b/i;

/** The texts in the order the reason rules read them, each built only when the ones before said nothing. */
function* reasonTexts(segs: string[], hits: FailureHit[], best: FailureHit, shown: FailureHit): Generator<string> {
  yield* statedReasons(segs, best.seg, clean);
  yield shown.message;
  yield best.message;
  for (const h of hits) yield h.message;
  yield around(segs, best.seg, 4);
  yield around(segs, best.seg, 12);
  // Last: an explorer's program logs sit a card or two below its status field.
  yield around(segs, best.seg, 30);
}

const RETURNED = /\b(?:returned|bounced)\b|退回|退票/i;
/** "The money was returned to your balance", "资金已退回": a refund after the failure, not its cause. */
const REFUNDED = /(?:funds|money|amount|balance)\b[^.]{0,20}\b(?:returned|refunded) to\b|(?:资金|款项|款項|余额|餘額)(?:已)?退回/i;

/** Heaviest hit passing `keep`; on a tie, the first in document order. */
function pickBest(hits: FailureHit[], keep: (h: FailureHit) => boolean): FailureHit | null {
  let best: FailureHit | null = null;
  for (const h of hits) if (keep(h) && (!best || h.weight > best.weight)) best = h;
  return best;
}

/** The cleaned text of the segments around one, for the reason rules. */
function around(segs: string[], at: number, radius: number): string {
  const out: string[] = [];
  for (let i = Math.max(0, at - radius); i <= at + radius && i < segs.length; i++) out.push(clean(segs[i] ?? ''));
  return out.join(' | ');
}
