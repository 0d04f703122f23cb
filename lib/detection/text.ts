// Bounded reading of a page's text. Never innerText or getComputedStyle (both force layout); one
// TreeWalker over text nodes with caps on nodes, characters per node and characters in total, so
// a 100,000-element page or a 1 MB text node costs no more than a normal page.

/** One run of text, in document order, with the node it was read from. */
export interface Segment {
  /** The text as in the DOM (untrimmed), at most MAX_SEGMENT_CHARS; see `clean`. */
  raw: string;
  /** The text node (or, past the reading cap, the element) the text came from. */
  node: Node;
}

/** The element holding a segment's text. */
export function holderOf(seg: Segment): Element | null {
  return (seg.node.nodeType === 1 ? seg.node : seg.node.parentNode) as Element | null;
}

const MAX_NODES_VISITED = 60_000;
const MAX_SEGMENTS = 25_000;
const MAX_TOTAL_CHARS = 600_000;
export const MAX_SEGMENT_CHARS = 1_000;
// NodeFilter.SHOW_TEXT, spelled out: the detector reads no globals (NodeFilter lives on window).
const SHOW_TEXT = 4;
const UNREAD_TAGS = ['script', 'style', 'noscript', 'template', 'textarea', 'option', 'title'];
const MAX_UNREAD_PER_TAG = 2_000;

/**
 * Text nodes that are code or form values, not page text. Found up front through the (cheap, live)
 * tag collections, so the walk below never has to look at a text node's parent.
 */
function unreadTextNodes(root: Element): Set<Node> {
  const skip = new Set<Node>();
  for (const tag of UNREAD_TAGS) {
    const list = root.getElementsByTagName(tag);
    for (let i = 0; i < list.length && i < MAX_UNREAD_PER_TAG; i++) {
      for (let child = list[i]!.firstChild, n = 0; child && n < 50; child = child.nextSibling, n++) {
        if (child.nodeType === 3) skip.add(child);
      }
    }
  }
  return skip;
}
const NON_SPACE = /\S/;

/** The page's text: segments in document order, and all of them joined by newlines. */
export interface PageText {
  segs: Segment[];
  /**
   * '\n' + segment texts joined with '\n' + '\n': one regex pass finds candidates for the whole
   * page, and every segment starts right after a newline.
   */
  joined: string;
  /** Start of each segment in `joined`. */
  offsets: number[];
}

/** Collects text segments under `body` (or the root element when there is no body). */
export function collectText(doc: Document): PageText {
  const segs: Segment[] = [];
  const raws: string[] = [];
  const offsets: number[] = [];
  const root = doc.body ?? doc.documentElement;
  if (!root || typeof doc.createTreeWalker !== 'function') return { segs, joined: '\n', offsets };
  const skip = unreadTextNodes(root);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let visited = 0;
  let total = 1;
  let truncated = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited > MAX_NODES_VISITED || segs.length >= MAX_SEGMENTS || total > MAX_TOTAL_CHARS) {
      truncated = true;
      break;
    }
    let raw = node.nodeValue;
    if (!raw || !NON_SPACE.test(raw) || skip.has(node)) continue;
    if (raw.length > MAX_SEGMENT_CHARS) raw = raw.slice(0, MAX_SEGMENT_CHARS);
    offsets.push(total);
    total += raw.length + 1;
    raws.push(raw);
    segs.push({ raw, node });
  }
  if (truncated) {
    // A page too big to read whole: still read the places a failure is announced.
    const late = root.querySelectorAll(LATE_SELECTOR);
    for (let k = 0; k < late.length && k < MAX_LATE; k++) {
      const raw = spacedText(doc, late[k]!, 300);
      if (!raw) continue;
      offsets.push(total);
      total += raw.length + 1;
      raws.push(raw);
      segs.push({ raw, node: late[k]! });
    }
  }
  let joined = `\n${raws.join('\n')}\n`;
  if (ODD.test(joined)) {
    // Rare: zero-width or control characters inside words ("Pay\u200bment fa\u200diled") would
    // hide them from the one-pass scan. Strip them and rebuild the offsets.
    total = 1;
    for (let i = 0; i < segs.length; i++) {
      let raw = raws[i]!;
      if (ODD.test(raw)) raw = raw.replace(CONTROL, ' ').replace(INVISIBLE, '');
      raws[i] = raw;
      segs[i]!.raw = raw;
      offsets[i] = total;
      total += raw.length + 1;
    }
    joined = `\n${raws.join('\n')}\n`;
  }
  return { segs, joined, offsets };
}

const LATE_SELECTOR = '[role="alert"], [role="alertdialog"], [aria-live], h1, h2';
const MAX_LATE = 100;

/** The text nodes under `el` joined by spaces (block boundaries stay visible), capped. */
function spacedText(doc: Document, el: Element, cap: number): string {
  const walker = doc.createTreeWalker(el, SHOW_TEXT);
  let out = '';
  for (let n = 0, node = walker.nextNode(); node && n < 40 && out.length < cap; n++, node = walker.nextNode()) {
    out += ` ${node.nodeValue ?? ''}`;
  }
  return clean(out).slice(0, cap);
}

/** Index of the segment holding position `pos` of `joined`. */
export function segmentAt(offsets: number[], pos: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Indexes of the segments where global regex `re` matches, in order, one per segment, at most
 * `max`: one native regex pass over the whole page instead of a call per text node. A match
 * that starts on the newline before a segment belongs to that segment.
 */
export function segmentsMatching(text: PageText, re: RegExp, max: number): number[] {
  const out: number[] = [];
  const { joined, offsets } = text;
  if (!offsets.length) return out;
  re.lastIndex = 0;
  for (let m = re.exec(joined); m && out.length < max; m = re.exec(joined)) {
    const i = segmentAt(offsets, joined[m.index] === '\n' ? m.index + 1 : m.index);
    if (out[out.length - 1] !== i) out.push(i);
    // Resume on the newline that opens the next segment.
    const next = i + 1 < offsets.length ? offsets[i + 1]! - 1 : joined.length;
    re.lastIndex = Math.max(next, m.index + 1);
    if (re.lastIndex >= joined.length) break;
  }
  return out;
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const ODD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Control characters become spaces, zero-width and bidi marks vanish, whitespace collapses. */
export function clean(text: string): string {
  let s = text;
  if (ODD.test(s)) s = s.replace(CONTROL, ' ').replace(INVISIBLE, '');
  // Curly apostrophes become straight ones so "can’t" and "can't" read alike.
  return s.replace(/\s+/g, ' ').replace(/[\u2018\u2019]/g, "'").trim();
}

const INLINE = new Set(['span', 'b', 'strong', 'em', 'i', 'small', 'a', 'font', 'code', 'mark', 'u', 'sup', 'sub', 'bdi', 'bdo', 'abbr', 'time', 'label']);

/**
 * The text of the smallest block around `el` (inline wrappers climbed, at most 3 levels), cleaned
 * and capped; falls back to `fallback` when that block holds far more text than a message would.
 */
export function blockText(el: Element, fallback: string, cap = 300): string {
  let block: Element = el;
  for (let i = 0; i < 3 && INLINE.has(block.localName) && block.parentElement; i++) block = block.parentElement;
  let text = '';
  try {
    // A block with many children is a container, not a message: its text would be the page.
    if (block.childElementCount <= 24) text = readable(block, 4 * cap);
  } catch {
    text = '';
  }
  const cut = clean(text);
  return cut && cut.length <= cap ? cut : clean(fallback).slice(0, cap);
}

const GLUED = /[\p{Ll}\p{Nd}\p{Script=Han}]$/u;
const GLUED_NEXT = /^[\p{Ll}\p{Nd}\p{Script=Han}]/u;

/**
 * Text of `root` as it reads: text nodes of different blocks are kept apart ("Payment
 * declined" + "Your bank…"), pieces of one word split by inline tags are not ("Pay<b>ment</b>").
 * Returns '' when the text exceeds `max` characters.
 */
function readable(root: Element, max: number): string {
  const doc = root.ownerDocument;
  if (!doc) return '';
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let out = '';
  let prevInline = false;
  for (let n = 0, node = walker.nextNode(); node && n < 60; n++, node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const parent = node.parentNode as Element | null;
    const tag = parent?.localName ?? '';
    if (tag === 'script' || tag === 'style') continue;
    const inline = parent === root || INLINE.has(tag);
    const glue = out === '' || (prevInline && inline && GLUED.test(out) && GLUED_NEXT.test(value));
    out += glue ? value : ` ${value}`;
    prevInline = inline;
    if (out.length > max) return '';
  }
  return out;
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
