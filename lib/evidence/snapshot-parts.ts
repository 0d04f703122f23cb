/** Pieces of the page snapshot that do not depend on its traversal (see snapshot.ts). */
import { rebaseCss } from './snapshot-css';
import { absoluteUrl, isScriptUrl } from './snapshot-sanitize';

/** Opening a snapshot offline runs nothing: no scripts, no frames, no form posts. */
export const SNAPSHOT_CSP =
  "default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'; font-src data: https:; form-action 'none'; base-uri 'none'";

const MAX_CANVAS_PIXELS = 4_000_000;

/** Frames are not captured: a box of the same size says what was there. */
export function placeholder(el: Element, doc: Document, base: string): Element {
  const box = doc.createElement('div');
  const src = el.getAttribute('src') ?? el.getAttribute('data') ?? '';
  for (const attr of ['id', 'class']) if (el.hasAttribute(attr)) box.setAttribute(attr, el.getAttribute(attr)!);
  const size = (a: string) =>
    /^\d+(\.\d+)?(px|%)?$/.test(el.getAttribute(a) ?? '')
      ? `${a}:${el.getAttribute(a)}${/\d$/.test(el.getAttribute(a)!) ? 'px' : ''};`
      : '';
  box.setAttribute(
    'style',
    `display:inline-block;box-sizing:border-box;border:1px dashed #999;color:#666;font:12px sans-serif;padding:4px;overflow:hidden;${size('width')}${size('height')}${rebaseCss(el.getAttribute('style') ?? '', base)}`,
  );
  box.setAttribute('data-ww-placeholder', el.localName);
  box.textContent = `[${el.localName}] ${isScriptUrl(src) ? '' : absoluteUrl(src, base)}`;
  return box;
}

/** A canvas's pixels are not part of the DOM: keep them as an image when the page allows. */
export function canvasImage(el: Element, live: HTMLCanvasElement, doc: Document): Element | undefined {
  try {
    if (live.width * live.height > MAX_CANVAS_PIXELS || live.width * live.height === 0) return undefined;
    const img = doc.createElement('img');
    for (const attr of ['id', 'class', 'style', 'width', 'height'])
      if (el.hasAttribute(attr)) img.setAttribute(attr, el.getAttribute(attr)!);
    img.setAttribute('src', live.toDataURL());
    return img;
  } catch {
    return undefined; // tainted by cross-origin images, or no canvas support: keep the element
  }
}

export function removeComments(scope: Node): void {
  const doc = scope.ownerDocument ?? (scope as Document);
  const walker = doc.createTreeWalker(scope, 0x80 | 0x40); // NodeFilter.SHOW_COMMENT | SHOW_PROCESSING_INSTRUCTION
  const found: Node[] = [];
  while (walker.nextNode()) found.push(walker.currentNode);
  for (const node of found) node.parentNode?.removeChild(node);
}

/** Keep the page's rendering mode: a doctype only if it had one (quirks pages stay quirks). */
export function doctype(doc: Document): string {
  const dt = doc.doctype;
  if (!dt) return '';
  const ok = (s: string) => /^[\w .:/+-]*$/.test(s);
  const pub = dt.publicId && ok(dt.publicId) ? ` PUBLIC "${dt.publicId}"` : '';
  const sys = dt.systemId && ok(dt.systemId) ? `${pub ? '' : ' SYSTEM'} "${dt.systemId}"` : '';
  return `<!DOCTYPE html${pub}${sys}>\n`;
}

/** Last resort (e.g. a tree too deep to copy): the page's text, escaped; iterative, so depth
 * cannot overflow the stack. */
export function fallback(doc: Document, header: string): string {
  let text = '';
  try {
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement ?? doc, 0x4); // NodeFilter.SHOW_TEXT
    while (walker.nextNode() && text.length < 10_000_000) {
      const parent = walker.currentNode.parentNode as Element | null;
      if (parent?.localName !== 'script' && parent?.localName !== 'style') text += walker.currentNode.nodeValue;
    }
  } catch {
    /* nothing readable */
  }
  const esc = text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${SNAPSHOT_CSP}"><!-- ${header} --></head><body><pre style="white-space:pre-wrap">${esc}</pre></body></html>\n`;
}
