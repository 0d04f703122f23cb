// DESIGN.md "Page snapshot" and issue 12 §1/§3, in real Chromium (test/e2e/snapshot/lab.ts): what
// a snapshot keeps (styles, pixels, frames, form state, top layer, scroll) and what it never
// keeps (anything that runs, fetches or navigates; secrets).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_CSP } from '../../lib/evidence/snapshot-purify';
import { staticFindings } from './snapshot/checks';
import { type Lab, openLab } from './snapshot/lab';

const URL_ = 'https://www.paypal.com/myaccount/summary';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const PAGE = `<!DOCTYPE html><html lang="en" onload="evil()"><head>
<base href="https://www.paypal.com/">
<meta http-equiv="refresh" content="600;url=https://evil.example/">
<style>.amount { color: red; background: url(img/bg.png) } @import url(x.css); @font-face { font-family: Net; src: url(https://fonts.example/a.woff2) }
@font-face { font-family: Inline; src: url(data:font/woff2;base64,AAAA) }</style>
<style id="cssinjs"></style>
<link rel="stylesheet" href="/css/site.css"><link rel="stylesheet" href="https://cdn.other.example/x.css">
<link rel="preload" href="/big.js" as="script"><link rel="icon" href="/favicon.ico">
<title>Payment declined</title></head>
<body onclick="evil()">
<h1 onmouseover="evil()">Payment declined</h1>
<a id="js" href="java&#9;script:alert(1)">click</a><a id="rel" href="/help">help</a><a id="frag" href="#top">top</a>
<img id="same" src="/logo.png" srcset="/logo.png 2x"><img id="cross" src="https://cdn.example/x.png">
<iframe id="ads" src="https://ads.example/" width="300" height="250"></iframe>
<iframe id="doc" srcdoc="<p id=inframe>frame text</p><input type=password value=framepass>"></iframe>
<form action="javascript:alert(1)">
  <input id="pw" type="password" value="hunter2">
  <input id="shown" type="text" autocomplete="current-password" value="toggled-secret">
  <input id="cc" autocomplete="cc-number" value="4111111111111111">
  <label>Card security code <input id="cvc" value="123"></label>
  <select id="expm" autocomplete="cc-exp-month"><option>MM</option><option>07</option></select>
  <span class="otp"><input maxlength="1" value="9"><input maxlength="1" value="8"><input maxlength="1" value="7"><input maxlength="1" value="6"></span>
  <input id="hidden" type="hidden" value="csrf-token-abc">
  <input id="txid" name="txid" value="">
  <input id="agree" type="checkbox"><textarea id="msg">old</textarea>
  <select id="sel"><option>one</option><option>two</option></select>
  <div id="pinbox" contenteditable="true" aria-label="PIN">4321</div>
  <button formaction="javascript:alert(1)">go</button>
</form>
<div id="host"></div>
<div id="scroller" style="height:60px;overflow:auto"><div style="height:600px">long list</div></div>
<dialog id="modal"><p>Confirm the refund</p></dialog>
<canvas id="chart" width="20" height="10"></canvas>
<noscript><p>enable JS</p></noscript>
</body></html>`;

// The state a person leaves behind: typed values, a shadow root, CSS-in-JS, a modal, scrolling.
const PREPARE = `(() => {
  const set = (id, v) => { document.getElementById(id).value = v; };
  set('txid', '9XK12-TYPED'); set('pw', 'typed-secret');
  document.getElementById('agree').checked = true;
  document.getElementById('msg').value = 'I was charged twice';
  document.getElementById('sel').selectedIndex = 1;
  document.getElementById('expm').selectedIndex = 1;
  document.getElementById('cssinjs').sheet.insertRule('.sc-abc { display: flex; }');
  const root = document.getElementById('host').attachShadow({ mode: 'open' });
  root.innerHTML = '<style>b{color:blue}</style><b onclick="evil()">in shadow</b><input name="cvv" value="999"><div id="spop" popover="manual" style="inset:auto;left:0;top:0;margin:0">shadow note</div>';
  root.getElementById('spop').showPopover();
  document.getElementById('scroller').scrollTop = 200;
  document.getElementById('modal').showModal();
  const c = document.getElementById('chart').getContext('2d'); c.fillStyle = 'red'; c.fillRect(0, 0, 20, 10);
  // Built through the DOM, as no parser would make them (issue 12 §1's list).
  const XHTML = 'http://www.w3.org/1999/xhtml', SVG = 'http://www.w3.org/2000/svg';
  const s = document.createElementNS(XHTML, 'SCRIPT'); s.textContent = 'evil()'; document.body.append(s);
  const m = document.createElement('meta'); m.setAttribute('HTTP-EQUIV', 'refresh'); m.setAttribute('content', '0;url=javascript:alert(1)'); document.body.append(m);
  const svg = document.createElementNS(SVG, 'svg'); document.body.append(svg);
  const st = document.createElementNS(SVG, 'style'); st.textContent = '</style><img src=x onerror=evil()>'; svg.append(st);
  const use = document.createElementNS(SVG, 'use'); use.setAttribute('href', 'https://evil.example/s.svg#x'); svg.append(use);
  const a = document.createElementNS(SVG, 'a'); a.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', ' JaVaScRiPt:alert(1)'); svg.append(a);
  const set2 = document.createElementNS(SVG, 'set'); set2.setAttribute('attributeName', 'href'); set2.setAttribute('to', 'javascript:alert(1)'); a.append(set2);
  const img = document.createElementNS(SVG, 'image'); img.setAttribute('href', 'https://evil.example/i.png'); svg.append(img);
  const r = document.createElementNS(SVG, 'rect'); r.setAttribute('fill', 'url(https://evil.example/p.svg#g)'); r.setAttribute('filter', 'url(#ok)'); svg.append(r);
  const math = document.createElementNS('http://www.w3.org/1998/Math/MathML', 'math'); math.innerHTML = '<mtext><style>x{}</style></mtext>'; document.body.append(math);
  const t = document.createElement('template'); t.innerHTML = '<img src=x onerror=evil()>'; document.body.append(t);
  for (const [tag, attr, v] of [['object', 'data', 'data:text/html,<script>evil()</script>'], ['embed', 'src', 'javascript:evil()'], ['video', 'poster', 'https://evil.example/p.png'], ['table', 'background', 'https://evil.example/b.png'], ['a', 'ping', 'https://evil.example/ping']]) {
    const e = document.createElement(tag); e.setAttribute(attr, v); document.body.append(e);
  }
  const p = document.createElement('p'); p.setAttribute('style', 'background-image: u\\\\72l(https://evil.example/e.png); width: expression(evil()); -moz-binding: url(x.xml#b)'); p.textContent = 'escaped url'; document.body.append(p);
})()`;

let lab: Lab;
let html = '';

beforeAll(async () => {
  lab = await openLab();
  lab.serve('https://www.paypal.com/css/site.css', '.x { background: url("i/a.png"); } .site { color: green; }', 'text/css');
  lab.serve('https://www.paypal.com/logo.png', PNG, 'image/png');
  html = await lab.snapshot(URL_, PAGE, PREPARE);
  const [parsedBack] = await lab.sanitise([html]);
  expect(parsedBack).toBe(html);
}, 60_000);
afterAll(() => lab?.close());

async function inBrowser<T>(fn: (doc: Document) => T): Promise<T> {
  const page = await lab.context.newPage();
  try {
    return await page.evaluate(([src, h]) => new Function('doc', `return (${src})(doc)`)(new DOMParser().parseFromString(h, 'text/html')), [
      fn.toString(),
      html,
    ] as const);
  } finally {
    await page.close();
  }
}

describe('snapshotPage in Chromium', () => {
  it('passes the static checks: nothing that runs, fetches or navigates; CSP and charset first', async () => {
    const page = await lab.context.newPage();
    const found = await page.evaluate(([fn, h, csp]) => (new Function(`return (${fn})`)() as (a: string, b: string) => string[])(h, csp), [
      staticFindings.toString(),
      html,
      SNAPSHOT_CSP,
    ] as const);
    await page.close();
    expect(found).toEqual([]);
    expect(SNAPSHOT_CSP).not.toMatch(/https?:|\*/);
    expect(html).not.toMatch(/evil\(\)|javascript:|evil\.example|fonts\.example|cdn\.example\/x\.png/i);
  });

  it('keeps styles (inline, same-origin linked, CSSOM-only, inlined fonts), drops what would fetch', async () => {
    const css = await inBrowser((d) => Array.from(d.querySelectorAll('style'), (s) => s.textContent).join('\n'));
    expect(css).toContain('.amount { color: red;');
    expect(css).toContain('.site { color: green; }');
    expect(css).toContain('.sc-abc { display: flex; }');
    expect(css).toMatch(/font-family: Inline; src: url\("data:font\/woff2;base64,AAAA"\)/);
    expect(css).not.toMatch(/url\("(?!data:)|@import|font-family: Net; src/);
  });

  it('inlines readable pixels (same-origin image, canvas) and drops the rest, keeping its size', async () => {
    const imgs = await inBrowser((d) => ({
      same: d.getElementById('same')?.getAttribute('src')?.slice(0, 15),
      cross: [d.getElementById('cross')?.hasAttribute('src'), d.getElementById('cross')?.getAttribute('width')],
      chart: d.getElementById('chart')?.localName + (d.getElementById('chart')?.getAttribute('src')?.slice(0, 11) ?? ''),
    }));
    expect(imgs).toEqual({ same: 'data:image/webp', cross: [false, expect.any(String)], chart: 'imgdata:image/' });
    expect(html).toMatch(/images: 2 inlined, 1 left out/);
  });

  it('keeps same-origin frame content, a placeholder for other sites', async () => {
    expect(html).toMatch(/data-ww-frame="srcdoc"><template shadowrootmode="open">[\s\S]*<p id="inframe">frame text<\/p>/);
    expect(html).toMatch(/data-ww-placeholder="iframe"[^>]*>\[iframe\] https:\/\/ads\.example\//);
  });

  it('blanks every secret, in frames and shadow roots too, and says how many of which kind', async () => {
    for (const secret of [
      'hunter2',
      'typed-secret',
      'toggled-secret',
      '4111111111111111',
      '"123"',
      'csrf-token-abc',
      '"999"',
      'framepass',
      '4321',
      'value="9"',
    ])
      expect(html).not.toContain(secret);
    const state = await inBrowser((d) => ({
      txid: d.getElementById('txid')?.getAttribute('value'),
      agree: d.getElementById('agree')?.hasAttribute('checked'),
      msg: d.getElementById('msg')?.textContent,
      sel: d.querySelectorAll('#sel option')[1]?.hasAttribute('selected'),
      exp: d.querySelectorAll('#expm option[selected]').length,
    }));
    expect(state).toEqual({ txid: '9XK12-TYPED', agree: true, msg: 'I was charged twice', sel: true, exp: 0 });
    const line = /blanked: (.*)/.exec(html)?.[1] ?? '';
    expect(line).toContain('3 password'); // hunter2, toggled, frame
    expect(line).toContain('4 one-time-code');
    expect(line).toContain('4 card'); // cc-number, security code, expiry month, the shadow root's cvv
    expect(line).toContain('1 hidden');
    expect(line).toContain('1 secret'); // the contenteditable PIN
  });

  it('pins an open popover inside a shadow root as it was shown (top layer found per tree, not per document)', () => {
    const pinned = /<div id="spop"[^>]*style="[^"]*position: ?fixed ?!important/;
    expect(html).toMatch(pinned);
    expect(html.match(/<div id="spop"[^>]*>/)?.[0]).not.toContain('popover');
  });

  it('shows the modal dialog on top, scrolled boxes scrolled, when opened as a file', async () => {
    const opened = await lab.open(html, 300);
    const view = await opened.page.evaluate(() => {
      const modal = document.getElementById('modal')!;
      const r = modal.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { open: modal.hasAttribute('open'), onTop: modal.contains(top), scroll: document.getElementById('scroller')!.scrollTop };
    });
    expect(view).toEqual({ open: true, onTop: true, scroll: 200 });
    expect([opened.dialogs, opened.navigations, opened.requests]).toEqual([[], [], []]);
    await opened.page.close();
  });
});
