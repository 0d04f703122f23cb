/**
 * The last pass over every page snapshot, and the first over every snapshot the dashboard shows:
 * DOMPurify (an allowlist sanitiser that parses as the browser does) configured for a static
 * document that loads nothing, then the charset and CSP metas put first in <head>. Running it on
 * its own output changes nothing (test/e2e/snapshot-fixpoint.e2e.test.ts).
 */
import DOMPurify, { type Config, type DOMPurify as Purifier, type UponSanitizeAttributeHookEvent } from 'dompurify';
import { cleanDeclarations, cleanStylesheet } from './snapshot-css';

/** page.html's policy: no script, no frame, no form target, no network source of any kind. */
export const SNAPSHOT_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; media-src data:; form-action 'none'; base-uri 'none'";

/** The comment snapshotPage puts in <head>; kept (as text) when the snapshot is sanitised again. */
export const HEADER_START = 'Wallet Witness page snapshot';

const XHTML = 'http://www.w3.org/1999/xhtml';
// Attributes whose value the browser fetches: only an inlined image may stay.
const RESOURCE_ATTRS = new Set(['src', 'poster', 'background', 'lowsrc', 'dynsrc', 'data']);
const INLINE_IMAGE = /^data:image\/(png|jpeg|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon|svg\+xml)[;,]/i;
const LINK = /^(https?:|mailto:|tel:|#)/i;
const LINK_TAGS = new Set(['a', 'area']);
// Browsers ignore ASCII whitespace and control characters in a URL's scheme.
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f]/g;

const CONFIG: Config = {
  WHOLE_DOCUMENT: true,
  USE_PROFILES: { html: true, svg: true, svgFilters: true, mathMl: true },
  ADD_ATTR: ['shadowrootmode', 'popover'],
  FORBID_TAGS: [
    'xmp',
    'noscript',
    'noembed',
    'noframes',
    'plaintext',
    'source',
    'track',
    'animatecolor',
    'animatemotion',
    'animatetransform',
  ],
  FORBID_ATTR: ['action', 'formaction', 'ping', 'srcset', 'imagesrcset', 'srcdoc', 'http-equiv', 'target', 'download', 'formtarget'],
  // No script ever runs next to this document, so DOM clobbering cannot hurt, and ids that
  // collide with document properties stay (CSS selects by them).
  SANITIZE_DOM: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

interface Pass {
  header: string | null;
  styleDoc: Document;
}

const instances = new WeakMap<object, { purify: Purifier; pass: Pass }>();

function purifierFor(win: Window & typeof globalThis): { purify: Purifier; pass: Pass } {
  const known = instances.get(win);
  if (known) return known;
  const purify = DOMPurify(win);
  const pass: Pass = { header: null, styleDoc: win.document.implementation.createHTMLDocument('') };
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (node.nodeType === 8 && pass.header === null && (node as Comment).data.trimStart().startsWith(HEADER_START)) {
      if ((node.parentNode as Element | null)?.localName === 'head') pass.header = (node as Comment).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (data.tagName === 'style') {
      // SVG and MathML style text is markup to the serialiser: the classic mutation-XSS path.
      if (el.namespaceURI !== XHTML) el.remove();
      else el.textContent = cleanStylesheet(el.textContent ?? '', win);
    } else if (data.tagName === 'template' && el.getAttribute('shadowrootmode') !== 'open') {
      el.remove(); // an inert template is never rendered; only declarative shadow roots show
    }
  });
  purify.addHook('uponSanitizeAttribute', (node, data) => checkAttribute(node as Element, data, pass));
  const made = { purify, pass };
  instances.set(win, made);
  return made;
}

function checkAttribute(el: Element, data: UponSanitizeAttributeHookEvent, pass: Pass): void {
  const name = data.attrName;
  const value = data.attrValue.replace(URL_NOISE, '');
  if (name === 'style') {
    data.attrValue = cleanDeclarations(data.attrValue, pass.styleDoc);
    if (!data.attrValue) data.keepAttr = false;
  } else if (name === 'href' || name === 'xlink:href') {
    const tag = el.localName.toLowerCase();
    const ok = LINK_TAGS.has(tag) ? LINK.test(value) : value.startsWith('#') || (tag === 'image' && INLINE_IMAGE.test(value));
    if (!ok) data.keepAttr = false;
  } else if (RESOURCE_ATTRS.has(name) && !INLINE_IMAGE.test(value)) {
    data.keepAttr = false;
  } else if (/url\s*\(|\\/i.test(data.attrValue) && !/^url\(\s*['"]?#[^()\\]*\)$/i.test(data.attrValue.trim())) {
    // SVG presentation attributes (fill, mask, filter, cursor…) are CSS: only local references.
    data.keepAttr = false;
  }
}

/**
 * Sanitise a whole HTML document for display as a static page: the allowlisted markup only, no
 * script, handler, frame, form target or network reference (inlined data: images and fonts stay),
 * CSS cleaned by the browser's own parser; then `<meta charset>` and the CSP meta first in
 * <head>, followed by the snapshot's header comment when the input had one. `win` supplies the
 * parser (the captured page's window in the probe, the dashboard's window in the viewer).
 */
export function purifySnapshot(html: string, win: Window & typeof globalThis): string {
  const { purify, pass } = purifierFor(win);
  pass.header = null;
  const clean = purify.sanitize(html, CONFIG) as string;
  const doc = new win.DOMParser().parseFromString(clean, 'text/html');
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const csp = doc.createElement('meta');
  csp.setAttribute('http-equiv', 'Content-Security-Policy');
  csp.setAttribute('content', SNAPSHOT_CSP);
  doc.head.prepend(charset, csp, ...(pass.header === null ? [] : [doc.createComment(pass.header)]));
  // Nothing after </html>: a parser moves trailing text into <body>, so it would grow each pass.
  return `${doctypeOf(html)}${doc.documentElement.outerHTML}`;
}

const DOCTYPE = /^\uFEFF?\s*(<!DOCTYPE html(?: PUBLIC "[\w .:/+-]*")?(?: (?:SYSTEM )?"[\w .:/+-]*")?>)/i;

/** Keep the rendering mode: the input's doctype if it is a plain one, none if it had none. */
function doctypeOf(html: string): string {
  const m = DOCTYPE.exec(html);
  if (m) return `${m[1]}\n`;
  return /^\uFEFF?\s*<!doctype/i.test(html) ? '<!DOCTYPE html>\n' : '';
}
