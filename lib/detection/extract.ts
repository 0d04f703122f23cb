// The failed transaction's reference, amount and currency, read from the text segments around the
// failure (document order, nearest first): labelled fields win over loose numbers, and fees,
// balances and limits are never taken for the amount.
import { around, labelledAmount, looseAmount, moneyNotAbout } from './amount-field';
import type { Cell } from './cells';
import { cellFields } from './cell-fields';
import { clean } from './clean';
import { READ_BEFORE } from './reading';

export interface Extracted {
  id?: string;
  amount?: string;
  currency?: string;
  /** A reference or a labelled amount sits near the failure: it is about one transaction. */
  labelled: boolean;
}

// Segments searched on each side of the failure; the reading keeps them (reading.ts).
const WINDOW = READ_BEFORE;
// Checked in this order, first match per text wins: a merchant's own order number is a weaker
// reference than the provider's transaction number (Alipay shows both).
const ID_LABELS: ReadonlyArray<readonly [RegExp, number]> = [
  [
    /(?:merchant|partner|商户|商戶|商家)\s*(?:order|transaction|reference|订单|訂單|交易)?\s*(?:id|#|no\.?|number|号|號|单号|單號|编号|編號)/i,
    3,
  ],
  [
    /(?:transaction|txn|tx)\s*(?:hash|id|signature|reference|ref\.?|no\.?|number|#)|\bsignature\b|交易(?:号|號|单号|單號|编号|編號|流水号|流水號|哈希|ID)|(?:订单|訂單)(?:号|號|编号|編號)|流水号|流水號|(?:转账|轉賬|提现|提現|付款|支付|充值|汇款|匯款|退款|提币|提幣)(?:单号|單號|编号|編號|流水号|订单号)|(?:交易|订单|訂單|转账|轉賬|提现|提現|充值|提币|提幣|支付|付款)\s*ID/i,
    1,
  ],
  [
    /(?:payment|transfer|order|withdrawal|deposit|trade|request|receipt|confirmation|invoice|reference|ref\.?)\s*(?:id|#|no\.?|number|code)|\breference\b|\bidentifier\b|\bref\.?(?=\s*[:：#])|参考号|參考號|凭证号|憑證號|业务单号|業務單號/i,
    2,
  ],
  // Chinese field names end in what they are: 指令序号, 明细单号, 业务编号 (never 账号 or 卡号).
  [/^[\u4e00-\u9fff]{0,5}(?:单号|單號|序号|序號|编号|編號|流水号|流水號|请求号|請求號|批次号|批次號)/, 2],
  [/\bhash\b|哈希/i, 4],
  // Any other "<name> ID" that is a field's whole name ("Algo ID", "Batch ID"), never a person's,
  // an account's or a device's: the weakest, taken only when nothing better is near.
  [
    /^(?!(?:user|account|customer|member|device|client|wallet|card|login|session|api|app|tax|national|passport|union|open)\s)[a-z]{2,12}\s+id\s*[:：]?$/i,
    5,
  ],
];
/**
 * What may follow a reference's field name when its value is the next text: nothing, or the name
 * again in another language ("交易编号 Transaction ID", "Reference 参考号"), short and without digits.
 */
const NAME_REST = /^[^\d.!?。！？,，;；]{0,24}$/;
// One or two dots may join a reference's parts ("GPA.3319-4472-0185-66420..2", a renewal's order
// number); three (or "…") are an ellipsis that shortens a hash for display ("0x7b3e…a91c"): the
// reference is then the shortened form as shown, never its first half alone.
const ID_TOKEN = /^#?\s?([A-Za-z0-9](?:[A-Za-z0-9_-]|\.{1,2}(?=[A-Za-z0-9]))*(?:(?:…|\.{3})[A-Za-z0-9]{3,}(?![A-Za-z0-9.…]))?)/;
/** A reference shown shortened ("0x7b3e…a91c") yields to any reference shown whole nearby. */
const shortenedBy = (id: string) => (/…|\.{3}/.test(id) ? 1_000 : 0);
const AFTER_LABEL = /^\s*(?:[:：#№]|\bis\b|为|為|是)?\s*/i;
const HASHES = [
  /(?<![0-9A-Za-z])0x[0-9a-fA-F]{64}(?![0-9A-Za-z])/,
  /(?<![0-9A-Za-z])[0-9a-fA-F]{64}(?![0-9A-Za-z])/,
  /(?<![1-9A-HJ-NP-Za-km-z])[1-9A-HJ-NP-Za-km-z]{87,88}(?![1-9A-HJ-NP-Za-km-z])/,
];

const MESSAGE_ID = /\b(?:ID|ref(?:erence)?|no\.)\s*[:#]?\s*([A-Za-z0-9][A-Za-z0-9_-]{3,})/;

function plausibleId(token: string): boolean {
  if (token.length < 4 || token.length > 130 || !/\d/.test(token)) return false;
  // An account address (0x and 40 hex digits) names a wallet, never a transaction.
  if (/^0x[0-9a-fA-F]{40}$/.test(token)) return false;
  if (/^\d{4}[-/]\d{1,2}[-/]\d{1,2}$|^\d{1,2}[-/]\d{1,2}[-/]\d{2,4}$/.test(token)) return false;
  return true;
}

function idAfter(text: string): string | null {
  const m = ID_TOKEN.exec(text.replace(AFTER_LABEL, ''));
  return m && plausibleId(m[1]!) ? m[1]! : null;
}

function shownNear(text: (i: number) => string, anchor: number, count: number, id: string): boolean {
  const want = id.toLowerCase();
  for (const [i] of around(anchor, count, WINDOW)) if (text(i).toLowerCase().includes(want)) return true;
  return false;
}

/** `segs`: the raw segment texts (reading.ts `segmentTexts`); `anchor`: the failure's segment. */
export function extractTransaction(
  segs: readonly string[],
  anchor: number,
  defaultCurrency: string | undefined,
  urlId: string | null,
  message: string,
  cells?: readonly Cell[],
  /** Where the failure is told in words, when not at `anchor` (a status field's row, say). */
  told?: number,
): Extracted {
  const text = (i: number) => (i >= 0 && i < segs.length ? clean(segs[i] ?? '') : '');
  const out: Extracted = { labelled: false };

  const fields = cellFields(cells, anchor, text);
  let bestId: { id: string; rank: number } | null = null;
  for (const [i, d] of around(anchor, segs.length, WINDOW)) {
    const s = text(i);
    if (s.length > 300) continue;
    // A value under a column heading that names a reference ("Reference ID" | "FTKZ3Q-…").
    const heading = fields?.heading(i);
    const headed = heading ? ID_LABELS.find(([re]) => re.test(heading)) : undefined;
    const cellId = headed ? idAfter(s) : null;
    if (headed && cellId && cellId.length === s.trim().length) {
      const rank = headed[1] * 100 + d + shortenedBy(cellId);
      if (!bestId || rank < bestId.rank) bestId = { id: cellId, rank };
      continue;
    }
    for (const [re, prio] of ID_LABELS) {
      const m = re.exec(s);
      if (!m) continue;
      const rest = s.slice(m.index + m[0].length);
      const id = idAfter(rest) ?? (NAME_REST.test(rest) ? (idAfter(text(i + 1)) ?? idAfter(text(i + 2))) : null);
      const rank = prio * 100 + d + (id ? shortenedBy(id) : 0);
      if (id && (!bestId || rank < bestId.rank)) bestId = { id, rank };
      break;
    }
  }
  // The hash the URL names, shown near the failure, is the page's own: another hash there (under
  // "Hash", in a link) is a replacement, a parent or a linked transaction.
  const urlHash = urlId && urlId.length >= 40 && (!bestId || bestId.id.length >= 40) && shownNear(text, anchor, segs.length, urlId);
  if (urlHash) out.id = urlId;
  else if (bestId) out.id = bestId.id;
  else {
    for (const re of HASHES) {
      for (const [i] of around(anchor, segs.length, WINDOW)) {
        const m = re.exec(text(i));
        if (m) {
          out.id = m[0];
          break;
        }
      }
      if (out.id) break;
    }
    // The failure message names its transaction: "Your withdrawal (ID 5721901846) was rejected",
    // or the explanation right under it does (a notice's title, then its body).
    const at = told ?? anchor;
    for (const said of [message, text(at + 1), text(at + 2)]) {
      const inMessage = MESSAGE_ID.exec(said);
      if (out.id || !inMessage || !plausibleId(inMessage[1]!)) continue;
      out.id = inMessage[1]!;
    }
    if (!out.id && urlId) out.id = urlId;
  }

  const tableSegs = new Set(cells?.map((c) => c[0]));
  const inTable = (seg: number) => tableSegs.has(seg);
  let money = labelledAmount(text, segs.length, anchor, WINDOW, defaultCurrency, fields, inTable);
  out.labelled = !!bestId || !!money;
  // What arrived after the fee is the net of what was sent: the sent amount, shown unlabelled as
  // the page's headline ("ETH" | "0.5" over "到账数量" | "0.4988 ETH"), is the transaction's.
  if (money?.net) {
    const sent = looseAmount(text, segs.length, anchor, defaultCurrency, inTable);
    if (sent && sent.currency === money.currency && Number(sent.amount) > Number(money.amount)) money = sent;
  }
  // A zero ("Value: 0 POL" on a token transfer) yields to a non-zero amount shown nearby.
  if (!money || Number(money.amount) === 0)
    money =
      moneyNotAbout(message, defaultCurrency) ??
      looseAmount(text, segs.length, anchor, defaultCurrency, inTable) ??
      // The statement of the failure sits by the amount it is about as often as the status does.
      (told !== undefined && told !== anchor ? looseAmount(text, segs.length, told, defaultCurrency, inTable) : null) ??
      money;
  if (money) {
    out.amount = money.amount;
    if (money.currency) out.currency = money.currency;
  }
  return out;
}
