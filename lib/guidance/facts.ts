import type { FactCheck } from '../sites/types';
import type { SourcedFact } from './types';

/**
 * The check to show beside an item that states several facts (a body's number and what the body
 * is for): the primary fact's source and date, and "unverified" if any of them is.
 */
export function shownFact(primary: SourcedFact, ...others: FactCheck[]): SourcedFact {
  const { source, sourceName } = primary;
  const named = sourceName ? { sourceName } : {};
  if (primary.unverified || others.some((f) => f.unverified)) return { source, unverified: true, ...named };
  return { source, checked: primary.checked, ...named };
}
