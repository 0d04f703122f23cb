import { db } from '../db';
import { dueOf } from '../db/case-writes';
import { isoWithOffset, updateCase } from '../db/cases';
import type { CaseRecord, CaseStatus, ContactRecord } from '../db/types';
import { caseDates } from './case-dates';

export async function changeStatus(c: CaseRecord, status: CaseStatus, now = new Date()): Promise<CaseRecord> {
  return updateCase(
    c.id,
    { status, ...caseDates(c, status, now) },
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
      ...caseDates(c, status === 'filed' && c.status === 'draft' ? 'filed' : 'awaiting-reply', now),
    },
    { type: 'contact', text: contact.reference ?? '', data: { channel: contact.channel, reference: contact.reference } },
    now,
  );
}

/** A reply from the provider: awaiting-reply again, follow-up restarted. */
export async function recordReply(c: CaseRecord, text: string, now = new Date()): Promise<CaseRecord> {
  return updateCase(c.id, { ...caseDates(c, c.status, now) }, { type: 'reply', text }, now);
}

export function isOverdue(c: CaseRecord, now = Date.now()): boolean {
  // The same date the overdue count's index holds (lib/db/case-writes.ts).
  const due = dueOf(c);
  return due !== undefined && due < now;
}

/** How many complaints are past a follow-up or escalation date (the popup opens its history for them). */
export async function countOverdue(now = Date.now()): Promise<number> {
  // Counted on the derived, indexed `dueMs` (lib/db/case-writes.ts): no case is read.
  return db().cases.where('dueMs').below(now).count();
}
