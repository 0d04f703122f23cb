import { db, type WitnessDB } from './index';
import { createdEvent, isoWithOffset } from './cases';
import { appendToLog, touchCase } from './evidence';
import type { CaseRecord, EvidenceRecord } from './types';
import { EvidenceStoreError } from '../evidence/errors';

/** Captures and added files: the records a person files, lists and erases. */
const isItem = (r: EvidenceRecord) => r.kind === 'capture' || r.kind === 'attachment';

/**
 * Where each record lives now: the case of its latest filing, else the case it was written
 * under (null: Unfiled). Filings are records of the log (kind 'filing', lib/evidence/record-kinds.ts).
 */
async function homes(d: WitnessDB, items: readonly EvidenceRecord[]): Promise<Map<string, { caseId: string | null; filedAt?: string }>> {
  const filings = items.length
    ? await d.evidence
        .where('filed.id')
        .anyOf(items.map((r) => r.id))
        .toArray()
    : [];
  const latest = new Map<string, EvidenceRecord>();
  for (const f of filings) if ((latest.get(f.filed!.id)?.seq ?? 0) < f.seq) latest.set(f.filed!.id, f);
  return new Map(
    items.map((r) => {
      const f = latest.get(r.id);
      return [r.id, f ? { caseId: f.caseId, filedAt: f.recordedAt } : { caseId: r.caseId }] as const;
    }),
  );
}

/** The items homed at `caseId` (null: Unfiled) among candidates, minus deleted ones, with when each was filed. */
async function homedAt(d: WitnessDB, candidates: EvidenceRecord[], caseId: string | null): Promise<FiledItem[]> {
  const unique = [...new Map(candidates.filter(isItem).map((r) => [r.id, r])).values()];
  const where = await homes(d, unique);
  const deleted = new Set(
    unique.length
      ? (
          await d.evidence
            .where('deleted.id')
            .anyOf(unique.map((r) => r.id))
            .toArray()
        ).map((t) => t.deleted!.id)
      : [],
  );
  return unique
    .filter((r) => where.get(r.id)?.caseId === caseId && !deleted.has(r.id))
    .map((record) => ({ record, filedAt: where.get(record.id)?.filedAt }))
    .sort((a, b) => b.record.seq - a.record.seq);
}

/** A capture or added file, and when it was filed where it is (absent: written there). */
export interface FiledItem {
  record: EvidenceRecord;
  filedAt?: string;
}

/** Every capture and added file filed under no case, newest first. */
export async function unfiledItems(): Promise<FiledItem[]> {
  const d = db();
  // Rows without a case are not in the caseId index. When it holds every row (two counts, no row
  // read) there is no loose capture and no filing back to Unfiled: nothing is unfiled.
  const [rows, inCases] = await Promise.all([d.evidence.count(), d.evidence.orderBy('caseId').count()]);
  if (rows === inCases) return [];
  // Else all keys minus the indexed ones, read as keys only.
  const [all, withCase] = await Promise.all([d.evidence.toCollection().primaryKeys(), d.evidence.orderBy('caseId').primaryKeys()]);
  const inCase = new Set(withCase);
  const loose = (await d.evidence.bulkGet(all.filter((k) => !inCase.has(k)))).filter((r): r is EvidenceRecord => r !== undefined);
  // Items taken back out of a case by a filing to no case.
  const back = loose.filter((r) => r.kind === 'filing' && r.filed).map((r) => r.filed!.id);
  const returned = (await d.evidence.bulkGet(back)).filter((r): r is EvidenceRecord => r !== undefined);
  return homedAt(d, [...loose, ...returned], null);
}

/**
 * Every record a case's bundle holds, in log order: its captures and files (deleted ones too)
 * and those filed into it, the filings that put them there and the deletions naming them.
 * A record filed away to another case is that case's.
 */
export async function caseRecords(caseId: string): Promise<EvidenceRecord[]> {
  const d = db();
  const own = await d.evidence.where('caseId').equals(caseId).toArray();
  const named = own.filter((r) => r.kind === 'filing' && r.filed).map((r) => r.filed!.id);
  const filedIn = (await d.evidence.bulkGet(named)).filter((r): r is EvidenceRecord => r !== undefined);
  const items = [...new Map([...own, ...filedIn].filter(isItem).map((r) => [r.id, r])).values()];
  const where = await homes(d, items);
  const here = new Set(items.filter((r) => where.get(r.id)?.caseId === caseId).map((r) => r.id));
  const tombs = here.size
    ? await d.evidence
        .where('deleted.id')
        .anyOf([...here])
        .toArray()
    : [];
  const kept = [...items.filter((r) => here.has(r.id)), ...own.filter((r) => r.kind === 'filing' && here.has(r.filed!.id)), ...tombs];
  return [...new Map(kept.map((r) => [r.id, r])).values()].sort((a, b) => a.seq - b.seq);
}

/** The captures and added files filed under the case now (its own and those filed into it), newest first. */
export async function caseItems(caseId: string): Promise<FiledItem[]> {
  const d = db();
  const own = await d.evidence.where('caseId').equals(caseId).toArray();
  const named = own.filter((r) => r.kind === 'filing' && r.filed).map((r) => r.filed!.id);
  const filedIn = (await d.evidence.bulkGet(named)).filter((r): r is EvidenceRecord => r !== undefined);
  return homedAt(d, [...own, ...filedIn], caseId);
}

/**
 * File a capture or added file under a case (or back to Unfiled with null), or under a new case
 * made in the same transaction: a new record naming it by id and digest; the item itself is not
 * touched, so its digest and every past chain head stay as they were.
 */
export async function fileItem(
  id: string,
  to: { caseId: string | null } | { newCase: CaseRecord },
  now = new Date(),
): Promise<EvidenceRecord> {
  const d = db();
  const kase = 'newCase' in to ? to.newCase : undefined;
  const caseId = kase ? kase.id : (to as { caseId: string | null }).caseId;
  let target: EvidenceRecord | undefined;
  const [rec] = await appendToLog(
    d,
    true,
    async () => {
      target = await d.evidence.get(id);
      if (!target || !isItem(target) || (await d.evidence.where('deleted.id').equals(id).count()))
        throw new EvidenceStoreError('not-found', id);
      if (caseId && !kase && !(await d.cases.get(caseId))) throw new EvidenceStoreError('unknown-case', caseId);
      const at = isoWithOffset(now);
      return [
        {
          id: crypto.randomUUID(),
          caseId,
          kind: 'filing',
          meta: null,
          artifacts: [],
          filed: { id, digest: target.digest },
          recordedAt: at,
        },
      ];
    },
    async ([r]) => {
      await d.evidence.add(r!);
      if (caseId) await touchCase(d, caseId, now, '', { filedEvidenceId: id, seq: r!.seq }, true);
    },
    async () => {
      if (kase) await Promise.all([d.cases.add(kase), d.events.add(createdEvent(kase, now))]);
    },
  );
  return rec!;
}
