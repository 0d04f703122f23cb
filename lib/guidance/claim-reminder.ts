import type { CaseRecord } from '../db/types';
import { siteById } from '../sites';
import { nextClaimDeadline } from './claim-deadlines';
import { providerKindFor } from './escalation';

/** Days before a claim deadline that its reminder comes: time enough to file. */
const CLAIM_LEAD_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * When to remind about the case's next claim deadline (ms), or undefined when it has none with a
 * known date: CLAIM_LEAD_DAYS before it, or at once when that moment has passed.
 */
export function claimDueReminder(c: CaseRecord, now = Date.now()): number | undefined {
  const next = nextClaimDeadline(c, providerKindFor(siteById(c.siteId)) ?? null, now);
  return next?.due ? next.due.getTime() - CLAIM_LEAD_DAYS * DAY_MS : undefined;
}
