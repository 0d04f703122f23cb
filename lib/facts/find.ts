import type { PageDetection } from '../detection/types';
import { findMoney } from '../detection/money';
import { checkAddress } from './address';
import { findDates } from './datetime';
import type { Segment } from './read';
import { type Fact, MAX_FACTS, MAX_FACT_VALUE, MAX_FACT_WHERE } from './types';

// What a label says its value is (English and Chinese, as wallets and support mail word it).
const TX_LABEL =
  /\b(?:tx|txn|transaction|txid|hash|order|payment)\b.*\b(?:id|hash|no|number|#)|^(?:tx|txn)?\s*hash$|交易(?:号|单号|编号|哈希|ID)|订单号|流水号|哈希/i;
const REF_LABEL = /\b(?:ticket|case|request|complaint|dispute|claim|reference|ref)\b|工单|案件|投诉|受理|服务单/i;
const AMOUNT_LABEL = /\b(?:amount|value|total|sent|received|paid|price|sum)\b|金额|数量|总计|实付/i;
const PARTY_LABEL =
  /^(?:to|recipient|payee|merchant|seller|sent to|paid to|receiver|beneficiary|counterparty|from|sender|payer)\b|收款方|收款人|收款账户|对方|商户|商家|付款方|转账对象/i;
const ADDRESS_LABEL = /\b(?:address|wallet|to|from|recipient|destination|contract)\b|地址|钱包/i;

// A reference in running text ("Your case number is 04512345", "工单号：WT-88123").
const REF_INLINE =
  /\b(?:ticket|case|request|complaint|dispute|claim|reference)\s*(?:number|no\.?|id|#)?\s*(?:is\s*)?[:#：]?\s*#?([A-Z0-9][A-Z0-9-]{3,39})\b|(?:工单(?:号|编号)|案件编号|投诉(?:编号|单号)|受理(?:编号|号)|服务单号)\s*[:：]?\s*([A-Z0-9][A-Z0-9-]{3,39})/gi;
const ID_TOKEN = /\b[A-Z0-9][A-Z0-9-]{3,39}\b/i;
const EVM_HASH = /\b0x[0-9a-fA-F]{64}\b/g;
const HEX_HASH = /(?<![0-9a-zA-Z])[0-9a-fA-F]{64}(?![0-9a-zA-Z])/g;
const EVM_ADDRESS = /\b0x[0-9a-fA-F]{40}\b/g;
const BECH32 = /\b(?:bc|tb)1[02-9ac-hj-np-z]{6,87}\b/gi;
const BASE58 = /(?<![0-9A-Za-z])[1-9A-HJ-NP-Za-km-z]{25,88}(?![0-9A-Za-z])/g;

const hasDigit = (s: string) => /\d/.test(s);
const mixed = (s: string) => /\d/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s);

function addresses(seg: Segment, push: (f: Fact) => void): void {
  const found = [...seg.text.matchAll(EVM_ADDRESS), ...seg.text.matchAll(BECH32), ...seg.text.matchAll(BASE58)];
  for (const m of found) {
    const token = m[0];
    if (token.length >= 86 && mixed(token)) {
      push({ type: 'transaction-id', value: token, network: 'solana', where: seg.where });
      continue;
    }
    const verdict = checkAddress(token);
    if (!verdict) continue;
    // A base58 word of no known form that fails its check is kept only where the page calls it an
    // address: elsewhere it is some other identifier (an order id, a token).
    const labelled = ADDRESS_LABEL.test(seg.label ?? '');
    if (verdict.valid === false && !labelled && (verdict.network === 'solana' || !mixed(token))) continue;
    if (verdict.network === 'solana' && !mixed(token)) continue;
    push({ type: 'address', value: token, ...verdict, where: seg.where });
  }
}

function segmentFacts(seg: Segment, push: (f: Fact) => void): void {
  const { text, label = '', where } = seg;
  for (const m of text.matchAll(EVM_HASH)) push({ type: 'transaction-id', value: m[0], network: 'evm', where });
  for (const m of text.matchAll(HEX_HASH)) push({ type: 'transaction-id', value: m[0], where });
  addresses(seg, push);
  for (const d of findDates(text)) push({ type: 'datetime', value: d.text, iso: d.iso, where });
  for (const m of text.matchAll(REF_INLINE)) push({ type: 'reference', value: (m[1] ?? m[2])!, where });
  if (!label) return;
  const token = ID_TOKEN.exec(text)?.[0];
  const idLike = token !== undefined && hasDigit(token) && text.length <= 80;
  if (idLike && REF_LABEL.test(label) && !TX_LABEL.test(label)) push({ type: 'reference', value: token, where });
  else if (idLike && TX_LABEL.test(label)) push({ type: 'transaction-id', value: token, where });
  if (AMOUNT_LABEL.test(label)) {
    const money = findMoney(text);
    if (money) push({ type: 'amount', value: money.amount, ...(money.currency && { currency: money.currency }), where });
  }
  if (PARTY_LABEL.test(label) && text.length <= 100 && !/\d{6,}|0x[0-9a-f]{6}/i.test(text) && !findMoney(text)) {
    push({ type: 'counterparty', value: text, where });
  }
}

// An EVM hash is the same in any letter case; an address only where one spelling carries no
// checksum (a link's lower-case copy of a shown address): a wrongly cased one must stay apart.
const key = (f: Fact) =>
  `${f.type}\u0000${f.network === 'evm' && (f.type === 'transaction-id' || f.valid === undefined) ? f.value.toLowerCase() : f.value}\u0000${f.currency ?? ''}`;

/**
 * The structured facts of a page: what the parsers find in each labelled segment, the detector's
 * reading (its transaction) where they missed it, then the page's address. One fact per type and value
 * (the first place it was found), at most MAX_FACTS.
 */
export function findFacts(segments: readonly Segment[], url: string, detection: PageDetection | null): Fact[] {
  const out: Fact[] = [];
  const seen = new Set<string>();
  const push = (f: Fact) => {
    const fact = { ...f, value: f.value.slice(0, MAX_FACT_VALUE), ...(f.where && { where: f.where.slice(0, MAX_FACT_WHERE) }) };
    const k = key(fact);
    if (out.length >= MAX_FACTS || seen.has(k)) return;
    // A 64-digit hex already found with its 0x prefix is the same hash.
    if (fact.type === 'transaction-id' && !fact.network && seen.has(`transaction-id\u00000x${fact.value.toLowerCase()}\u0000`)) return;
    if (fact.type === 'address' && fact.network === 'evm') {
      const lower = fact.value.toLowerCase();
      if (fact.valid === undefined && out.some((o) => o.type === 'address' && o.value.toLowerCase() === lower)) return;
      if (fact.valid !== undefined) seen.add(`address\u0000${lower}\u0000`);
    }
    seen.add(k);
    out.push(fact);
  };
  for (const seg of segments) segmentFacts(seg, push);
  // The detector's reading where the parsers did not find the same value on the page.
  const tx = detection?.transaction;
  if (tx?.id && !out.some((o) => o.value === tx.id)) {
    const verdict = checkAddress(tx.id);
    push(
      verdict
        ? { type: 'address', value: tx.id, ...verdict, where: 'detector' }
        : { type: 'transaction-id', value: tx.id, where: 'detector' },
    );
  }
  if (tx?.amount && !out.some((o) => o.type === 'amount' && o.value === tx.amount))
    push({ type: 'amount', value: tx.amount, ...(tx.currency && { currency: tx.currency }), where: 'detector' });
  if (/^https?:/i.test(url)) push({ type: 'url', value: url, where: 'address bar' });
  return out;
}
