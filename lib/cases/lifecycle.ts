import { createCase, isoWithOffset, updateCase, type NewCase } from '../db/cases';
import type { CaseRecord, CaseStatus, ContactRecord } from '../db/types';
import { escalationDeadline, nextFollowUp, providerKindFor } from '../guidance';
import { siteById } from '../sites';

/**
 * Dates that follow from a case's status: the next follow-up (lib/guidance's cadence) and,
 * once the complaint is filed, the escalation deadline from the region's rules, with its rule id.
 */
function datesFor(
  c: Pick<CaseRecord, 'region' | 'situation' | 'siteId' | 'escalationDueAt' | 'escalationRule'>,
  status: CaseStatus,
  now: Date,
) {
  const follow = nextFollowUp(now, status);
  const patch: Partial<CaseRecord> = { nextFollowUpAt: follow ? isoWithOffset(follow) : undefined };
  if ((status === 'filed' || status === 'awaiting-reply') && !c.escalationDueAt) {
    const deadline = escalationDeadline(c.region, c.situation, now, providerKindFor(siteById(c.siteId)));
    if (deadline) {
      patch.escalationDueAt = isoWithOffset(deadline.due);
      patch.escalationRule = deadline.rule.id;
    }
  }
  return patch;
}

export async function startCase(input: NewCase, now = new Date()): Promise<CaseRecord> {
  return createCase({ ...input, ...datesFor(input, input.status, now) }, now);
}

export async function changeStatus(c: CaseRecord, status: CaseStatus, now = new Date()): Promise<CaseRecord> {
  return updateCase(
    c.id,
    { status, ...datesFor(c, status, now) },
    { type: 'status', text: status, data: { from: c.status, to: status } },
    now,
  );
}

/** Log a contact with the provider (channel, ticket number); a first contact files the case. */
export async function recordContact(c: CaseRecord, contact: Omit<ContactRecord, 'at'>, now = new Date()): Promise<CaseRecord> {
  const at = isoWithOffset(now);
  const status: CaseStatus = c.status === 'draft' ? 'filed' : c.status;
  return updateCase(
    c.id,
    {
      contacts: [...c.contacts, { ...contact, at }],
      lastContactAt: at,
      status,
      ...datesFor(c, status === 'filed' && c.status === 'draft' ? 'filed' : 'awaiting-reply', now),
    },
    { type: 'contact', text: contact.reference ?? '', data: { channel: contact.channel, reference: contact.reference } },
    now,
  );
}

/** A reply from the provider: awaiting-reply again, follow-up restarted. */
export async function recordReply(c: CaseRecord, text: string, now = new Date()): Promise<CaseRecord> {
  return updateCase(c.id, { ...datesFor(c, c.status, now) }, { type: 'reply', text }, now);
}

export function isOverdue(c: CaseRecord, now = Date.now()): boolean {
  if (c.status === 'resolved' || c.status === 'closed') return false;
  const due = [c.nextFollowUpAt, c.escalationDueAt].map((d) => (d ? Date.parse(d) : NaN));
  return due.some((d) => !Number.isNaN(d) && d < now);
}
