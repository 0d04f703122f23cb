// Richer generated wallet pages for the snapshot comparison: what a person sees and a snapshot is
// supposed to keep (DESIGN.md "Page snapshot"): web fonts (FontFace API and @font-face), images
// (served, CSS backgrounds, blob:), a canvas chart, typed form values, scrolled boxes, an open
// modal dialog and a popover (the top layer), same-origin and srcdoc frames, a shadow root.
// Each page's script sets everything up and resolves window.__ready when it is all shown.
import { existsSync, readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

export interface Asset {
  path: string;
  type: string;
  body: string | Buffer;
}

/**
 * System fonts served as the pages' web fonts, each unlike its fallback (serif bold for 'Brand',
 * a monospace for 'Display' headings), so a font a snapshot loses shows. None found: no web fonts.
 */
const FONT_FILES = {
  brand: ['/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf', '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf'],
  display: ['/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf', '/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf'],
};

/** A deterministic PNG: diagonal bands of two colours. */
function png(width: number, height: number, a: [number, number, number], b: [number, number, number], band = 12): Buffer {
  const img = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const c = Math.floor((x + y) / band) % 2 ? a : b;
      const i = (y * width + x) * 4;
      img.data.set([...c, 255], i);
    }
  return PNG.sync.write(img);
}

const ROWS = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<tr><td>Nov ${1 + (i % 28)}</td><td>${['Kestrel Air', 'Lumen Books', '城南咖啡', 'Harbor Utilities'][i % 4]}</td><td>${i % 9 === 4 ? 'Failed' : 'Completed'}</td><td class="num">-$${(17.5 + i * 3.25).toFixed(2)}</td></tr>`,
  ).join('');

const BASE_CSS = `body{margin:0;font:15px/1.5 'Liberation Sans',Arial,sans-serif;background:#f4f6fb;color:#1b1f2a}
header{display:flex;gap:12px;align-items:center;padding:12px 24px;background:#fff;border-bottom:1px solid #dde3ee}
.brand{font:700 22px 'Brand',serif}h1,h2{font-family:'Display',serif}main{padding:16px 24px}
.card{background:#fff;border-radius:12px;padding:16px;margin-bottom:14px;box-shadow:0 1px 3px #0002}
table{border-collapse:collapse;width:100%}td{padding:4px 8px;border-bottom:1px solid #eef}.num{text-align:right}`;

/** `@font-face` for 'Display' from a served file, and 'Brand' loaded through the FontFace API. */
const FONT_CSS = `@font-face{font-family:'Display';src:url('/fonts/display.ttf')}`;
const FONT_SCRIPT = `const brand = fetch('/fonts/brand.ttf').then((r) => r.arrayBuffer()).then((b) => new FontFace('Brand', b).load()).then((f) => document.fonts.add(f));`;

function page(title: string, body: string, script: string, fonts: boolean): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>${fonts ? FONT_CSS : ''}${BASE_CSS}</style></head><body>${body}
<script>window.__ready = (async () => { ${fonts ? FONT_SCRIPT : 'const brand = null;'} ${script}
await brand; await document.fonts.ready; await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); })();</script></body></html>`;
}

const DASHBOARD = `<header><img src="/assets/logo.png" width="40" height="40" alt=""><span class="brand">Northwind Wallet</span></header>
<main><section class="card" style="background:url('/assets/banner.png') center/cover;color:#fff"><h1>Balance</h1><div style="font-size:34px">$12,480.22</div></section>
<section class="card"><h2>Last 30 days</h2><canvas id="chart" width="560" height="180"></canvas><img id="qr" width="120" height="120" alt="Deposit code"></section>
<section class="card"><h2>Activity</h2><div id="box" style="height:200px;overflow:auto"><table>${ROWS(40)}</table></div></section>
<section class="card"><h2>Send</h2><form><label>Recipient <input id="to"></label> <label>Amount <input id="amount" inputmode="decimal"></label>
<label>Note <textarea id="note" rows="2"></textarea></label> <label><input type="checkbox" id="save"> Save recipient</label></form></section></main>`;
const DASHBOARD_SCRIPT = `const c = document.getElementById('chart').getContext('2d');
for (let i = 0; i < 28; i++) { c.fillStyle = i % 7 === 3 ? '#d2334c' : '#2f6fde'; c.fillRect(8 + i * 19, 170 - ((i * 37) % 140), 14, (i * 37) % 140 + 4); }
const q = new OffscreenCanvas(120, 120), g = q.getContext('2d');
for (let y = 0; y < 12; y++) for (let x = 0; x < 12; x++) if ((x * 7 + y * 13) % 5 < 2) g.fillRect(x * 10, y * 10, 10, 10);
const qr = document.getElementById('qr'); qr.src = URL.createObjectURL(await q.convertToBlob()); await qr.decode();
document.getElementById('box').scrollTop = 310;
document.getElementById('to').value = 'Harbor Utilities'; document.getElementById('amount').value = '129.99';
document.getElementById('note').value = 'November bill, second try'; document.getElementById('save').checked = true;`;

const SUPPORT = `<header><span class="brand">Northwind Help</span></header><main><article class="card"><h1>A payment did not go through</h1>
${Array.from({ length: 8 }, (_, i) => `<h2>Step ${i + 1}</h2><p>Check the amount, the fee and the balance of the card or account you paid from, then try again. If the bank declined the payment, it can tell you why.</p>`).join('')}</article>
<div popover="manual" id="toast" style="inset:auto 16px 16px auto;margin:0;padding:10px 14px;border-radius:8px;background:#1b1f2a;color:#fff">Chat agent is typing…</div>
<dialog id="report" style="width:420px;border:0;border-radius:14px;padding:20px"><h2>Report a problem</h2><form>
<p><label>Reference <input id="ref"></label></p><p><label>What happened <textarea id="what" rows="4"></textarea></label></p>
<p><label>Category <select id="cat"><option>Card payment</option><option>Bank transfer</option><option>Withdrawal</option></select></label></p></form></dialog></main>`;
const SUPPORT_SCRIPT = `document.getElementById('report').showModal(); document.getElementById('toast').showPopover();
document.getElementById('ref').value = '5BENCH0012345678X'; document.getElementById('what').value = 'Declined twice at checkout; money reserved.';
document.getElementById('cat').selectedIndex = 2;`;

const EXCHANGE = `<header><img src="/assets/logo.png" width="32" height="32" alt=""><span class="brand">Northwind Exchange</span></header>
<main><section class="card"><h1>Withdrawal failed</h1><p style="color:#b3261e">Network congestion: the withdrawal was returned to your spot wallet.</p>
<wallet-badge></wallet-badge></section><section class="card"><h2>Receipt</h2>
<iframe srcdoc="<p style='font:14px sans-serif'>Order <b>W-20261124-0042</b><br>0.5 ETH to 0x52908400098527886E0F7030069857D2E4169EE7</p>" style="width:100%;height:70px;border:1px solid #dde"></iframe>
<iframe src="/frame.html" style="width:100%;height:90px;border:1px solid #dde"></iframe></section>
<section class="card"><h2>History</h2><div id="wide" style="overflow-x:auto;white-space:nowrap"><table style="width:1600px">${ROWS(12)}</table></div></section></main>`;
const EXCHANGE_SCRIPT = `customElements.define('wallet-badge', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<style>b{background:#ffe3e3;color:#a30000;padding:2px 8px;border-radius:99px}</style><b>Returned</b>'; } });
document.getElementById('wide').scrollLeft = 240;
await Promise.all([...document.querySelectorAll('iframe')].map((f) => f.contentDocument?.readyState === 'complete' ? null : new Promise((r) => f.addEventListener('load', r))));`;

const STATEMENT = `<header style="position:sticky;top:0"><svg width="36" height="36" viewBox="0 0 36 36"><circle cx="18" cy="18" r="16" fill="#2f6fde"/><path d="M10 19l5 5 11-12" stroke="#fff" stroke-width="4" fill="none"/></svg><span class="brand">Card statement</span></header>
<main><section class="card"><h1>November 2026</h1><picture><source srcset="/assets/banner.png" media="(min-width: 800px)"><img src="/assets/logo.png" alt="" style="width:100%;height:90px;object-fit:cover;border-radius:8px"></picture>
<p>Spent <meter min="0" max="5000" value="3120" style="width:220px"></meter> $3,120 of $5,000 · <progress max="100" value="64"></progress> of the month</p>
<details open><summary>Declined payments (2)</summary><ol><li>Kestrel Air, $412.00, insufficient funds</li><li>Lumen Books, $18.20, card frozen</li></ol></details></section>
<section class="card" style="background:linear-gradient(135deg,#fff6e0,#ffe3e3)"><h2>Dispute a charge</h2><form><label>Charge <select id="charge"><option>Kestrel Air $412.00</option><option>Lumen Books $18.20</option></select></label>
<label><input type="radio" name="why" value="a"> Not mine</label> <label><input type="radio" name="why" id="why-b" value="b"> Charged twice</label>
<p><label>Details <input id="details" size="50"></label></p></form></section><section class="card"><table>${ROWS(30)}</table></section></main>`;
const STATEMENT_SCRIPT = `document.getElementById('charge').selectedIndex = 1; document.getElementById('why-b').checked = true;
document.getElementById('details').value = 'Same amount twice within a minute';`;

const FRAME = `<!DOCTYPE html><html><body style="margin:0;font:14px sans-serif;background:linear-gradient(90deg,#e8f0ff,#fff)"><p style="margin:8px">Status: <b>Returned</b> · fee 0.0021 ETH</p></body></html>`;

/** The rich pages (path → HTML) and the assets they load. */
export function richPages(): { pages: { name: string; path: string; html: string }[]; assets: Asset[]; fonts: string[] } {
  const brand = FONT_FILES.brand.find((f) => existsSync(f));
  const display = FONT_FILES.display.find((f) => existsSync(f));
  const fonts = Boolean(brand && display);
  const assets: Asset[] = [
    { path: '/assets/logo.png', type: 'image/png', body: png(40, 40, [47, 111, 222], [255, 255, 255], 6) },
    { path: '/assets/banner.png', type: 'image/png', body: png(600, 160, [23, 52, 120], [40, 84, 170], 24) },
    { path: '/frame.html', type: 'text/html; charset=utf-8', body: FRAME },
  ];
  if (brand && display)
    assets.push(
      { path: '/fonts/brand.ttf', type: 'font/ttf', body: readFileSync(brand) },
      { path: '/fonts/display.ttf', type: 'font/ttf', body: readFileSync(display) },
    );
  return {
    fonts: brand && display ? [brand, display] : [],
    assets,
    pages: [
      {
        name: 'rich: dashboard',
        path: '/rich/dashboard.html',
        html: page('Overview - Northwind Wallet', DASHBOARD, DASHBOARD_SCRIPT, fonts),
      },
      { name: 'rich: support dialog', path: '/rich/support.html', html: page('Help - Northwind', SUPPORT, SUPPORT_SCRIPT, fonts) },
      {
        name: 'rich: exchange frames',
        path: '/rich/exchange.html',
        html: page('Withdrawal - Northwind Exchange', EXCHANGE, EXCHANGE_SCRIPT, fonts),
      },
      {
        name: 'rich: card statement',
        path: '/rich/statement.html',
        html: page('Statement - Northwind Card', STATEMENT, STATEMENT_SCRIPT, fonts),
      },
    ],
  };
}
