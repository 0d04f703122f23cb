// Bounded reading of a page's text. Never innerText or getComputedStyle (both force layout); one
// TreeWalker over text nodes with caps on nodes, characters per node and characters in total, so
// a 100,000-element page or a 1 MB text node costs no more than a normal page.
import { CONTROL, INVISIBLE, ODD } from './clean';
import { SHOW_TEXT } from './element-text';

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
const MAX_SEGMENT_CHARS = 1_000;
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
  let cut: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited > MAX_NODES_VISITED || segs.length >= MAX_SEGMENTS || total > MAX_TOTAL_CHARS) {
      cut = node;
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
  if (cut) {
    // A page too big to read whole: still read the places a failure is announced past the point
    // where the walk stopped (alerts first, then headings), each with the card or section around
    // it (its reference and amount), in document order. Empty segments as wide as the judge's
    // window around a failure keep the texts before the cut out of the late texts' context.
    const late = lateElements(root, cut);
    for (let k = 0; late.length && k <= LATE_GAP; k++) {
      offsets.push(total);
      total += 1;
      raws.push('');
      segs.push({ raw: '', node: cut });
    }
    // Read in priority order (the budget goes to alerts first), written in document order.
    let budget = MAX_LATE_SEGMENTS;
    const read = late.map((region) => {
      const texts: Segment[] = [];
      const inRegion = doc.createTreeWalker(region, SHOW_TEXT);
      for (let node = inRegion.nextNode(); node && budget > 0; node = inRegion.nextNode()) {
        let raw = node.nodeValue;
        if (!raw || !NON_SPACE.test(raw) || skip.has(node)) continue;
        if (raw.length > MAX_SEGMENT_CHARS) raw = raw.slice(0, MAX_SEGMENT_CHARS);
        budget--;
        texts.push({ raw, node });
      }
      return { region, texts };
    });
    read.sort((a, b) => (a.region.compareDocumentPosition(b.region) & FOLLOWING ? -1 : 1));
    for (const { texts } of read) {
      for (const seg of texts) {
        offsets.push(total);
        total += seg.raw.length + 1;
        raws.push(seg.raw);
        segs.push(seg);
      }
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

const LATE_SELECTORS = ['[role="alert"], [role="alertdialog"], [aria-live]', 'h1, h2'];
const MAX_LATE = 100;
/** How many matches of a selector are looked at for being past the cut (a page may have many). */
const MAX_LATE_SCAN = 5_000;
/** Node.DOCUMENT_POSITION_FOLLOWING and _CONTAINS (as numbers: no Node global needed). */
const FOLLOWING = 4;
const UNREAD = FOLLOWING | 8;

const MAX_LATE_SEGMENTS = 1_500;
/** Where a late alert's reference and amount are: the card, section or dialog around it. */
const LATE_REGION = 'section, article, [role="dialog"], [role="alertdialog"], form';
/**
 * How many segments around a failure the judge reads for its context (reading.ts READ_BEFORE,
 * extract.ts): the empty gap before late texts is wider than that.
 */
export const CONTEXT_SEGMENTS = 40;
const LATE_GAP = CONTEXT_SEGMENTS + 2;

/**
 * Regions announcing something that the walk did not reach: alerts and headings after `cut` in
 * the document, or holding it (partly read), alerts first, at most MAX_LATE; each widened to the
 * section around it when that section lies past the cut too. No region inside another.
 */
function lateElements(root: Element, cut: Node): Element[] {
  const picked: Element[] = [];
  for (const selector of LATE_SELECTORS) {
    const found = root.querySelectorAll(selector);
    for (let k = 0; k < found.length && k < MAX_LATE_SCAN && picked.length < MAX_LATE; k++) {
      const el = found[k]!;
      if (!(cut.compareDocumentPosition(el) & UNREAD)) continue;
      const region = el.parentElement?.closest(LATE_REGION);
      const widened = region && cut.compareDocumentPosition(region) & FOLLOWING ? region : el;
      if (!picked.some((p) => p === widened || p.contains(widened))) picked.push(widened);
    }
  }
  return picked.filter((el) => !picked.some((other) => other !== el && other.contains(el)));
}

/** Index of the segment holding position `pos` of `joined`. */
function segmentAt(offsets: number[], pos: number): number {
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
 * `max` (matches `keep` or a sticky `confirm` turn down do not count): one native regex pass over the whole page
 * instead of a call per text node. A match that starts on the newline before a segment belongs
 * to that segment.
 */
export function segmentsMatching(
  text: PageText,
  re: RegExp,
  max: number,
  keep: (m: RegExpExecArray) => boolean = () => true,
  confirm?: RegExp,
): number[] {
  const out: number[] = [];
  const { joined, offsets } = text;
  if (!offsets.length) return out;
  re.lastIndex = 0;
  for (let m = re.exec(joined); m && out.length < max; m = re.exec(joined)) {
    if (confirm) {
      // `re` only marks where a match may start; the sticky `confirm` decides.
      confirm.lastIndex = m.index;
      if (!confirm.test(joined)) continue;
    }
    const i = segmentAt(offsets, joined[m.index] === '\n' ? m.index + 1 : m.index);
    if (out[out.length - 1] !== i && keep(m)) out.push(i);
    // Resume on the newline that opens the next segment.
    const next = i + 1 < offsets.length ? offsets[i + 1]! - 1 : joined.length;
    re.lastIndex = Math.max(next, m.index + 1);
    if (re.lastIndex >= joined.length) break;
  }
  return out;
}
