// Bounded reading of a page's text. Never innerText or getComputedStyle (both force layout); one
// TreeWalker over text nodes with caps on nodes, characters per node and characters in total, so
// a 100,000-element page or a 1 MB text node costs no more than a normal page.

/** One visible-ish run of text, in document order, with the element that holds it. */
export interface Segment {
  /** The text as in the DOM (untrimmed), at most MAX_SEGMENT_CHARS; see `clean`. */
  raw: string;
  el: Element;
}

const MAX_NODES_VISITED = 60_000;
const MAX_SEGMENTS = 25_000;
const MAX_TOTAL_CHARS = 600_000;
export const MAX_SEGMENT_CHARS = 1_000;
// NodeFilter.SHOW_TEXT, spelled out: the detector reads no globals (NodeFilter lives on window).
const SHOW_TEXT = 4;
const SKIP_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'head', 'title']);
const NON_SPACE = /\S/;

/** Collects text segments under `body` (or the root element when there is no body). */
export function collectSegments(doc: Document): Segment[] {
  const segments: Segment[] = [];
  const root = doc.body ?? doc.documentElement;
  if (!root || typeof doc.createTreeWalker !== 'function') return segments;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let visited = 0;
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited > MAX_NODES_VISITED || segments.length >= MAX_SEGMENTS || total > MAX_TOTAL_CHARS) break;
    let raw = node.nodeValue;
    if (!raw || !NON_SPACE.test(raw)) continue;
    const el = node.parentNode as Element | null;
    if (!el || el.nodeType !== 1 || SKIP_PARENTS.has(el.localName)) continue;
    if (raw.length > MAX_SEGMENT_CHARS) raw = raw.slice(0, MAX_SEGMENT_CHARS);
    total += raw.length;
    segments.push({ raw, el });
  }
  return segments;
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const ODD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Control characters become spaces, zero-width and bidi marks vanish, whitespace collapses. */
export function clean(text: string): string {
  let s = text;
  if (ODD.test(s)) s = s.replace(CONTROL, ' ').replace(INVISIBLE, '');
  return s.replace(/\s+/g, ' ').trim();
}

const INLINE = new Set(['span', 'b', 'strong', 'em', 'i', 'small', 'a', 'font', 'code', 'mark', 'u', 'sup', 'sub', 'bdi', 'bdo', 'abbr', 'time', 'label']);

/**
 * The text of the smallest block around `el` (inline wrappers climbed, at most 3 levels), cleaned
 * and capped; falls back to `fallback` when that block holds far more text than a message would.
 */
export function blockText(el: Element, fallback: string, cap = 300): string {
  let block: Element = el;
  for (let i = 0; i < 3 && INLINE.has(block.localName) && block.parentElement; i++) block = block.parentElement;
  let text: string | null = null;
  try {
    // A block with many children is a container, not a message: its text would be the page.
    if (block.childElementCount <= 24) text = block.textContent;
  } catch {
    text = null;
  }
  if (!text) return clean(fallback).slice(0, cap);
  const cut = clean(text.length > 4 * cap ? text.slice(0, 4 * cap) : text);
  if (cut.length > cap) return clean(fallback).slice(0, cap);
  return cut;
}

/** Bounded textContent of one element. */
export function elementText(el: Element, cap = 200): string {
  let text: string | null = null;
  try {
    text = el.textContent;
  } catch {
    return '';
  }
  if (!text) return '';
  return clean(text.length > 4 * cap ? text.slice(0, 4 * cap) : text).slice(0, cap);
}
