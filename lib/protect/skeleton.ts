import unhomoglyph from 'unhomoglyph';

// The Unicode confusables mapping (UTS #39, confusables.txt, through unhomoglyph) maps each
// character to a prototype that looks like it: Cyrillic "а" → "a", "0" → "O", "1" → "l",
// "m" → "rn". Marks (accents) are dropped as well, since "coinbáse" reads as "coinbase" in an
// address bar. Two labels with the same skeleton look alike; the skeleton is never shown.
const MARKS = /\p{M}+/gu;

/** The confusable skeleton of a domain label, for comparison only. */
export function skeleton(label: string): string {
  return unhomoglyph(label.normalize('NFD').replace(MARKS, '').toLowerCase()).normalize('NFD').replace(MARKS, '').toLowerCase();
}
