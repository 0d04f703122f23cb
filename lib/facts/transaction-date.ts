import type { Fact } from './types';

const DATE_LABEL = /date|time|created|timestamp|completed|submitted|时间|日期|时刻/i;

/**
 * The transaction's date among a page's facts: the first date under a date-like label, else the
 * first date on the page; its ISO form (with the offset when the page stated a zone).
 */
export function transactionDate(facts: readonly Fact[]): string | undefined {
  const dates = facts.filter((f) => f.type === 'datetime' && f.iso);
  return (dates.find((f) => DATE_LABEL.test(f.where ?? '')) ?? dates[0])?.iso;
}
