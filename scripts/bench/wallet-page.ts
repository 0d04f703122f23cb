// Generated wallet pages of a given element count: a PayPal-style activity page with header,
// sidebar, nested cards, transaction tables, prose, a footer and, half-way down, the detail panel
// of a failed payment (alert, reference, amount). Deterministic: the same count gives the same page.
// Built as a tree, then written out as static HTML (walletPage) or handed as data to a React app
// that renders it in the browser, as wallet sites' single-page apps do (walletAppPage).

export const WALLET_PAGE_URL = 'https://www.paypal.com/myaccount/activity/details/5BENCH0012345678X';
const WALLET_PAGE_TX = '5BENCH0012345678X';

const MERCHANTS = [
  'Northgate Ceramics',
  'Blue Fern Grocery',
  'Kestrel Air',
  'Lumen Books',
  '城南咖啡',
  'Harbor Utilities',
  'Pinecrest Pharmacy',
  'Atlas Mobile',
];
const STATUSES = ['Completed', 'Completed', 'Completed', 'Completed', 'Pending', 'Refunded', 'Completed', 'Completed'];
const WORDS =
  'your account activity shows every payment transfer refund and fee from the last ninety days you can filter by date type or status and download statements for tax records'.split(
    ' ',
  );

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const STYLE = `*{box-sizing:border-box}body{margin:0;font:14px/1.5 Arial,sans-serif;background:#f5f7fa;color:#2c2e2f}
.topbar{display:flex;gap:24px;height:60px;align-items:center;padding:0 32px;background:#fff;border-bottom:1px solid #e5e8eb}
.layout{display:grid;grid-template-columns:220px 1fr;gap:24px;padding:24px 32px}.sidebar a{display:block;padding:6px 0;color:#0070e0}
.card{background:#fff;border-radius:12px;padding:20px 24px;margin-bottom:16px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
table{width:100%;border-collapse:collapse}td,th{padding:6px 8px;border-bottom:1px solid #eceff1;text-align:left}
.pill{padding:2px 8px;border-radius:999px;background:#eef3f8;font-size:12px}.pill.bad{background:#ffe3e3;color:#a30000}
.alert{border:1px solid #f3c1c1;border-left:6px solid #d20000;background:#fff1f1;border-radius:10px;padding:16px}
.nest>div{padding-left:4px}footer{padding:32px;text-align:center;color:#9da3a6}`;

/** An element: tag, attributes, children (text or elements). */
export type PageNode = string | { t: string; a: Record<string, string>; c: PageNode[] };

/** `class="a" href="#"` → { class: 'a', href: '#' }: the generator below writes attributes as HTML. */
function attrsOf(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function toHtml(n: PageNode): string {
  if (typeof n === 'string') return escapeText(n);
  const attrs = Object.entries(n.a)
    .map(([k, v]) => ` ${k}="${escapeText(v).replace(/"/g, '&quot;')}"`)
    .join('');
  return `<${n.t}${attrs}>${n.c.map(toHtml).join('')}</${n.t}>`;
}

const HEAD = `<meta charset="utf-8"><title>Activity details - PayPal</title><style>${STYLE}</style>`;

/** A static wallet page with about `elements` elements (within a few of it). */
export function walletPage(elements: number, seed = 7): string {
  return `<!DOCTYPE html><html lang="en"><head>${HEAD}</head>\n<body>${walletTree(elements, seed).map(toHtml).join('')}</body></html>`;
}

/**
 * The same page rendered by a React app in the page (`appScript`, scripts/bench/page-app.tsx
 * bundled) from its data, embedded as JSON: one more element (the app's root).
 */
export function walletAppPage(elements: number, appScript: string, seed = 7): string {
  const data = JSON.stringify(walletTree(elements - 1, seed)).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html lang="en"><head>${HEAD}</head>\n<body><div id="root"></div><script type="application/json" id="wallet-data">${data}</script><script>${appScript.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
}

/** The body's children of a wallet page with about `elements` elements. */
function walletTree(elements: number, seed: number): PageNode[] {
  const r = rng(seed + elements);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  let count = 0;
  const el = (tag: string, attrs: string, ...inner: (PageNode | PageNode[])[]): PageNode => {
    count++;
    return { t: tag, a: attrsOf(attrs), c: inner.flat() };
  };
  /** `xs` with `sep` between each two: a joined list as a node list. */
  const joined = (xs: PageNode[], sep: string): PageNode[] => xs.flatMap((x, k) => (k ? [sep, x] : [x]));
  const head = el(
    'header',
    'class="topbar"',
    el('div', 'class="logo"', 'PayPal'),
    el(
      'nav',
      'aria-label="Main"',
      ['Home', 'Send and Request', 'Activity', 'Wallet', 'Help'].map((t) => el('a', 'href="#"', t)),
    ),
  );
  const side = el(
    'aside',
    'class="sidebar"',
    el(
      'ul',
      '',
      Array.from({ length: 12 }, (_, i) => el('li', '', el('a', `href="/myaccount/s${i}"`, words(2)))),
    ),
  );
  const foot = el(
    'footer',
    '',
    joined(
      ['Help', 'Contact', 'Fees', 'Privacy', 'Legal'].map((t) => el('a', 'href="#"', t)),
      ' · ',
    ),
    el('p', '', '© 1999–2026 PayPal, Inc.'),
  );
  const failure = () =>
    el(
      'section',
      'class="card" aria-labelledby="tx-title"',
      el(
        'div',
        'class="alert" role="alert"',
        el('h2', '', 'Payment declined'),
        el(
          'p',
          '',
          'Your bank declined this payment. No money was taken from your account. Try another payment method, or contact your bank.',
        ),
      ),
      el('h1', 'id="tx-title"', 'Northgate Ceramics Studio'),
      el('div', 'class="amount"', '-$129.99 USD'),
      el('span', 'class="pill bad" data-status="declined"', 'Declined'),
      el(
        'dl',
        '',
        el('dt', '', 'Transaction ID'),
        el('dd', '', WALLET_PAGE_TX),
        el('dt', '', 'Amount'),
        el('dd', '', '$129.99 USD'),
        el('dt', '', 'Date'),
        el('dd', '', 'Nov 24, 2026 · 3:41 PM'),
      ),
    );

  const row = (i: number) => {
    const status = i % 53 === 17 ? 'Declined' : pick(STATUSES);
    const amount = `${r() < 0.3 ? '+' : '-'}$${(r() * 900 + 1).toFixed(2)}`;
    return el(
      'tr',
      '',
      el('td', '', el('time', '', `Nov ${1 + (i % 28)}, 2026`)),
      el(
        'td',
        '',
        el('div', 'class="who"', el('a', 'href="#"', el('span', 'class="merchant"', pick(MERCHANTS))), el('div', 'class="sub"', words(3))),
      ),
      el('td', '', pick(['Payment', 'Transfer', 'Refund', 'Fee'])),
      el('td', '', el('span', `class="pill${status === 'Declined' ? ' bad' : ''}"`, status)),
      el('td', 'class="num"', `${amount} USD`),
      el('td', 'class="ref"', `${(1e15 + i * 7919).toString(36).toUpperCase()}`),
    );
  };
  const nest = (depth: number): PageNode =>
    depth === 0 ? el('span', '', words(4)) : el('div', depth % 3 ? '' : 'class="nest"', nest(depth - 1));
  const section = (start: number, rows: number) =>
    el(
      'section',
      'class="card"',
      el('h2', '', `Activity ${words(2)}`),
      el('p', '', words(24)),
      el('div', 'class="promo"', nest(8)),
      el(
        'table',
        '',
        el(
          'thead',
          '',
          el(
            'tr',
            '',
            ['Date', 'Description', 'Type', 'Status', 'Amount', 'Reference'].map((t) => el('th', '', t)),
          ),
        ),
        el(
          'tbody',
          '',
          Array.from({ length: rows }, (_, k) => row(start + k)),
        ),
      ),
    );

  // html, head, meta, title, style, body, main and the layout div: 8 more than el() counts.
  const total = () => count + 8;
  const body: PageNode[] = [];
  let failed = false;
  for (let i = 0; ; i += 20) {
    if (!failed && total() >= elements / 2) {
      body.push(failure());
      failed = true;
    }
    const before = count;
    const next = section(i, 20);
    if (total() > elements - (failed ? 0 : 20)) {
      count = before;
      break;
    }
    body.push(next);
  }
  if (!failed) body.push(failure());
  while (total() < elements) body.push(el('p', '', words(6)));
  const main = el('main', 'class="wrap"', joined(body, '\n'));
  const layout = el('div', 'class="layout"', side, main);
  return [head, layout, foot];
}
