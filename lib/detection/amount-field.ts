// The transaction's amount among labelled fields near the failure. A field that names what was
// paid or sent ("应支付金额", "You sent", "Tokens Transferred") beats a plain "Amount", which
// beats an items' subtotal or an original price; a zero is the last resort (an explorer's
// "Value: 0 ETH" beside the token that moved). Nearest first within a rank.
import { ASSET_HEADING, assetCode, type CellFields } from './cell-fields';
import { currencyFor, findMoney, findValueMoney, isCrypto, splitMoney, type Money } from './money';
import { AMOUNT_LABEL, NOT_AMOUNT_LABEL } from './signals';

// What may follow an amount label: nothing, a colon, a bracketed unit, or the amount itself.
// "Deposit amount is below the minimum of 10 USDT" is a sentence, not a label.
const LABEL_END = /^\s*(?:$|[:：(（]|[-−+]?\s?[\d$€£¥￥₹₩₽₺₱฿₫₿Ξ◎]|[A-Z]{2,5}\$?\s?[\d.]|人民币|人民幣)/;
const PAID =
  /^(?:amount (?:due|paid|sent|to pay|charged)|grand total|total (?:due|paid|to pay|charged)|you (?:sent|paid|send|pay|tried to)|(?:(?:erc|bep|trc|spl)-?20 )?tokens? transfer|(?:应|應|实际|實際|实|實|需|待)(?:支)?付|(?:通证|通證|代币|代幣)(?:转账|轉賬))/i;
const SUBTOTAL = /^(?:sub-?total|items? total|original|list price|商品(?:总额|總額|金额|金額|总价|總價)|小计|小計|原价|原價)/i;
const VALUE = /^(?:\w+\s+)?value\b/i;
const TOTAL = /^total\b/i;
/**
 * What arrives after the fee is taken ("到账数量", "Amount received", "You'll receive"): on a
 * withdrawal or a transfer the net of what was sent, so the sent amount beats it (extract.ts).
 */
const NET =
  /^(?:(?:实际|實際|预计|預計)?(?:到账|到帳)|(?:amount|total) (?:to be )?received|net amount|you(?:'ll| will)? (?:receive|get)|(?:recipient|receiver|payee) (?:gets|receives|will (?:get|receive)))/i;
// A date or a time is never an amount, even under an "Amount" column heading.
const DATE_OR_TIME =
  /^\s*\d{4}[-/.年]\d{1,2}|^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|^\s*\d{1,2}:\d{2}|^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|^\s*\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;

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

/**
 * A value under a column heading that names an amount ("Amount" over "2,500.00"), its currency
 * from the value, else from the row's asset column, else the site's default.
 */
function underHeading(s: string, i: number, cells: CellFields, defaultCurrency: string | undefined): [RegExpExecArray, Money] | null {
  const heading = cells.heading(i);
  const h = heading && s.length <= 80 && !AMOUNT_LABEL.test(s) ? AMOUNT_LABEL.exec(heading) : null;
  if (!h || NOT_AMOUNT_LABEL.test(heading!)) return null;
  const marked = DATE_OR_TIME.test(s) ? null : findMoney(s, defaultCurrency);
  if (marked) return [h, marked];
  const bare = valueIn(s, undefined);
  if (!bare) return null;
  const currency = cells.rowCurrency(i) ?? (defaultCurrency ? currencyFor(defaultCurrency) : undefined);
  return [h, currency ? { ...bare, currency } : bare];
}

/**
 * The best labelled amount within `radius` segments of `anchor`; `text(i)` is segment i, cleaned.
 * `net` is set when the best is what arrives after a fee.
 */
export function labelledAmount(
  text: (i: number) => string,
  count: number,
  anchor: number,
  radius: number,
  defaultCurrency?: string,
  cells?: CellFields | null,
  inTable: (seg: number) => boolean = () => false,
): (Money & { net?: boolean }) | null {
  let best: { money: Money & { net?: boolean }; rank: number } | null = null;
  // `field` is the whole field name ("Amount received"), of which `label` is the matched start.
  const consider = (label: string, money: Money, d: number, field: string) => {
    // A "Value" is as often the fiat worth of what moved as the amount itself: an "Amount" wins.
    const net = NET.test(field);
    // A bare "Total" beside an "Amount" is that amount with its fee: the amount is the transaction's.
    const kind =
      Number(money.amount) === 0
        ? 3
        : PAID.test(label)
          ? 0
          : SUBTOTAL.test(label) || net
            ? 2
            : VALUE.test(label)
              ? 1.5
              : TOTAL.test(label)
                ? 1.2
                : 1;
    const rank = kind * 100 + d;
    if (!best || rank < best.rank) best = { money: net ? { ...money, net } : money, rank };
  };
  for (const [i, d] of around(anchor, count, radius)) {
    const s = text(i);
    const cell = cells ? underHeading(s, i, cells, defaultCurrency) : null;
    if (cell) {
      consider(cell[0][0], cell[1], d, cells!.heading(i) ?? '');
      continue;
    }
    const m = s.length <= 200 ? AMOUNT_LABEL.exec(s) : null;
    if (!m || NOT_AMOUNT_LABEL.test(s.slice(0, m[0].length + 16)) || !LABEL_END.test(s.slice(m[0].length))) continue;
    let money = valueIn(s.slice(m[0].length), defaultCurrency);
    // An explorer's transfer line names its parties before the tokens: "Tokens transferred" |
    // "From T9yD…Ky5LL To" | "TyCM…uEJY72" | "1,000 USDT". Their addresses are passed over.
    for (let k = 1, reach = 2; !money && k <= reach; k++) {
      const next = text(i + k);
      // A table's cell is read under its own column heading, never as the value of a name before it.
      if (next.length > 80 || AMOUNT_LABEL.test(next) || NOT_AMOUNT_LABEL.test(next) || inTable(i + k)) break;
      if (reach < MAX_REACH && PARTIES.test(next)) {
        reach++;
        continue;
      }
      money = valueIn(next, undefined);
      // A key/value table may name the currency in a row of its own ("Currency" | "USDT"); an
      // app may set the code apart after the number ("0.5" | "ETH").
      const currency = money && !money.currency ? (cells?.rowCurrency(i + k) ?? assetCode(text(i + k + 1))) : undefined;
      if (money && currency) money = { ...money, currency };
      else if (money && !money.currency && defaultCurrency) money = { ...money, currency: currencyFor(defaultCurrency) };
    }
    // A table's values are read under its headings (cells.ts), never by position.
    if (!money && s.length === m[0].length) money = gridValue(text, i, anchor, defaultCurrency, inTable);
    if (money) consider(m[0], money, d, s);
  }
  return (best as { money: Money } | null)?.money ?? null;
}

/**
 * A text of nothing but from / to words and addresses (shortened "TRp8NT...Ky5LL", 0x-hex, or a
 * long base58 string): the parties of a transfer, never its amount.
 */
const PARTIES =
  /^(?:\s*(?:from|to|for|从|從|至|到|→|->|[A-Za-z0-9]{2,}(?:\.{2,3}|…)[A-Za-z0-9]{2,}|0x[0-9a-fA-F]{6,}|[1-9A-HJ-NP-Za-km-z]{25,}))+\s*$/i;
const MAX_REACH = 5;

/** A field's name on its own: short, no digits, no sentence. */
const LABEL_ONLY = /^[^\d.!?。！？]{1,24}$/;
const MAX_GRID = 6;

/**
 * A row of field names over a row of their values, without a table rows: "Amount | Asset |
 * Network" then "250.00 | USDC | Polygon". The label at `i` is the j-th of k names in a row; its
 * value is the j-th text after them, its currency that of an asset column in the same grid. A
 * heading before the names (an "Amount" section title) may look like one more name: the row is
 * taken from the earliest start at which the asset column, if any, lines up with a code. Another
 * known field name (asset, fee, rate, balance, amount) must be among the names: a run of short
 * texts is otherwise just a list.
 */
function gridValue(
  text: (i: number) => string,
  i: number,
  anchor: number,
  defaultCurrency: string | undefined,
  inTable: (seg: number) => boolean,
): Money | null {
  // A code ("ETH", "USDT (TRC20)") is a value of the asset column, not a name.
  const isLabel = (t: string) => LABEL_ONLY.test(t.trim()) && !findMoney(t) && !assetCode(t);
  // The failure's own text ("Payment expired") is no field name, though as short.
  let first = i;
  while (i - first < MAX_GRID && first > 0 && first - 1 !== anchor && isLabel(text(first - 1))) first--;
  let end = i;
  while (end - first < MAX_GRID - 1 && end + 1 !== anchor && isLabel(text(end + 1))) end++;
  for (let start = first; start <= i; start++) {
    const k = end - start + 1;
    if (k < 2) return null;
    const names = Array.from({ length: k }, (_, a) => text(start + a).trim());
    if (!names.some((n, a) => start + a !== i && (ASSET_HEADING.test(n) || AMOUNT_LABEL.test(n) || NOT_AMOUNT_LABEL.test(n)))) continue;
    const value = text(i + k);
    const money = value.length <= 40 && !isLabel(value) && !inTable(i + k) ? valueIn(value, undefined) : null;
    if (!money) continue;
    const asset = names.findIndex((n) => ASSET_HEADING.test(n));
    if (asset < 0) return money.currency || !defaultCurrency ? money : { ...money, currency: currencyFor(defaultCurrency) };
    const code = assetCode(text(start + asset + k));
    if (code) return money.currency ? money : { ...money, currency: code };
  }
  return null;
}

/** Up to 24 characters before `at`, within its clause ("余额不足。本次付款金额 …": only "本次付款金额 "). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 24), at);
  return before.slice(before.search(/[^。，；;,.!?！？]*$/));
}

/**
 * A coin's code right before a price in another currency: "SOL $187.42", "TRX $0.2413", or with a
 * colon when the code is a coin's ("POL: $0.3421", where "TOTAL: $5" is a label).
 */
const TICKER = /\b([A-Z]{2,6})(:?)\s*$/;
const ticker = (before: string) => {
  const t = TICKER.exec(before);
  return !!t && (!t[2] || isCrypto(t[1]));
};

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

/** A fiat equivalent in brackets after an amount: "2.5 SOL ($367.05)", "(≈ $2.60)". */
const BRACKETED = /[(（[]\s*[≈~]?\s*$/;
/** Approximately so much money ("≈ $1,650.22" under "0.5 ETH"): a fiat worth, never what moved. */
const APPROX = /[≈≃]\s*$/;

/** A token standard or network shown beside a coin's code ("ETH" | "ERC20" | "0.5"). */
const NETWORK = /^(?:[A-Z]{3}-?(?:20|721|1155)|BEP-?2)$/;
/** A text that is nothing but a signed number. */
const NUMBER_ONLY = /^[-−–+]?\s?\d[\d,.\u00a0\u202f' ’]*$/;

/**
 * An app's headline amount with the coin set apart before its number: "USDT" | "-250", "ETH" |
 * "ERC20" | "0.5" (the mirror of "0.5" | "ETH"). The number must be all of its text.
 */
function codeBefore(s: string, prev: string, prev2: string): Money | null {
  if (!NUMBER_ONLY.test(s)) return null;
  const code = NETWORK.test(prev.trim()) ? assetCode(prev2) : assetCode(prev);
  if (!code || NETWORK.test(code)) return null;
  const m = findValueMoney(s);
  return m ? { ...m, currency: code } : null;
}

/** A signed figure with cents and nothing else: "-88.00", "+1,280.00", "− 12.50". */
const SIGNED_FIGURE = /^[-−–+]\s?\d{1,3}(?:[,\u00a0\u202f' ’]?\d{3})*[.,]\d{2}$/;

/**
 * A payment app's headline amount shown as a bare signed figure ("-88.00" on the amount card of
 * a transaction's detail, the currency implied by the app): the site's own currency. The sign
 * says money went out or came in; an unsigned bare number may be anything (a count, a rate). In
 * a table, such figures are a history's and are read under their column heading (cells.ts).
 */
function signedFigure(s: string, defaultCurrency: string | undefined): Money | null {
  if (!defaultCurrency || !SIGNED_FIGURE.test(s.trim())) return null;
  const m = findValueMoney(s.trim(), defaultCurrency);
  return m?.currency ? m : null;
}

/**
 * The nearest non-zero amount with a currency, unlabelled, that is no fee, balance, limit or fiat
 * equivalent. The label of an amount shown as a value and its equivalent ("Fee" | "0.00086 ETH" |
 * "$2.60") is the text before the first of them.
 */
export function looseAmount(
  text: (i: number) => string,
  count: number,
  anchor: number,
  defaultCurrency?: string,
  inTable: (seg: number) => boolean = () => false,
): Money | null {
  for (const [i] of around(anchor, count, 15)) {
    const s = text(i);
    const m =
      findMoney(s, defaultCurrency) ??
      splitMoney(s, text(i + 1)) ??
      codeBefore(s, text(i - 1), text(i - 2)) ??
      (inTable(i) ? null : signedFigure(s, defaultCurrency));
    if (!m || Number(m.amount) === 0) continue;
    let label = text(i - 1);
    const prev = label.length <= 30 ? findMoney(label) : null;
    // A fiat amount right under a coin's amount ("0.3 ETH" | "$986.41") is its worth.
    if (prev && isCrypto(prev.currency) && !isCrypto(m.currency)) continue;
    if (prev) label = text(i - 2);
    const before = clauseBefore(s, m.index);
    // The label may end a longer text: "Business Checking ••2209 · Available balance " | "$48,716.25".
    if (
      NOT_AMOUNT_LABEL.test(before) ||
      ticker(before) ||
      BRACKETED.test(before) ||
      (APPROX.test(before) && !isCrypto(m.currency)) ||
      NOT_AMOUNT_LABEL.test(clauseBefore(label, label.length))
    )
      continue;
    return m;
  }
  return null;
}
