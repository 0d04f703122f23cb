import type { CaseRecord } from '../db/types';
import { CLAIM_RULES, type ClaimRule, type ClaimStart } from './claim-rules';
import { addPeriod } from './deadlines';
import type { ProviderKind } from './types';

export interface ClaimDeadline {
  rule: ClaimRule;
  /** The date it is counted from (YYYY-MM-DD or ISO), or undefined when not known yet. */
  start?: string;
  due?: Date;
}

const day = (iso: string | undefined) => (iso && !Number.isNaN(Date.parse(iso.slice(0, 10))) ? iso.slice(0, 10) : undefined);

/** The date each kind of start is, for this case (undefined: not known yet). */
function startDates(c: CaseRecord): Record<ClaimStart, string | undefined> {
  const opened = [...c.contacts].sort((a, b) => a.at.localeCompare(b.at))[0]?.at;
  return { transaction: day(c.transactions[0]?.at), 'final-answer': day(c.finalAnswerAt), 'dispute-opened': day(opened) };
}

/**
 * The claim and referral deadlines that apply to a case (by region, provider and situation),
 * each computed from the date its rule counts from: the transaction's date, the provider's final
 * answer or the dispute's opening; without that date, the deadline is listed with no date.
 */
export function claimDeadlines(c: CaseRecord, providerKind: ProviderKind | null): ClaimDeadline[] {
  const starts = startDates(c);
  const scope = providerKind ?? 'unknown';
  return CLAIM_RULES.filter(
    (r) =>
      (!r.regions || r.regions.includes(c.region)) &&
      (!r.sites || (c.siteId !== null && r.sites.includes(c.siteId))) &&
      (!r.providers || r.providers.includes(scope)) &&
      (r.appliesTo === 'all' || r.appliesTo.includes(c.situation)),
  ).map((rule) => {
    const start = starts[rule.from];
    return start ? { rule, start, due: addPeriod(new Date(`${start}T00:00:00`), rule.basis, rule.amount) } : { rule };
  });
}

/** The earliest claim deadline still ahead (for the reminder), or null. */
export function nextClaimDeadline(c: CaseRecord, providerKind: ProviderKind | null, now = Date.now()): ClaimDeadline | null {
  const ahead = claimDeadlines(c, providerKind).filter((d) => d.due && d.due.getTime() > now);
  return ahead.sort((a, b) => a.due!.getTime() - b.due!.getTime())[0] ?? null;
}
