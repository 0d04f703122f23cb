import { isoWithOffset } from '../db/cases';
import type { CaseRecord, CaseStatus } from '../db/types';
import { escalationDeadline, nextFollowUp, providerKindFor } from '../guidance';
import { siteById } from '../sites';

/**
 * Dates that follow from a case's status: the next follow-up (lib/guidance's cadence) and,
 * once the complaint is filed, the escalation deadline from the region's rules, with its rule id.
 * Every case gets them from here, however it was started (lib/cases/new-case.ts) or changed
 * (lib/cases/lifecycle.ts); the background arms reminders from them (lib/background/reminders.ts).
 */
export function caseDates(
  c: Pick<CaseRecord, 'region' | 'situation' | 'siteId' | 'escalationDueAt' | 'escalationRule'>,
  status: CaseStatus,
  now: Date,
): Pick<CaseRecord, 'nextFollowUpAt' | 'escalationDueAt' | 'escalationRule'> {
  const follow = nextFollowUp(now, status);
  const patch: Pick<CaseRecord, 'nextFollowUpAt' | 'escalationDueAt' | 'escalationRule'> = {
    nextFollowUpAt: follow ? isoWithOffset(follow) : undefined,
  };
  if ((status === 'filed' || status === 'awaiting-reply') && !c.escalationDueAt) {
    const deadline = escalationDeadline(c.region, c.situation, now, providerKindFor(siteById(c.siteId)));
    if (deadline) {
      patch.escalationDueAt = isoWithOffset(deadline.due);
      patch.escalationRule = deadline.rule.id;
    }
  }
  return patch;
}
