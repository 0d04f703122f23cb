import { addBusinessDays, addDays, addMonths, addWeeks } from 'date-fns';
import type { CaseStatus, Situation } from '../db/types';
import type { RegionId } from '../sites/types';
import { DEADLINE_RULES, type DeadlineBasis, type DeadlineClock, type DeadlineRule } from './deadline-rules';
import type { ProviderKind } from './types';

export { DEADLINE_RULES } from './deadline-rules';
export type { DeadlineBasis, DeadlineRule } from './deadline-rules';

/**
 * `from` moved forward by `amount` units of `basis`. Business days skip Saturdays and Sundays
 * only: public holidays are not modelled, so a business-day date is an estimate (rule labels
 * say so) and may fall a few days before the legal deadline around holidays.
 */
export function addPeriod(from: Date, basis: DeadlineBasis, amount: number): Date {
  switch (basis) {
    case 'business-days':
      return addBusinessDays(from, amount);
    case 'calendar-days':
      return addDays(from, amount);
    case 'weeks':
      return addWeeks(from, amount);
    case 'months':
      return addMonths(from, amount);
  }
}

/** Deadline rules for a region and case, in the order they apply. */
export function rulesFor(region: RegionId, situation: Situation, provider?: ProviderKind | null): DeadlineRule[] {
  const scope = provider ?? 'unknown';
  return DEADLINE_RULES.filter(
    (r) =>
      r.region === region && (r.appliesTo === 'all' || r.appliesTo.includes(situation)) && (!r.providers || r.providers.includes(scope)),
  );
}

/** Clocks that, once run out, mean "time to escalate". */
const ESCALATION_CLOCKS: readonly DeadlineClock[] = ['provider-reply', 'body-decision', 'body-reply'];

/**
 * When the case should be escalated if no satisfactory answer has come, and the rule that says
 * so; null where no rule with a figure is known (GLOBAL; China's payment institutions, see the
 * 12363 note in bodies-cn.ts; fraud in China, which goes to the police at once).
 * Examples: UK payment complaint → 15 business days; CN merchant dispute at 12315 → 7 working
 * days to accept; US complaint through the CFPB → 15 calendar days.
 */
export function escalationDeadline(
  region: RegionId,
  situation: Situation,
  filedAt: Date,
  siteCategory?: ProviderKind | null,
): { due: Date; rule: DeadlineRule } | null {
  const rule = rulesFor(region, situation, siteCategory).find((r) => ESCALATION_CLOCKS.includes(r.clock));
  return rule ? { due: addPeriod(filedAt, rule.basis, rule.amount), rule } : null;
}

/**
 * Business days until the next "any news?" reminder, by case status. Chosen, not regulated:
 * - draft: 1, a nudge to actually send the complaint;
 * - filed / awaiting-reply: 3, long enough for a support queue to answer, short enough that a
 *   lost ticket shows up several times before a 15-business-day payment deadline;
 * - escalated: 5, regulators and ombudsmen work more slowly (12315 takes up to 7 to accept);
 * - resolved: 5, to check the promised refund or unfreeze really happened;
 * - closed: none.
 */
const FOLLOW_UP_BUSINESS_DAYS: Readonly<Record<CaseStatus, number | null>> = {
  draft: 1,
  filed: 3,
  'awaiting-reply': 3,
  escalated: 5,
  resolved: 5,
  closed: null,
};

/** When to remind the user to chase the case, or null for a closed case. */
export function nextFollowUp(lastActivity: Date, status: CaseStatus): Date | null {
  const days = FOLLOW_UP_BUSINESS_DAYS[status];
  return days === null ? null : addBusinessDays(lastActivity, days);
}
