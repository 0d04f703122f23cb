import { beforeEach, describe, expect, it } from 'vitest';
import { SNAPSHOT_CSP, snapshotPage } from '../../../lib/evidence/snapshot';

const PAGE = `<!DOCTYPE html><html lang="en" onload="evil()"><head>
<base href="https://cdn.example/">
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<meta charset="gbk">
<script>window.stolen = 1</script>
<style>.amount { color: red; background: url(img/bg.png) }</style>
<style id="cssinjs"></style>
<link rel="stylesheet" id="same" href="/css/site.css">
<link rel="stylesheet" id="cross" href="https://cdn.other.example/x.css">
<link rel="preload" href="/big.js" as="script">
<link rel="icon" href="/favicon.ico">
<title>Payment declined</title></head>
<body onclick="evil()">
<h1 onmouseover="evil()">Payment declined</h1>
<a id="js" href="java&#9;script:alert(1)">click</a><a id="rel" href="/help">help</a><a id="frag" href="#top">top</a>
<img id="img" src="logo.png" srcset="logo-2x.png 2x, data:image/png;base64,AA,BB 3x" onerror="evil()">
<iframe id="frame" src="https://ads.example/" width="300" height="250" srcdoc="<script>x()</script>"></iframe>
<svg id="svg"></svg>
<form action="javascript:alert(1)">
  <input id="pw" type="password" value="hunter2">
  <input id="cc" autocomplete="cc-number" value="4111111111111111">
  <input id="cvc" name="cardCvc" value="123"><input id="exp" name="exp-date" value="12/29">
  <input id="otp" autocomplete="one-time-code" value="998877"><input id="pin" name="pin" value="1234">
  <input id="hidden" type="hidden" value="csrf-token-abc">
  <input id="shipping" name="shipping" value="">
  <input id="txid" name="txid" value="">
  <input id="agree" type="checkbox"><textarea id="msg">old</textarea>
  <select id="sel"><option>one</option><option>two</option></select>
  <button formaction="javascript:alert(1)">go</button>
</form>
<div id="host"></div>
<noscript><p>enable JS</p></noscript>
</body></html>`;

let document: Document;

/** The page in its own document (as a tab would hold it), with state the user changed. */
function load(): void {
  (globalThis as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://www.paypal.com/myaccount/summary');
  document = new DOMParser().parseFromString(PAGE, 'text/html');
  const set = (id: string, v: string) => ((document.getElementById(id) as HTMLInputElement).value = v);
  set('txid', '9XK12-TYPED');
  set('shipping', 'Beijing');
  set('pw', 'typed-secret');
  (document.getElementById('agree') as HTMLInputElement).checked = true;
  (document.getElementById('msg') as HTMLTextAreaElement).value = 'I was charged twice';
  (document.getElementById('sel') as HTMLSelectElement).selectedIndex = 1;
  const sheet = (rules: string[], href: string | null) => ({ href, cssRules: rules.map((cssText) => ({ cssText })) });
  Object.defineProperty(document.getElementById('same'), 'sheet', { value: sheet(['.x { background: url("i/a.png"); }'], 'https://www.paypal.com/css/site.css') });
  Object.defineProperty(document.getElementById('cross'), 'sheet', {
    value: { href: 'https://cdn.other.example/x.css', get cssRules() { throw new DOMException('no', 'SecurityError'); } },
  });
  Object.defineProperty(document.getElementById('cssinjs'), 'sheet', { value: sheet(['.sc-abc { display: flex; }'], null) });
  // SVG script and xlink:href built through the DOM (happy-dom's parser stops at <svg><script>).
  const SVG = 'http://www.w3.org/2000/svg';
  const svg = document.getElementById('svg')!;
  svg.append(document.createElementNS(SVG, 'script'), document.createElementNS(SVG, 'a'));
  svg.lastElementChild!.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', 'javascript:alert(1)');
  svg.lastElementChild!.setAttribute('href', ' javascript:alert(2)');
  const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
  root.innerHTML = '<style>b{color:blue}</style><b onclick="evil()">in shadow</b><input name="cvv" value="999">';
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('snapshotPage', () => {
  beforeEach(load);

  it('removes scripts, handlers, script URLs, srcdoc, frames, refresh and base', () => {
    const out = parse(snapshotPage(document));
    expect(out.querySelectorAll('script, noscript, iframe, base, meta[http-equiv="refresh"]')).toHaveLength(0);
    for (const el of Array.from(out.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name).not.toMatch(/^on|^srcdoc$/);
        expect(attr.value.replace(/\s/g, '')).not.toMatch(/^javascript:/i);
      }
    }
    expect(out.querySelector('[data-ww-placeholder="iframe"]')?.textContent).toContain('https://ads.example/');
    expect(out.querySelector('link[rel=preload]')).toBeNull();
    expect(out.body.textContent).toContain('Payment declined');
  });

  it('blanks passwords, card data, one-time codes and hidden tokens, keeps what the user typed elsewhere', () => {
    const html = snapshotPage(document);
    for (const secret of ['hunter2', 'typed-secret', '4111111111111111', '12/29', '998877', 'csrf-token-abc', '"999"']) expect(html).not.toContain(secret);
    const out = parse(html);
    for (const id of ['pw', 'cc', 'cvc', 'exp', 'otp', 'pin']) expect(out.getElementById(id)?.getAttribute('value') ?? '').toBe('');
    expect(out.getElementById('txid')?.getAttribute('value')).toBe('9XK12-TYPED');
    expect(out.getElementById('shipping')?.getAttribute('value')).toBe('Beijing');
    expect(out.getElementById('agree')?.hasAttribute('checked')).toBe(true);
    expect(out.getElementById('msg')?.textContent).toBe('I was charged twice');
    expect(out.querySelectorAll('#sel option')[1]?.hasAttribute('selected')).toBe(true);
  });

  it('embeds styles: inline, same-origin linked, CSSOM-only; drops unreadable sheets with a comment', () => {
    const html = snapshotPage(document);
    const out = parse(html);
    const css = Array.from(out.querySelectorAll('style')).map((s) => s.textContent).join('\n');
    expect(css).toContain('.amount { color: red; background: url("https://cdn.example/img/bg.png") }');
    expect(css).toContain('url("https://www.paypal.com/css/i/a.png")');
    expect(css).toContain('.sc-abc { display: flex; }');
    expect(out.querySelector('link[rel=stylesheet]')).toBeNull();
    expect(html).toMatch(/<!-- stylesheet not readable \(cross-origin or not loaded\): https:\/\/cdn\.other\.example\/x\.css -->/);
  });

  it('makes URLs absolute against the base URL', () => {
    const out = parse(snapshotPage(document));
    expect(out.getElementById('img')?.getAttribute('src')).toBe('https://cdn.example/logo.png');
    expect(out.getElementById('img')?.getAttribute('srcset')).toBe('https://cdn.example/logo-2x.png 2x, data:image/png;base64,AA,BB 3x');
    expect(out.getElementById('rel')?.getAttribute('href')).toBe('https://cdn.example/help');
    expect(out.getElementById('frag')?.getAttribute('href')).toBe('#top');
    expect(out.querySelector('link[rel=icon]')?.getAttribute('href')).toBe('https://cdn.example/favicon.ico');
  });

  it('starts with charset, a strict CSP and a header naming the source and time', () => {
    const html = snapshotPage(document, new Date('2026-11-26T04:00:00Z'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'; font-src data: https:[^"]*"><!-- Wallet Witness page snapshot/);
    expect(html).toContain(`source: ${document.URL}`);
    expect(html).toContain('captured: 2026-11-26T04:00:00.000Z');
    expect(parse(html).querySelectorAll('meta[charset]')).toHaveLength(1);
    expect(SNAPSHOT_CSP).toMatch(/^default-src 'none'/);
  });

  it('keeps open shadow roots as declarative shadow DOM, sanitised', () => {
    const html = snapshotPage(document);
    expect(html).toMatch(/<div id="host"><template shadowrootmode="open"><style>b\{color:blue\}<\/style><b>in shadow<\/b><input name="cvv" data-ww-blanked=""><\/template><\/div>/);
  });

  it('does not change the live page', () => {
    const before = document.documentElement.outerHTML;
    snapshotPage(document);
    expect(document.documentElement.outerHTML).toBe(before);
    expect((document.getElementById('pw') as HTMLInputElement).value).toBe('typed-secret');
    expect(document.getElementById('host')!.shadowRoot!.innerHTML).toContain('onclick');
    expect(document.querySelectorAll('script')).toHaveLength(2);
  });
});

describe('snapshotPage on hostile pages', () => {
  beforeEach(load);

  it('cannot be broken out of through style text or comments', () => {
    document = parse('<html><head></head><body><p>x</p></body></html>');
    const style = document.createElement('style');
    style.textContent = '</style><script>evil()</script>';
    document.head.append(style);
    document.body.append(document.createComment('--><script>evil()</script>'));
    const out = parse(snapshotPage(document));
    expect(out.querySelectorAll('script')).toHaveLength(0);
  });

  it('handles a document without head or body, and an SVG document', () => {
    const bare = document.implementation.createHTMLDocument('');
    bare.documentElement.replaceChildren(bare.createTextNode('only text'));
    expect(snapshotPage(bare)).toContain('only text');
    const svg = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"><text onclick="x()">chart</text></svg>', 'image/svg+xml');
    svg.documentElement.append(svg.createElementNS('http://www.w3.org/2000/svg', 'script'));
    const out = snapshotPage(svg);
    expect(out).toContain('chart');
    expect(out).toContain('<meta charset="utf-8">');
    expect(out).not.toMatch(/<script|onclick/);
    const empty = document.implementation.createHTMLDocument('');
    empty.documentElement.remove();
    expect(snapshotPage(empty)).toMatch(/Content-Security-Policy/);
  });

  it('survives very deep and very large pages quickly', () => {
    const nest = (depth: number) => {
      const deep = document.implementation.createHTMLDocument('');
      let node: Element = deep.body;
      for (let i = 0; i < depth; i++) node = node.appendChild(deep.createElement('div'));
      node.append('bottom', deep.createElement('script'));
      return snapshotPage(deep);
    };
    expect(nest(300)).toMatch(/<div>bottom<\/div>/);
    // Deeper than the copy can recurse (happy-dom's limit; browsers go further): page text only.
    const text = nest(20_000);
    expect(text).toMatch(/page text only/);
    expect(text).toContain('bottom');

    const big = document.implementation.createHTMLDocument('');
    const rows = Array.from({ length: 2500 }, (_, i) => `<tr onclick="x()"><td><a href="/tx/${i}">tx ${i}</a></td><td><input value="${i}"></td></tr>`);
    big.body.innerHTML = `<table>${rows.join('')}</table>`;
    const t0 = performance.now();
    const out = snapshotPage(big);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(out).toContain('tx 2499');
    expect(out).not.toContain('onclick');
  });
});
