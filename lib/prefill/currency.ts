// Currency codes and names, for recognising currency selects and picking their option.

const CODES = new Set(
  (
    'USD EUR GBP CNY RMB CNH JPY HKD TWD MOP KRW SGD AUD CAD CHF INR RUB BRL MXN ' +
    'NZD SEK NOK DKK PLN CZK HUF TRY ZAR THB PHP MYR IDR VND AED SAR ILS NGN KES EGP ARS CLP COP PEN ' +
    'UAH PKR BDT BTC ETH USDT USDC BNB XRP SOL TRX DOGE ADA MATIC POL DAI BUSD FDUSD LTC DOT AVAX ' +
    'SHIB TON LINK BCH XLM ATOM ETC UNI'
  ).split(' '),
);

/** Names (and symbols) that stand for a code. Checked in order. */
const NAMES: [RegExp, string][] = [
  [/人民币|yuan|renminbi|¥|￥/i, 'CNY'],
  [/us ?dollar|美元|美金|us\$/i, 'USD'],
  [/euro|欧元|€/i, 'EUR'],
  [/pound|sterling|英镑|£/i, 'GBP'],
  [/\byen\b|日元/i, 'JPY'],
  [/hong ?kong|港币|港元/i, 'HKD'],
  [/bitcoin|比特币/i, 'BTC'],
  [/ether(eum)?\b|以太/i, 'ETH'],
  [/tether|泰达/i, 'USDT'],
];

/** The currency code a text names ("USD", "US Dollar (USD)", "人民币"), if any. */
export function currencyOf(text: string): string | undefined {
  for (const m of text.toUpperCase().matchAll(/\b[A-Z]{3,6}\b/g)) {
    const code = m[0];
    if (CODES.has(code)) return code === 'RMB' ? 'CNY' : code;
  }
  for (const [re, code] of NAMES) if (re.test(text)) return code;
  return undefined;
}

/** True when most of a select's option texts name currencies. */
export function isCurrencyList(texts: string[]): boolean {
  const real = texts.filter((t) => t.trim());
  return real.length > 0 && real.filter((t) => currencyOf(t)).length / real.length > 0.6;
}

/** Same currency? Treats RMB / CNH as CNY. */
export function sameCurrency(a: string, b: string): boolean {
  const n = (c: string): string => (c.toUpperCase() === 'RMB' ? 'CNY' : c.toUpperCase());
  return n(a) === n(b);
}
