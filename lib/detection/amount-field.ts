// The transaction's amount among labelled fields near the failure. A field that names what was
// paid or sent ("应支付金额", "You sent", "Tokens Transferred") beats a plain "Amount", which
// beats an items' subtotal or an original price; a zero is the last resort (an explorer's
// "Value: 0 ETH" beside the token that moved). Nearest first within a rank.
import { findMoney, findValueMoney, type Money } from './money';
import { AMOUNT_LABEL, NOT_AMOUNT_LABEL } from './signals';

// What may follow an amount label: nothing, a colon, a bracketed unit, or the amount itself.
// "Deposit amount is below the minimum of 10 USDT" is a sentence, not a label.
const LABEL_END = /^\s*(?:$|[:：(（]|[-−+]?\s?[\d$€£¥￥₹₩₽₺₱฿₫₿Ξ◎]|[A-Z]{2,5}\$?\s?[\d.]|人民币|人民幣)/;
const PAID =
  /^(?:amount (?:due|paid|sent|to pay|charged)|total (?:due|paid|to pay|charged)|you (?:sent|paid|send|pay|tried to)|(?:(?:erc|bep|trc|spl)-?20 )?tokens? transfer|(?:应|應|实际|實際|实|實|需|待)(?:支)?付|(?:通证|通證|代币|代幣)(?:转账|轉賬))/i;
const SUBTOTAL = /^(?:sub-?total|items? total|original|list price|商品(?:总额|總額|金额|金額|总价|總價)|小计|小計|原价|原價)/i;
// A date or a time is never an amount, even under an "Amount" column heading.
const DATE_OR_TIME = /^\s*\d{4}[-/.年]\d{1,2}|^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|^\s*\d{1,2}:\d{2}/;

/** Segment indexes around `anchor`, nearest first, with their distance. */
export function* around(anchor: number, count: number, radius: number): Generator<[number, number]> {
  for (let d = 0; d <= radius; d++) {
    if (anchor + d < count) yield [anchor + d, d];
    if (d > 0 && anchor - d >= 0) yield [anchor - d, d];
  }
}

function valueIn(text: string, defaultCurrency: string | undefined): Money | null {
  return DATE_OR_TIME.test(text) ? null : findValueMoney(text, defaultCurrency);
}

/** The best labelled amount within `radius` segments of `anchor`; `text(i)` is segment i, cleaned. */
export function labelledAmount(
  text: (i: number) => string,
  count: number,
  anchor: number,
  radius: number,
  defaultCurrency?: string,
): Money | null {
  let best: { money: Money; rank: number } | null = null;
  for (const [i, d] of around(anchor, count, radius)) {
    const s = text(i);
    const m = s.length <= 200 ? AMOUNT_LABEL.exec(s) : null;
    if (!m || NOT_AMOUNT_LABEL.test(s.slice(0, m[0].length + 16)) || !LABEL_END.test(s.slice(m[0].length))) continue;
    let money = valueIn(s.slice(m[0].length), defaultCurrency);
    for (let k = 1; !money && k <= 2; k++) {
      const next = text(i + k);
      if (next.length > 80 || AMOUNT_LABEL.test(next) || NOT_AMOUNT_LABEL.test(next)) break;
      money = valueIn(next, defaultCurrency);
    }
    if (!money) continue;
    const kind = Number(money.amount) === 0 ? 3 : PAID.test(m[0]) ? 0 : SUBTOTAL.test(m[0]) ? 2 : 1;
    const rank = kind * 100 + d;
    if (!best || rank < best.rank) best = { money, rank };
  }
  return best?.money ?? null;
}

/** Up to 24 characters before `at`, within its clause ("余额不足。本次付款金额 …": only "本次付款金额 "). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 24), at);
  return before.slice(before.search(/[^。，；;,.!?！？]*$/));
}

/** A coin's code right before a price in another currency: "SOL $187.42", "TRX $0.2413". */
const TICKER = /\b[A-Z]{2,6}\s*$/;

/** The first amount in `text` not said of a balance, fee or limit ("your balance was €41.63"). */
export function moneyNotAbout(text: string, defaultCurrency: string | undefined): Money | null {
  for (let from = 0, n = 0; from < text.length && n < 4; n++) {
    const m = findMoney(text.slice(from), defaultCurrency);
    if (!m) return null;
    const at = from + m.index;
    if (!NOT_AMOUNT_LABEL.test(clauseBefore(text, at))) return { ...m, index: at };
    from = at + 1;
  }
  return null;
}

/** The nearest non-zero amount with a currency, unlabelled, that is no fee, balance or limit. */
export function looseAmount(text: (i: number) => string, count: number, anchor: number, defaultCurrency?: string): Money | null {
  for (const [i] of around(anchor, count, 15)) {
    const s = text(i);
    const m = findMoney(s, defaultCurrency);
    if (!m || Number(m.amount) === 0) continue;
    const label = text(i - 1);
    const before = clauseBefore(s, m.index);
    if (NOT_AMOUNT_LABEL.test(before) || TICKER.test(before) || (label.length <= 30 && NOT_AMOUNT_LABEL.test(label))) continue;
    return m;
  }
  return null;
}
