/**
 * Event handler attributes (and <base>) taken out of untrusted markup before any DOM parser of ours sees it.
 * Chromium checks the document's CSP for every on* attribute a parser creates, even in an inert
 * document (DOMParser, a template, createHTMLDocument) where the handler can never run: under a
 * script-src policy it logs a violation to the console and fires a securitypolicyviolation event
 * the page's own scripts can listen to (and a report-uri can send home). parse5 is the HTML
 * standard's parsing algorithm in plain JS, so it builds the same tree the browser would
 * (scripting off, like DOMParser) without touching the DOM. A <base> element is checked the same
 * way against base-uri as soon as it is parsed; it goes too (the sanitiser drops it anyway).
 */
import { type DefaultTreeAdapterTypes as T, html, parse, serialize } from 'parse5';

// Serialising and parsing again can move markup (mutation XSS): repeat until a pass finds nothing.
const MAX_PASSES = 4;
const HTML = html.NS.HTML;

/** Remove on* attributes and <base> everywhere, template contents included; returns how many. */
function strip(node: T.ParentNode): number {
  let removed = 0;
  const kept = node.childNodes.filter((c) => !('tagName' in c && c.tagName === 'base' && c.namespaceURI === HTML));
  removed += node.childNodes.length - kept.length;
  node.childNodes = kept;
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    const before = child.attrs.length;
    child.attrs = child.attrs.filter((a) => !/^on/i.test(a.name));
    removed += before - child.attrs.length;
    removed += strip(child);
    if (child.tagName === 'template' && 'content' in child) removed += strip((child as T.Template).content);
  }
  return removed;
}

/** `markup` with no event handler attribute left, as the browser would parse it; whole document. */
export function withoutHandlers(markup: string): string {
  let out = markup;
  for (let i = 0; i < MAX_PASSES; i++) {
    const doc = parse(out, { scriptingEnabled: false });
    if (strip(doc) === 0) return out;
    out = serialize(doc);
  }
  // Markup that keeps growing handlers back is not a page anyone captured: show none of it.
  return '<!DOCTYPE html><html><head></head><body></body></html>';
}
