import fc from 'fast-check';
import { PAYLOADS } from '../../fixtures/payloads';
import { SITES } from '../../../lib/sites';

/** fast-check settings for every property here: seeded (reproducible) and quick. */
export const RUNS = { seed: 20261127, numRuns: 200 } as const;

/** Words a wallet or support page really uses, in English and Chinese. */
const PAGE_WORDS = [
  'Payment declined',
  'Transaction failed',
  'Fail',
  'Failed',
  'Error',
  '交易失败',
  '支付失败',
  '转账失败',
  '付款失败',
  'insufficient funds',
  '余额不足',
  'Your bank declined this payment',
  'verification required',
  '需要验证',
  'network error',
  '系统繁忙',
  'Transaction ID:',
  'Reference',
  '交易号',
  '订单号',
  'Amount',
  '金额',
  'Status',
  'Success',
  'Completed',
  '成功',
  'Contact us',
  'Help Center',
  '联系客服',
  '帮助中心',
  'Submit a request',
  '¥1,280.00',
  '-$45.00',
  '1.280,00 €',
  '0.5 ETH',
  '人民币 88.00 元',
  '5000 USDT',
  '$1,000,000.99',
  '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060',
  '9AB12345CD6789012',
  '2026112622001',
  'Pending',
  '处理中',
  'Cancelled',
  'Refund',
  '退款',
];

/** Text fields may hold anything: real wording, script payloads, odd Unicode, long runs. */
export const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PAGE_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\u202e',
      '\u200b',
      '\ufeff',
      '\u0000',
      '𝟏𝟐𝟖𝟎.𝟎𝟎',
      '١٢٨٠٫٠٠',
      'ＵＳＤ',
      '\ud800',
      'a'.repeat(3000),
      '9'.repeat(400),
    ),
  },
);

const TAGS = [
  'div',
  'span',
  'p',
  'h1',
  'h2',
  'h3',
  'section',
  'main',
  'header',
  'table',
  'tr',
  'td',
  'th',
  'ul',
  'li',
  'dl',
  'dt',
  'dd',
  'strong',
  'button',
  'a',
  'form',
  'label',
  'input',
  'select',
  'option',
  'textarea',
  'template',
  'script',
  'style',
  'noscript',
  'svg',
  'iframe',
  'title',
  'time',
  'output',
  'x-widget',
];
const ATTRS: [string, string][] = [
  ['class', 'status status--declined'],
  ['class', 'success'],
  ['role', 'alert'],
  ['role', 'status'],
  ['hidden', ''],
  ['aria-hidden', 'true'],
  ['style', 'display:none'],
  ['style', 'visibility:hidden'],
  ['data-status', 'failed'],
  ['data-testid', 'tx-status'],
  ['id', 'txid'],
  ['lang', 'zh-CN'],
  ['dir', 'rtl'],
  ['contenteditable', ''],
  ['value', '1280.00'],
];

/** A DOM tree as data: built with createElement / textContent, never parsed from a string (the
 * test DOM's HTML parser has bugs of its own on mXSS payloads; the browser parses pages, not us). */
export type Tree = { text: string } | { tag: string; attrs: [string, string][]; children: Tree[] };

export const tree: fc.Arbitrary<Tree[]> = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((t) => ({ text: t })),
    fc.record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc.array(
        fc.oneof(fc.constantFrom(...ATTRS), fc.tuple(fc.constantFrom('title', 'aria-label', 'data-x', 'onclick', 'href'), text)),
        { maxLength: 3 },
      ),
      children: tie('nodes'),
    }),
  ),
  nodes: fc.array(tie('node'), { maxLength: 5 }),
})).nodes;

/** Append `nodes` under `parent`; attributes a browser would refuse (bad names) are skipped. */
export function build(parent: Node, nodes: Tree[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  for (const n of nodes) {
    if ('text' in n) {
      parent.appendChild(doc.createTextNode(n.text));
      continue;
    }
    const el = doc.createElement(n.tag);
    for (const [k, v] of n.attrs) el.setAttribute(k, v);
    build(n.tag === 'template' ? ((el as HTMLTemplateElement).content ?? el) : el, n.children);
    parent.appendChild(el);
  }
}

const hosts = SITES.flatMap((s) => s.hosts);
/** URLs of registry sites (with odd paths and queries), of other sites, and strings that are not URLs. */
export const url = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...hosts),
      fc.array(
        fc.oneof(fc.constantFrom('help', 'contact', 'tx', 'activity', 'detail', 'support', '..', '%2e%2e'), text.map(encodeURIComponent)),
        { maxLength: 4 },
      ),
      fc.option(text),
    )
    .map(([h, path, q]) => `https://${h}/${path.join('/')}${q === null ? '' : `?q=${encodeURIComponent(q)}`}`),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  text,
  fc.constantFrom(
    '',
    'about:blank',
    'javascript:alert(1)',
    'data:text/html,<p>x',
    'chrome://settings',
    'https://',
    'https://www.paypal.com.evil.example/',
    'https://paypal.com@evil.example/',
  ),
);
