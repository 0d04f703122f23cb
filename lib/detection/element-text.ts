// Reading one element's text for a message or a heading: bounded, and spaced the way it reads.
import { clean } from './clean';

// NodeFilter.SHOW_TEXT, spelled out: the detector reads no globals (NodeFilter lives on window).
export const SHOW_TEXT = 4;

const INLINE = new Set([
  'span',
  'b',
  'strong',
  'em',
  'i',
  'small',
  'a',
  'font',
  'code',
  'mark',
  'u',
  'sup',
  'sub',
  'bdi',
  'bdo',
  'abbr',
  'time',
  'label',
]);

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
