// Money in displayed text: "¥1,280.00", "-$45.00", "1.280,00 €", "0.5 ETH", "人民币 88.00 元".
// The amount comes back as a plain decimal with the decimals kept as shown; the currency as an
// ISO 4217 code or a token symbol.

export interface Money {
  amount: string;
  currency?: string;
  index: number;
}

const CODES = [
  'USD',
  'EUR',
  'GBP',
  'CNY',
  'RMB',
  'JPY',
  'HKD',
  'TWD',
  'AUD',
  'CAD',
  'NZD',
  'SGD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'RUB',
  'TRY',
  'INR',
  'KRW',
  'BRL',
  'MXN',
  'ZAR',
  'AED',
  'SAR',
  'THB',
  'PHP',
  'IDR',
  'MYR',
  'VND',
  'NGN',
  'KES',
  'UAH',
  'ILS',
  'ARS',
  'CLP',
  'COP',
  'PKR',
  'EGP',
  'BTC',
  'ETH',
  'BNB',
  'USDT',
  'USDC',
  'SOL',
  'TRX',
  'MATIC',
  'POL',
  'DAI',
  'BUSD',
  'FDUSD',
  'TUSD',
  'XRP',
  'ADA',
  'DOGE',
  'LTC',
  'DOT',
  'AVAX',
  'SHIB',
  'LINK',
  'TON',
  'ARB',
  'OP',
  'WETH',
  'WBTC',
  'XLM',
  'BCH',
  'ETC',
  'ATOM',
  'NEAR',
  'APT',
  'SUI',
  'PYUSD',
  'CRO',
  'OKB',
  'BGB',
  'PEPE',
  'UNI',
];
const CRYPTO = new Set(CODES.slice(CODES.indexOf('BTC')));
const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  USD$: 'USD',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  S$: 'SGD',
  SG$: 'SGD',
  NT$: 'TWD',
  MX$: 'MXN',
  R$: 'BRL',
  'CN¥': 'CNY',
  'CN￥': 'CNY',
  'JP¥': 'JPY',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₱': 'PHP',
  '฿': 'THB',
  '₫': 'VND',
  '₿': 'BTC',
  Ξ: 'ETH',
  // Solana's sign, as explorers show SOL amounts ("◎2.5").
  '◎': 'SOL',
  '₴': 'UAH',
  '₦': 'NGN',
  '₪': 'ILS',
  zł: 'PLN',
  RMB: 'CNY',
  元: 'CNY',
  人民币: 'CNY',
  人民幣: 'CNY',
  块: 'CNY',
  圆: 'CNY',
  円: 'JPY',
  日元: 'JPY',
  美元: 'USD',
  欧元: 'EUR',
  歐元: 'EUR',
  英镑: 'GBP',
  英鎊: 'GBP',
  港元: 'HKD',
  港币: 'HKD',
  港幣: 'HKD',
};
/** A coin or token rather than a state's money. */
export function isCrypto(code: string | undefined): boolean {
  return !!code && CRYPTO.has(code);
}
const DOLLARS = new Set(['USD', 'AUD', 'CAD', 'HKD', 'NZD', 'SGD', 'TWD', 'MXN']);

// Token codes that are also words or abbreviations ("APT 318" is an apartment, "OP 12" an opus):
// an amount only with the code after the number ("12 OP").
const WORDLIKE = new Set(['OP', 'ARB', 'APT', 'NEAR', 'TON', 'LINK', 'DOT', 'UNI', 'ATOM', 'SUI', 'CRO', 'PEPE']);
const esc = (s: string) => s.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
const CODE_ALT = [...CODES].sort(byLength).join('|');
const PREFIX_CODE_ALT = CODES.filter((c) => !WORDLIKE.has(c))
  .sort(byLength)
  .join('|');
const PREFIX_SYMS = Object.keys(SYMBOLS)
  .filter((s) => !/^[\u4e00-\u9fff]/.test(s) && s !== 'zł')
  .concat(['$', '¥', '￥'])
  .sort(byLength)
  .map(esc)
  .join('|');
const SUFFIX_SYMS = ['€', '£', '¥', '￥', '$', '₽', '₺', '₫', 'zł', '円', ...Object.keys(SYMBOLS).filter((s) => /^[\u4e00-\u9fff]/.test(s))]
  .sort(byLength)
  .map(esc)
  .join('|');
const NUM = "(?:\\d{1,3}(?:[,.\\u00a0\\u202f' ’]\\d{3})+|\\d+)(?:[.,]\\d+)?";
const SIGN = '[-−–+]?';
const PREFIXED = new RegExp(
  `(?<![A-Za-z0-9])${SIGN}\\s?(${PREFIX_SYMS}|${PREFIX_CODE_ALT}|人民币|人民幣)\\s?${SIGN}\\s?(${NUM})(?![\\d])`,
  'g',
);
const SUFFIXED = new RegExp(`(?<![\\dA-Za-z.,])${SIGN}\\s?(${NUM})\\s?(${SUFFIX_SYMS}|${CODE_ALT})(?![A-Za-z])`, 'g');
// A number run into letters ("…96hA1m", an abbreviated address) is no amount.
// Never the end of a name or a code joined by a dash or an underscore ("@Mei-Chen-27", "ORD_2024").
const BARE = new RegExp(`(?<![\\dA-Za-z.,])(?<![A-Za-z][-_])${SIGN}\\s?(${NUM})(?![\\dA-Za-z])`);

/** The code for a currency sign, code or word, given the site's default currency. */
export function currencyFor(token: string, defaultCurrency?: string): string | undefined {
  const t = token.trim();
  if (!t) return undefined;
  const fallback = defaultCurrency ? currencyFor(defaultCurrency) : undefined;
  if (t === '$') return fallback && DOLLARS.has(fallback) ? fallback : 'USD';
  if (t === '¥' || t === '￥') return fallback === 'JPY' ? 'JPY' : 'CNY';
  if (SYMBOLS[t]) return SYMBOLS[t];
  if (/^[A-Z]{2,6}$/.test(t)) return t === 'RMB' ? 'CNY' : t;
  if (/^[a-z]{3}$/.test(t)) return t.toUpperCase();
  return undefined;
}

/** "1,280.00" → "1280.00", "1.280,00" → "1280.00", "0.5" → "0.5"; null when not a number. */
export function normalizeNumber(raw: string, opts: { crypto?: boolean; suffixEuro?: boolean } = {}): string | null {
  const s = raw.replace(/[\s\u00a0\u202f'’]/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimalSep: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalSep = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const count = s.split(sep).length - 1;
    const after = s.length - s.lastIndexOf(sep) - 1;
    const intPart = s.slice(0, s.indexOf(sep));
    if (count > 1) decimalSep = null;
    else if (after !== 3 || intPart === '0') decimalSep = sep;
    // One separator before exactly three digits: "1,280" is grouping; "1.280" is a decimal
    // (crypto, English) unless written the European way with the euro after it.
    else if (sep === ',') decimalSep = null;
    else decimalSep = opts.suffixEuro && !opts.crypto ? null : '.';
  }
  if (!decimalSep) return s.replace(/[.,]/g, '');
  const at = s.lastIndexOf(decimalSep);
  return `${s.slice(0, at).replace(/[.,]/g, '')}.${s.slice(at + 1)}`;
}

/** The first amount with a currency marker in `text`. */
export function findMoney(text: string, defaultCurrency?: string): Money | null {
  let best: { index: number; num: string; cur: string; suffix: boolean } | null = null;
  for (const [re, suffix] of [
    [PREFIXED, false],
    [SUFFIXED, true],
  ] as const) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m) continue;
    const num = suffix ? m[1]! : m[2]!;
    const cur = suffix ? m[2]! : m[1]!;
    if (!best || m.index < best.index) best = { index: m.index, num, cur, suffix };
  }
  if (!best) return null;
  const currency = currencyFor(best.cur, defaultCurrency);
  const amount = normalizeNumber(best.num, {
    crypto: !!currency && CRYPTO.has(currency),
    suffixEuro: best.suffix && currency === 'EUR',
  });
  return amount ? { amount, currency, index: best.index } : null;
}

// A number at the end of a text ("Swap 1,000") and a token's symbol as the next text ("BSC-USD"):
// explorers link the symbol apart from the number, often after the token's name with the symbol in
// brackets ("BSC-USD (USDT)", "Tether USD (USDT)"), which is then the currency.
const TRAILING_NUM = new RegExp(`(?<![\\dA-Za-z.,])(${NUM})\\s*$`);
const SYMBOL =
  /^\s*(?:([A-Z][A-Z0-9]{1,9}(?:[-.][A-Z0-9]{1,9})?)|[A-Z][\w.-]{0,15}(?: [A-Z][\w.-]{0,15}){0,3} \(([A-Z][A-Z0-9]{1,9})\))\s*$/;

/** An amount whose number ends `text` and whose token symbol is all of `next`. */
export function splitMoney(text: string, next: string): Money | null {
  const sym = SYMBOL.exec(next);
  const m = sym && TRAILING_NUM.exec(text);
  if (!sym || !m) return null;
  const code = (sym[1] ?? sym[2])!;
  const currency = currencyFor(code) ?? code;
  const amount = normalizeNumber(m[1]!, { crypto: true });
  return amount ? { amount, currency, index: m.index } : null;
}

/** An amount in a labelled value: with a marker if there is one, else a bare number. */
export function findValueMoney(text: string, defaultCurrency?: string): Money | null {
  const marked = findMoney(text, defaultCurrency);
  if (marked) return marked;
  const m = BARE.exec(text);
  if (!m) return null;
  const amount = normalizeNumber(m[1]!);
  const currency = defaultCurrency ? currencyFor(defaultCurrency) : undefined;
  return amount ? { amount, currency, index: m.index } : null;
}
