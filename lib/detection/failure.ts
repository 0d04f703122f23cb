// Finding the failure statements of a page and weighing them by where they sit. Structure counts
// more than words: a status badge, an explorer status field or an alert saying "Failed" is worth
// more than the same word in running text. Weights (index.ts turns them into a verdict):
//   5  status field ("Status: Fail"), status badge, alert / aria-live, explorer error row
//   4  dialog, heading, error-styled text, an invalid field's error, a shortfall or outage
//      announced in an alert ("余额不足", "System busy")
//   3  a plain sentence saying a transaction failed; the page's only status word; a vague error
//      ("Something went wrong") in an alert; a failure heading inside an article
//   2  a bare status word in plain text; a lone "Error"
//   1  prose: long paragraphs, articles, a shortfall mentioned in passing
// Questions, advice, hypotheses, marketing, login errors, hidden elements, links, buttons, tabs,
// navigation and footers weigh nothing (phrases.ts, context.ts).
//
// Transaction lists (rule chosen for the borderline case): a row of a list or table whose
// neighbouring rows also show status words belongs to a history of many transactions, and a
// "Failed" in it is about an old transaction, not the one the user is looking at. Such row hits
// are ignored; an alert, dialog or heading about a failure on the same page still counts, and so
// does a detail panel opened beside the list.
import { clean } from './clean';
import { matchFailure, statusWord } from './phrases';
import { need, type Candidate, type PageReading, type Place } from './reading';
import { LOGIN_CONTEXT, STATUS_LABEL_ONLY } from './signals';
import { RETURN_CODE } from './triggers';

export interface FailureHit {
  /** Segment the hit sits in: the anchor for extracting the transaction. */
  seg: number;
  weight: number;
  /** Plain-English wording for the signal, with the quote. */
  signal: string;
  /** The element's text: the failure message as shown. */
  message: string;
  phrase: boolean;
  /** The failure words matched, for phrase hits. */
  quote?: string;
  /** Said in a log (a chat with support): a failure quoted, the reader's own only with its details. */
  chat?: boolean;
}

export interface FailureScan {
  hits: FailureHit[];
  /** A success / pending status shown as the page's status (not in a list). */
  success: string | null;
  /** Failure hits left out because they sit in rows of a transaction list. */
  listed: FailureHit[];
}

interface Found {
  c: Candidate;
  ctx: Place;
  hit: FailureHit;
}

/** A failure statement in one candidate, weighed by where it sits; null when none or not shown. */
function phraseHit(c: Candidate, text: string): Found | null {
  const match = matchFailure(text);
  if (!match || c.place === undefined) return null;
  const ctx = need(c.place);
  if (ctx.hidden || ctx.excluded) return null;
  const message = need(c.message);
  if (LOGIN_CONTEXT.test(message)) return null;
  const styled = ctx.heading || ctx.titleClass || ctx.errorClass || ctx.status;
  let weight: number;
  let where: string;
  if (!ctx.alert && !ctx.dialog && need(c.field)) [weight, where] = [4, 'form field error'];
  else if (match.weak) {
    const announced = match.vague ? 3 : 4;
    [weight, where] =
      ctx.alert || ctx.dialog ? [announced, ctx.alert ? 'alert' : 'dialog'] : styled ? [2, 'highlighted text'] : [1, 'text'];
  } else if (EXPLORER.test(match.quote) && !ctx.article && message.length <= 200) [weight, where] = [5, 'explorer error field'];
  else if (ctx.alert) [weight, where] = [5, 'alert'];
  else if (ctx.dialog) [weight, where] = [4, 'dialog'];
  // In an article, headings and prose about failures are what the article is about.
  else if (ctx.heading || ctx.titleClass) [weight, where] = [ctx.article ? 3 : 4, 'heading'];
  else if (ctx.errorClass || ctx.status) [weight, where] = [4, 'error-styled text'];
  else [weight, where] = [!ctx.article && (message.length <= 240 || ownInParagraph(message, match.quote)) ? 3 : 1, 'text'];
  const hit: FailureHit = { seg: c.seg, weight, signal: `${where} says ${quote(match.quote)}`, message, phrase: true, quote: match.quote };
  if (ctx.chat) hit.chat = true;
  return { c, ctx, hit };
}

/** A paragraph's length up to which a sentence in it about "this" transaction is still about the page's own. */
const MAX_OWN_PARAGRAPH = 600;
const OWN_TX = /\b(?:this|your)\b/i;

/**
 * A failure said of this or your transaction ("Your bank returned this ACH deposit with return
 * code R01") in an explanation: a paragraph longer than a plain message (what follows says what
 * happens next), but the failure is one transaction's, named as the reader's. Only the clause
 * holding the failure words is read for "this" / "your"; questions and hypotheses ("If your
 * payment is declined, …") never reach here (phrases.ts).
 */
function ownInParagraph(message: string, quote: string): boolean {
  if (message.length > MAX_OWN_PARAGRAPH) return false;
  const clause = clauseOf(message, quote);
  return clause !== null && OWN_TX.test(clause);
}

/** The failure words with the text before them in their sentence, or null when not found. */
function clauseOf(message: string, quote: string): string | null {
  const at = message.indexOf(quote);
  if (at < 0) return null;
  const before = message.slice(0, at);
  return before.slice(before.search(/[^.!?;。！？；]*$/)) + quote;
}

/** A failure pointed at the transaction shown ("this payment", "本笔转账"), not at an earlier attempt. */
const THIS_TX = /\bthis\b|本笔|本筆|此笔|此筆|该笔|該筆|这笔|這筆|本次|此次/i;
const saidOfThis = (hit: FailureHit) => THIS_TX.test(hit.quote ? (clauseOf(hit.message, hit.quote) ?? hit.quote) : hit.message);

const EXPLORER =
  /execution reverted|error in (?:main |internal )?txn|fail(?:ed)? with error|error (?:encountered|occurred) during|out[ _]of[ _](?:gas|energy|bandwidth)/i;
const SOFT_STATUS = /^(?:cancell?ed|expired|timed out)$/i;
const quote = (s: string) => `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`;

/** The failure hits among the reading's candidates; `texts` are its segment texts (reading.ts). */
export function scanFailures(reading: PageReading, texts: readonly string[], txPage: boolean): FailureScan {
  const fails: Found[] = [];
  let success: string | null = null;
  const lists = new Map<number, boolean>();
  const plainStatus: FailureHit[] = [];
  let plainSuccess: string | null = null;
  const raw = (i: number) => texts[i] ?? '';
  let statusCount = 0;

  for (const c of reading.candidates) {
    const i = c.seg;
    let best: Found | null = null;
    let status = raw(i).length <= 80 ? statusWord(clean(raw(i))) : null;
    // A status word set inline in a sentence ("the terminal says <em>Declined</em>") is prose.
    const labelledBefore = i > 0 && STATUS_LABEL_ONLY.test(clean(raw(i - 1)));
    if (status && !status.labelled && !labelledBefore && inProse(c, status.word)) status = null;
    // A return code ("R01") is a status only in a field that says it is one.
    if (status && RETURN_CODE.test(status.word) && !status.labelled && !labelledBefore) status = null;
    if (status) statusCount++;
    if (status && c.place !== undefined) {
      const ctx = need(c.place);
      if (ctx.hidden || ctx.excluded) continue;
      const labelled = status.labelled || labelledBefore;
      const prominent = labelled || ctx.status || ctx.alert || ctx.heading || ctx.errorClass || ctx.titleClass;
      if (status.polarity !== 'fail') {
        const own = !(ctx.row && inStatusList(c, lists));
        if (prominent && !success && own) success = `status says ${quote(status.word)}`;
        else if (!prominent && own && !plainSuccess) plainSuccess = `the only status shown says ${quote(status.word)}`;
        continue;
      }
      const [weight, where] = labelled
        ? [5, 'status field']
        : ctx.alert
          ? [5, 'alert']
          : ctx.status || ctx.errorClass
            ? [5, 'status badge']
            : ctx.dialog
              ? [4, 'dialog']
              : ctx.heading || ctx.titleClass
                ? [4, 'heading']
                : [txPage ? 4 : 2, 'status text'];
      // A lone "Error" heading or alert is as often a 404 or a login error: only a status field
      // or badge makes it a transaction's status. "Cancelled" may be the reader's own doing, and
      // "Expired" a card's state: each needs more (a reason, the transaction's details) around it.
      const capped =
        /^error$/i.test(status.word) && !labelled && !ctx.status
          ? Math.min(weight, 2)
          : SOFT_STATUS.test(status.word)
            ? Math.min(weight, /cancel/i.test(status.word) ? 2 : 3)
            : weight;
      best = {
        c,
        ctx,
        hit: { seg: i, weight: capped, signal: `${where} says ${quote(status.word)}`, message: clean(raw(i)).slice(0, 300), phrase: false },
      };
      if (ctx.chat) best.hit.chat = true;
      if (where === 'status text' && capped === weight) plainStatus.push(best.hit);
    }
    // A status word in a badge already weighs as much as any sentence in the same place could.
    if (c.trigger && (!best || best.hit.weight < 3)) {
      const phrase = phraseHit(c, clean(raw(i)));
      if (phrase && (!best || phrase.hit.weight > best.hit.weight)) best = phrase;
    }
    if (best) fails.push(best);
  }

  // A bare "Failed" in unstyled markup (hashed class names) is the page's status when it is the
  // only status word shown: a one-transaction detail page, not a legend or a list.
  if (statusCount === 1) for (const hit of plainStatus) hit.weight = Math.max(hit.weight, 3);
  // Its mirror: a bare "Completed" that is the only status word shown is the page's own status, so
  // a failure told in its text ("Your first attempt was declined, …") is an earlier attempt's,
  // unless the text points at this transaction ("本笔转账失败").
  if (statusCount === 1 && !success && !fails.some((f) => f.hit.phrase && saidOfThis(f.hit))) success = plainSuccess;

  const hits: FailureHit[] = [];
  const listed: FailureHit[] = [];
  for (const f of fails) {
    if (f.ctx.row && !f.ctx.alert && !f.ctx.dialog && inStatusList(f.c, lists)) listed.push(f.hit);
    else hits.push(f.hit);
  }
  return { hits, success, listed };
}

/**
 * The candidate's text is a piece of a longer sentence, unstyled. A status that opens its block
 * and is set off from what follows by a dash or a colon ("Failed — this transaction was never
 * confirmed…", "Declined: …") is the status with its explanation, not a word inside a sentence.
 */
function inProse(c: Candidate, word: string): boolean {
  const ctx = c.place;
  if (!ctx || !c.message || ctx.status || ctx.alert || ctx.errorClass || ctx.heading || ctx.titleClass) return false;
  const lead = c.message.trimStart();
  if (lead.startsWith(word) && STATUS_LEAD.test(lead.slice(word.length))) return false;
  return c.message.length >= word.length + 40 && /[.!?](?:\s|$)|[。！？]/.test(c.message);
}

/** What sets a leading status off from its explanation: a dash or a colon. */
const STATUS_LEAD = /^\s*[—–:：]|^\s+-\s/;

/**
 * The candidate's row is one of a history's rows (surroundings.ts), answered once per list, by
 * the first of its rows asked about.
 */
function inStatusList(c: Candidate, known: Map<number, boolean>): boolean {
  if (c.list === undefined || c.list < 0) return false;
  let answer = known.get(c.list);
  if (answer === undefined) known.set(c.list, (answer = need(c.listed)));
  return answer;
}
