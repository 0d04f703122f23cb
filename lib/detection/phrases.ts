// Matching one text against the failure vocabulary, with the sentence-level checks that tell a
// real failure ("Your payment was declined") from advice, questions and marketing ("What to do
// if your payment is declined", "付款失败怎么办", "Never worry about failed transfers").
import {
  CONDITIONAL_BEFORE_ZH,
  DECORATION_CLASS,
  GROUP_SUBJECT_BEFORE,
  FAIL_PHRASE,
  FAIL_STATUS,
  HELP_PHRASING,
  HYPOTHETICAL_AFTER,
  HYPOTHETICAL_BEFORE,
  HYPOTHETICAL_INSIDE,
  PENDING_STATUS,
  STATUS_LABEL_PREFIX,
  SUCCESS_STATUS,
  VAGUE_FAIL_PHRASE,
  WEAK_FAIL_PHRASE,
} from './signals';

export interface PhraseMatch {
  quote: string;
  /** No explicit failure word: a shortfall or outage ('weak'), or generic trouble ('vague'). */
  weak: boolean;
  vague: boolean;
}

const STRONG_G = new RegExp(FAIL_PHRASE.source, 'gi');
const WEAK_G = new RegExp(WEAK_FAIL_PHRASE.source, 'gi');
const VAGUE_G = new RegExp(VAGUE_FAIL_PHRASE.source, 'gi');
const BREAK_BEFORE = /[.!?;](?=\s)|[。！？；|]/g;
const BREAK_AFTER = /[.!?;](?=\s|$)|[。！？；|]/;

function hypothetical(text: string, index: number, match: string): boolean {
  const before = text.slice(0, index);
  let start = 0;
  BREAK_BEFORE.lastIndex = 0;
  for (let m = BREAK_BEFORE.exec(before); m; m = BREAK_BEFORE.exec(before)) start = m.index + 1;
  const pre = before.slice(start);
  const after = text.slice(index + match.length);
  const end = after.search(BREAK_AFTER);
  const post = end < 0 ? after : after.slice(0, end);
  const endChar = end < 0 ? '' : after[end];
  if (endChar === '?' || endChar === '？' || /[?？]\s*$/.test(post)) return true;
  return (
    HYPOTHETICAL_BEFORE.test(pre) ||
    CONDITIONAL_BEFORE_ZH.test(pre) ||
    GROUP_SUBJECT_BEFORE.test(pre) ||
    HYPOTHETICAL_AFTER.test(after) ||
    HYPOTHETICAL_INSIDE.test(match) ||
    HELP_PHRASING.test(pre + match + post)
  );
}

const PLURAL_BARE =
  /^(?:payments|transactions|transfers|withdrawals|deposits|orders|purchases|charges|swaps|trades|txns|refunds|requests|cards)\s+(?:failed|declined|rejected|refused|denied|reverted|reversed|returned|bounced)\b/i;

/** Plural and unqualified, with a relative clause: "Payments that were declined aren't shown". */
const PLURAL_GENERIC =
  /^(?:payments|transactions|transfers|withdrawals|deposits|orders|purchases|charges|swaps|trades|refunds|requests)\s+(?:that|which)\b/i;

/**
 * "Payments declined: 3", "Transfers failed this week": a count's label; "Payments that were
 * declined…": what happens to such payments in general. Neither is one transaction's failure.
 */
function statistic(match: string): boolean {
  return PLURAL_BARE.test(match) || PLURAL_GENERIC.test(match);
}

/** The first failure statement in `text` that is not a question, advice or a hypothesis. */
export function matchFailure(text: string): PhraseMatch | null {
  for (const [re, weak, vague] of [
    [STRONG_G, false, false],
    [WEAK_G, true, false],
    [VAGUE_G, true, true],
  ] as const) {
    re.lastIndex = 0;
    for (let n = 0, m = re.exec(text); m && n < 6; n++, m = re.exec(text)) {
      if (!hypothetical(text, m.index, m[0]) && !statistic(m[0])) return { quote: m[0].trim(), weak, vague };
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return null;
}

type Polarity = 'fail' | 'success' | 'pending';

export interface StatusWord {
  word: string;
  polarity: Polarity;
  /** The text carried its own label ("Status: Failed"). */
  labelled: boolean;
}

const DECORATION = new RegExp(`^${DECORATION_CLASS}+|${DECORATION_CLASS}+$`, 'g');

/** A short text that is nothing but a status ("Declined", "Status: Fail", "✕ 交易失败"). */
export function statusWord(text: string): StatusWord | null {
  let word = text.replace(DECORATION, '');
  let labelled = false;
  const label = STATUS_LABEL_PREFIX.exec(word);
  if (label && label[0].length > 0 && label[0].length < word.length) {
    word = word.slice(label[0].length);
    labelled = true;
  }
  word = word.replace(DECORATION, '');
  if (!word || word.length > 40) return null;
  if (FAIL_STATUS.test(word)) return { word, polarity: 'fail', labelled };
  if (SUCCESS_STATUS.test(word)) return { word, polarity: 'success', labelled };
  if (PENDING_STATUS.test(word)) return { word, polarity: 'pending', labelled };
  return null;
}
