/**
 * A stored page snapshot made ready for the dashboard's viewer frame (sandboxed: no scripts, an
 * opaque origin). Whatever page.html holds (it may come from an imported bundle), it is parsed
 * and sanitised again with the snapshot's own sanitiser, links stop being links (the address
 * stays readable on hover), and the viewer's CSP goes first, binding before anything else.
 * Handler attributes are taken out before the browser parses it at all (strip-handlers.ts says
 * why: Chromium reports each one to the dashboard's CSP, and its console, even in a DOMParser
 * document where nothing can run).
 */
import { purifySnapshot } from './snapshot-purify';

const VIEWER_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; form-action 'none'; base-uri 'none'";

export async function isolateSnapshot(html: string, win: Window & typeof globalThis = window): Promise<string> {
  // parse5 is large (about 175 kB minified): loaded only when a snapshot is shown.
  const { withoutHandlers } = await import('./strip-handlers');
  const clean = purifySnapshot(withoutHandlers(html), win);
  const doc = new win.DOMParser().parseFromString(clean, 'text/html');
  for (const a of Array.from(doc.querySelectorAll('[*|href]'))) {
    for (const attr of Array.from(a.attributes).filter((x) => x.localName === 'href')) {
      if (/^(#|data:)/.test(attr.value)) continue;
      a.removeAttributeNS(attr.namespaceURI, attr.localName);
      if (!a.hasAttribute('title')) a.setAttribute('title', attr.value);
    }
  }
  const meta = doc.createElement('meta');
  meta.setAttribute('http-equiv', 'Content-Security-Policy');
  meta.setAttribute('content', VIEWER_CSP);
  doc.head.prepend(meta);
  return `${/^<!DOCTYPE[^>]*>\n?/i.exec(clean)?.[0] ?? ''}${doc.documentElement.outerHTML}`;
}
