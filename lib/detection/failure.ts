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
import { contextOf, type TextContext } from './context';
import {
  FAIL_TRIGGER, FAIL_TRIGGER_ZH, FAIL_TRIGGER_ZH_LEAD, HAS_HAN, LOGIN_CONTEXT, STATUS_LABEL_ONLY, STATUS_LINE,
} from './signals';
import { matchFailure, statusWord } from './phrases';
import { clean } from './clean';
import { blockText } from './element-text';
import { holderOf, segmentsMatching, type PageText, type Segment } from './text';

export interface FailureHit {
  /** Segment the hit sits in: the anchor for extracting the transaction. */
  seg: number;
  weight: number;
  /** Plain-English wording for the signal, with the quote. */
  signal: string;
  /** The element's text: the failure message as shown. */
  message: string;
  phrase: boolean;
}

export interface FailureScan {
  hits: FailureHit[];
  /** A success / pending status shown as the page's status (not in a list). */
  success: string | null;
  /** Failure hits left out because they sit in rows of a transaction list. */
  listIgnored: number;
}

const MAX_CANDIDATES = 300;
const MAX_OTHER_STATUS = 20;

/** A failure statement in one segment, weighed by where it sits; null when none or not shown. */
function phraseHit(seg: Segment, i: number): Candidate | null {
  const text = clean(seg.raw);
  const match = matchFailure(text);
  if (!match) return null;
  const el = holderOf(seg);
  if (!el) return null;
  const ctx = contextOf(el);
  if (ctx.hidden || ctx.excluded) return null;
  const message = blockText(el, text);
  if (LOGIN_CONTEXT.test(message)) return null;
  const styled = ctx.heading || ctx.titleClass || ctx.errorClass || ctx.status;
  let weight: number;
  let where: string;
  if (!ctx.alert && !ctx.dialog && besideInvalidField(el)) [weight, where] = [4, 'form field error'];
  else if (match.weak) {
    const announced = match.vague ? 3 : 4;
    [weight, where] = ctx.alert || ctx.dialog ? [announced, ctx.alert ? 'alert' : 'dialog'] : styled ? [2, 'highlighted text'] : [1, 'text'];
  } else if (EXPLORER.test(match.quote)) [weight, where] = [5, 'explorer error field'];
  else if (ctx.alert) [weight, where] = [5, 'alert'];
  else if (ctx.dialog) [weight, where] = [4, 'dialog'];
  // In an article, headings and prose about failures are what the article is about.
  else if (ctx.heading || ctx.titleClass) [weight, where] = [ctx.article ? 3 : 4, 'heading'];
  else if (ctx.errorClass || ctx.status) [weight, where] = [4, 'error-styled text'];
  else [weight, where] = [message.length <= 240 && !ctx.article ? 3 : 1, 'text'];
  return { seg: i, ctx, hit: { seg: i, weight, signal: `${where} says ${quote(match.quote)}`, message, phrase: true } };
}

const EXPLORER = /execution reverted|error in (?:main |internal )?txn|fail(?:ed)? with error|error (?:encountered|occurred) during|out of (?:gas|energy)/i;
const quote = (s: string) => `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`;

interface Candidate { seg: number; ctx: TextContext; hit: FailureHit; }


export function scanFailures(text: PageText, txPage: boolean): FailureScan {
  const { segs } = text;
  const fails: Candidate[] = [];
  let success: string | null = null;
  const lists = new Map<Element, boolean>();
  const plainStatus: FailureHit[] = [];
  // Success / pending words only tell "this page's status is fine": the first few suffice, and a
  // long history must not use up the reading budget before the failed rows or the detail panel.
  // Every failure word, status or sentence, holds a trigger word: one scan finds both kinds.
  const latin = segmentsMatching(text, FAIL_TRIGGER, MAX_CANDIDATES);
  const han = HAS_HAN.test(text.joined)
    ? segmentsMatching(text, FAIL_TRIGGER_ZH_LEAD, MAX_CANDIDATES, undefined, FAIL_TRIGGER_ZH) : [];
  const phraseAt = new Set([...latin, ...han].sort((a, b) => a - b).slice(0, MAX_CANDIDATES));
  // No failure words at all: no need to look for the success / pending words that would outweigh them.
  if (!phraseAt.size) return { hits: [], success: null, listIgnored: 0 };
  const otherStatusAt = segmentsMatching(text, STATUS_LINE, MAX_OTHER_STATUS, (m) => m[1] === undefined);
  const order = [...new Set([...phraseAt, ...otherStatusAt])].sort((a, b) => a - b);
  let statusCount = 0;

  for (const i of order) {
    const seg = segs[i]!;
    let best: Candidate | null = null;
    const status = seg.raw.length <= 80 ? statusWord(clean(seg.raw)) : null;
    if (status) statusCount++;
    const el = status ? holderOf(seg) : null;
    if (status && el) {
      const ctx = contextOf(el);
      if (ctx.hidden || ctx.excluded) continue;
      const labelled = status.labelled || (i > 0 && STATUS_LABEL_ONLY.test(clean(segs[i - 1]!.raw)));
      const prominent = labelled || ctx.status || ctx.alert || ctx.heading || ctx.errorClass || ctx.titleClass;
      if (status.polarity !== 'fail') {
        if (prominent && !success && !(ctx.row && inStatusList(ctx.row, lists))) success = `status says ${quote(status.word)}`;
        continue;
      }
      const [weight, where] = labelled ? [5, 'status field'] : ctx.alert ? [5, 'alert'] :
        ctx.status || ctx.errorClass ? [5, 'status badge'] : ctx.dialog ? [4, 'dialog'] :
        ctx.heading || ctx.titleClass ? [4, 'heading'] : [txPage ? 4 : 2, 'status text'];
      // A lone "Error" heading or alert is as often a 404 or a login error: only a status field
      // or badge makes it a transaction's status.
      const capped = /^error$/i.test(status.word) && !labelled && !ctx.status ? Math.min(weight, 2) : weight;
      best = { seg: i, ctx, hit: { seg: i, weight: capped, signal: `${where} says ${quote(status.word)}`, message: clean(seg.raw).slice(0, 300), phrase: false } };
      if (where === 'status text' && capped === weight) plainStatus.push(best.hit);
    }
    // A status word in a badge already weighs as much as any sentence in the same place could.
    if (phraseAt.has(i) && (!best || best.hit.weight < 3)) {
      const phrase = phraseHit(seg, i);
      if (phrase && (!best || phrase.hit.weight > best.hit.weight)) best = phrase;
    }
    if (best) fails.push(best);
  }

  // A bare "Failed" in unstyled markup (hashed class names) is the page's status when it is the
  // only status word shown: a one-transaction detail page, not a legend or a list.
  if (statusCount === 1) for (const hit of plainStatus) hit.weight = Math.max(hit.weight, 3);

  const hits: FailureHit[] = [];
  let listIgnored = 0;
  for (const c of fails) {
    if (c.ctx.row && !c.ctx.alert && !c.ctx.dialog && inStatusList(c.ctx.row, lists)) listIgnored++;
    else hits.push(c.hit);
  }
  return { hits, success, listIgnored };
}

// No word boundaries: a row's textContent runs its cells together ("Withdraw" + "Completed"), so
// only words long enough not to hide inside others.
const ROW_STATUS = /completed?|success|succeeded|pending|processing|failed|declined|rejected|cancell?ed|refunded|returned|reversed|received|confirmed|expired|成功|失败|失敗|处理中|處理中|已完成|完成|关闭|關閉|待支付|待付款|退款|已取消|已拒绝|确认中/i;
const MAX_SIBLINGS = 4;
const PANEL_PARTS = 'h1, h2, h3, [role="alert"], dl, table';

/**
 * `row` is one of a history's rows: at least two of its nearest sibling rows (same tag) show a
 * status word too. Key/value rows of a detail view ("Amount", "Reference") do not. Answered once
 * per list (the rows' parent).
 */
function inStatusList(row: Element, known: Map<Element, boolean>): boolean {
  const list = row.parentElement;
  if (!list) return false;
  const seen = known.get(list);
  if (seen !== undefined) return seen;
  const answer = statusSiblings(row);
  known.set(list, answer);
  return answer;
}

function statusSiblings(row: Element): boolean {
  // A row is compact: a card with a heading, an alert or a list of fields is a panel.
  if (row.childElementCount > 40 || row.querySelector(PANEL_PARTS)) return false;
  let found = 0;
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
    let sib = row[step];
    for (let n = 0; sib && n < MAX_SIBLINGS; n++, sib = sib[step]) {
      if (sib.localName !== row.localName || sib.childElementCount > 40) continue;
      const text = sib.textContent ?? '';
      if (ROW_STATUS.test(text.length > 400 ? text.slice(0, 400) : text) && ++found >= 2) return true;
    }
  }
  return false;
}

/** The error text of an invalid form field next to `el` (same field wrapper, 3 levels at most). */
function besideInvalidField(el: Element): boolean {
  let a: Element | null = el.parentElement;
  for (let level = 0; a && level < 3; level++, a = a.parentElement) {
    if (a.childElementCount > 12) return false;
    if (a.querySelector('[aria-invalid="true"]')) return true;
  }
  return false;
}
