import { beforeEach, describe, expect, it } from 'vitest';
import { SNAPSHOT_CSP, snapshotPage } from '../../../lib/evidence/snapshot';
import { loadPage } from './snapshot-fixture';

let document: Document;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('snapshotPage', () => {
  beforeEach(() => {
    document = loadPage();
  });

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
    for (const secret of ['hunter2', 'typed-secret', '4111111111111111', '12/29', '998877', 'csrf-token-abc', '"999"'])
      expect(html).not.toContain(secret);
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
    const css = Array.from(out.querySelectorAll('style'))
      .map((s) => s.textContent)
      .join('\n');
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
    expect(html).toMatch(
      /^<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'; font-src data: https:[^"]*"><!-- Wallet Witness page snapshot/,
    );
    expect(html).toContain(`source: ${document.URL}`);
    expect(html).toContain('captured: 2026-11-26T04:00:00.000Z');
    expect(parse(html).querySelectorAll('meta[charset]')).toHaveLength(1);
    expect(SNAPSHOT_CSP).toMatch(/^default-src 'none'/);
  });

  it('keeps open shadow roots as declarative shadow DOM, sanitised', () => {
    const html = snapshotPage(document);
    expect(html).toMatch(
      /<div id="host"><template shadowrootmode="open"><style>b\{color:blue\}<\/style><b>in shadow<\/b><input name="cvv" data-ww-blanked=""><\/template><\/div>/,
    );
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
