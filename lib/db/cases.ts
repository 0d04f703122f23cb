import { db } from './index';
import type { CaseEvent, CaseEventType, CaseRecord, CaseStatus } from './types';

export type NewCase = Omit<CaseRecord, 'id' | 'createdAt' | 'updatedMs' | 'searchText' | 'contacts'> &
  Partial<Pick<CaseRecord, 'contacts'>>;

/** ISO 8601 with the local offset, e.g. 2026-11-26T12:00:00.000+08:00 (DESIGN.md bundle rule). */
export function isoWithOffset(date: Date = new Date()): string {
  const offsetMin = -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offsetMin * 60_000).toISOString().slice(0, -1);
  const sign = offsetMin >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMin);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

export function searchTextOf(c: Pick<CaseRecord, 'provider' | 'title' | 'transactions' | 'contacts'>): string {
  return [c.provider, c.title, ...c.transactions.map((t) => t.id ?? ''), ...c.contacts.map((x) => x.reference ?? '')]
    .join(' ')
    .toLowerCase();
}

/** Add a case made by newCaseRecord (lib/cases/new-case.ts) with its 'created' event, in one transaction. */
export async function addCase(record: CaseRecord, now: Date): Promise<void> {
  await db().transaction('rw', db().cases, db().events, async () => {
    await Promise.all([db().cases.add(record), db().events.add(createdEvent(record, now))]);
  });
}

/** The timeline's first event of a case. */
export function createdEvent(record: CaseRecord, now: Date): CaseEvent {
  return eventRow(record.id, 'created', now, record.title);
}

function eventRow(caseId: string, type: CaseEventType, at: Date, text?: string, data?: Record<string, unknown>): CaseEvent {
  return { caseId, type, at: isoWithOffset(at), atMs: at.getTime(), text, data };
}

export async function getCase(id: string): Promise<CaseRecord | undefined> {
  return db().cases.get(id);
}

/** Change a case and log what changed, in one transaction. */
export async function updateCase(
  id: string,
  patch: Partial<Omit<CaseRecord, 'id' | 'createdAt'>>,
  event?: { type: CaseEventType; text?: string; data?: Record<string, unknown> },
  now = new Date(),
): Promise<CaseRecord> {
  return db().transaction('rw', db().cases, db().events, async () => {
    const current = await db().cases.get(id);
    if (!current) throw new Error(`case ${id} not found`);
    const next: CaseRecord = { ...current, ...patch, id, updatedMs: now.getTime() };
    next.searchText = searchTextOf(next);
    await db().cases.put(next);
    if (event) await db().events.add(eventRow(id, event.type, now, event.text, event.data));
    return next;
  });
}

export async function setStatus(id: string, status: CaseStatus, now = new Date()): Promise<CaseRecord> {
  return updateCase(id, { status }, { type: 'status', text: status, data: { status } }, now);
}

export async function addCaseEvent(
  caseId: string,
  type: CaseEventType,
  text?: string,
  data?: Record<string, unknown>,
  now = new Date(),
): Promise<void> {
  await db().transaction('rw', db().cases, db().events, async () => {
    await db().events.add(eventRow(caseId, type, now, text, data));
    await db().cases.update(caseId, { updatedMs: now.getTime() });
  });
}

export interface CaseQuery {
  status?: CaseStatus;
  search?: string;
  limit?: number;
  offset?: number;
}

/**
 * Latest activity first. Walks the updatedMs index and stops after `limit` matches, so the
 * history stays fast with thousands of cases (never loads them all, never touches blobs).
 */
export async function listCases(q: CaseQuery = {}): Promise<CaseRecord[]> {
  const needle = q.search?.trim().toLowerCase();
  let coll = db().cases.orderBy('updatedMs').reverse();
  if (q.status || needle) {
    coll = coll.filter((c) => (!q.status || c.status === q.status) && (!needle || c.searchText.includes(needle)));
  }
  return coll
    .offset(q.offset ?? 0)
    .limit(q.limit ?? 50)
    .toArray();
}

export async function countCases(): Promise<number> {
  return db().cases.count();
}

export async function caseEvents(caseId: string): Promise<CaseEvent[]> {
  return db().events.where('[caseId+atMs]').between([caseId, -Infinity], [caseId, Infinity]).toArray();
}

/** The open (not resolved/closed) case for a provider, most recent first. */
export async function openCaseFor(siteId: string): Promise<CaseRecord | undefined> {
  const rows = await db().cases.where('siteId').equals(siteId).toArray();
  return rows.filter((c) => c.status !== 'resolved' && c.status !== 'closed').sort((a, b) => b.updatedMs - a.updatedMs)[0];
}
