import { db } from './index';
import { isoWithOffset, searchTextOf, type NewCase } from './cases';
import type { ArtifactRef, CaseEvent, CaseRecord, EvidenceMeta, EvidenceRecord } from './types';
import { linkRecords, verifyChain, type ChainVerdict, type RecordDraft } from '../evidence/chain';
import { EvidenceStoreError, toStoreError } from '../evidence/errors';
import { sha256Hex, toBytes } from '../evidence/hash';
import { ARTIFACT_NAME } from '../evidence/names';

/** An artifact to store: its bytes (what a capture has in hand) or a Blob, read once here. */
export interface NewArtifact {
  name: string;
  type: string;
  blob: Blob | Uint8Array;
}
/** An artifact hashed (and its Blob made) ahead of addCapture: see prepareArtifact. */
export interface PreparedArtifact {
  name: string;
  type: string;
  prepared: Promise<PreparedFile>;
}
interface PreparedFile {
  ref: ArtifactRef;
  blob: Blob;
}

/**
 * Hash the artifact and make the Blob to store, now: a capture starts this for the screenshot
 * while it still reads the page. Stores a copy of exactly the bytes hashed (an MHTML blob from
 * pageCapture must be copied); bytes handed in are used as they are, with no read back.
 */
export function prepareArtifact(a: NewArtifact): PreparedArtifact {
  const prepared = (async () => {
    const bytes = await toBytes(a.blob);
    // The digest is computed off this thread: the Blob is made meanwhile.
    const sha256 = sha256Hex(bytes);
    const blob = new Blob([bytes as BlobPart], { type: a.type });
    const ref = { name: a.name, type: a.type, size: bytes.byteLength, sha256: await sha256, blobId: crypto.randomUUID() };
    return { ref, blob };
  })();
  // Awaited by addCapture; a failure before that (a name refused first) is not unhandled.
  prepared.catch(() => undefined);
  return { name: a.name, type: a.type, prepared };
}
export interface NewCapture {
  caseId: string | null;
  meta: EvidenceMeta;
  artifacts: (NewArtifact | PreparedArtifact)[];
  /** Start this case for the capture, in the same transaction: a failed capture leaves no empty case. */
  newCase?: NewCase;
  /** The case row as read ahead (while the screenshot was taken): saves a round trip if unchanged. */
  caseSeen?: CaseRecord;
}

/** The append must be rebuilt and retried: something it relied on changed meanwhile. */
class Retry extends Error {}
class TailMoved extends Retry {}
class CaseMoved extends Retry {}
const ATTEMPTS = 8;
const lastRecord = () => db().evidence.orderBy('seq').last();

type Tail = Pick<EvidenceRecord, 'seq' | 'digest'> | undefined;
/**
 * The log's tail as this context last saw it, per database: saves a read-only transaction per
 * append. Only a hint: the popup, dashboard and worker all append, so the rw transaction still
 * reads the real tail and, when it differs, the hint is replaced by it and the append retried.
 */
const tailHint = new WeakMap<object, Tail>();

/**
 * Append to the log, all or nothing. Digests need WebCrypto, and an IndexedDB transaction
 * commits as soon as it waits on anything else, so: take the tail (the hint, else a read), build
 * and hash the records OUTSIDE, then in ONE rw transaction check the tail is unchanged and write
 * everything (a concurrent append makes us rebuild and retry). Dexie.waitFor would keep a
 * transaction open across the hashing, but only by spinning dummy requests; this needs no trick.
 */
async function appendToLog(
  build: () => Promise<RecordDraft[]>,
  write: (records: EvidenceRecord[]) => Promise<void>,
  opts: { overlapCheck?: boolean; caseTables?: boolean } = {},
): Promise<EvidenceRecord[]> {
  const d = db();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    let moved = false;
    try {
      const tail = tailHint.has(d) ? tailHint.get(d) : await lastRecord();
      const records = await linkRecords(tail, await build());
      // caseTables false: the append touches no case (an unfiled capture), so it does not hold
      // the cases and events stores against other transactions.
      await d.transaction('rw', opts.caseTables === false ? [d.evidence, d.blobs] : [d.evidence, d.blobs, d.events, d.cases], async () => {
        // The tail check is the transaction's first request. With overlapCheck the writes are
        // issued right behind it rather than after its answer: requests run in issue order, so
        // the check still reads the log before them, and a moved tail aborts the transaction,
        // which undoes them.
        const checked = lastRecord().then((real) => {
          if (real?.digest !== tail?.digest || real?.seq !== tail?.seq) {
            moved = true;
            tailHint.set(d, real && { seq: real.seq, digest: real.digest });
            throw new TailMoved();
          }
        });
        if (opts.overlapCheck) await Promise.all([checked, write(records)]);
        else await checked.then(() => write(records));
      });
      const last = records.at(-1);
      tailHint.set(d, last ? { seq: last.seq, digest: last.digest } : tail);
      return records;
    } catch (err) {
      // A write refused because the tail moved (a seq taken) is the move, not an error.
      if (!moved && !(err instanceof Retry)) {
        tailHint.delete(d);
        throw toStoreError(err);
      }
    }
  }
  tailHint.delete(d);
  throw new EvidenceStoreError('busy');
}

/**
 * Log the change on the case's timeline and bump its activity time. The event is added along
 * with the read when the case must exist (a missing case then fails the whole transaction, which
 * undoes the event), so the three requests go out together rather than one after the other.
 * With `seen` (the row as read before the transaction) the bumped row is written right behind
 * the read too, and the read only checks that nobody changed the case meanwhile: when someone
 * did, CaseMoved aborts the transaction (undoing the write) and the append is retried.
 */
async function touchCase(
  caseId: string,
  now: Date,
  text: string,
  data: Record<string, unknown>,
  required: boolean,
  seen?: CaseRecord,
): Promise<void> {
  const d = db();
  const event = { caseId, type: 'evidence', at: isoWithOffset(now), atMs: now.getTime(), text, data } as const;
  const logged = required ? d.events.add(event) : undefined;
  logged?.catch(() => undefined);
  const bump = (row: CaseRecord) => row.updatedMs < now.getTime() && d.cases.put({ ...row, updatedMs: now.getTime() });
  const found = d.cases.get(caseId);
  const written = seen && required ? bump(seen) : undefined;
  if (written) written.catch(() => undefined);
  const row = await found;
  if (!row) {
    if (required) throw new EvidenceStoreError('unknown-case', caseId);
    return;
  }
  if (seen && required) {
    if (JSON.stringify(row) !== JSON.stringify(seen)) throw new CaseMoved();
    await Promise.all([written, logged]);
    return;
  }
  await Promise.all([bump(row), logged ?? d.events.add(event)]);
}

/** Store one capture (its artifacts hashed, the record linked into the log). */
export async function addCapture(input: NewCapture, now = new Date()): Promise<EvidenceRecord> {
  const names = input.artifacts.map((a) => a.name);
  if (names.some((n) => !ARTIFACT_NAME.test(n)) || new Set(names).size !== names.length) {
    throw new EvidenceStoreError('invalid', `artifact names ${names.join(', ')}`);
  }
  const files = await Promise.all(input.artifacts.map((a) => ('prepared' in a ? a : prepareArtifact(a)).prepared));
  const kase = input.newCase ? caseFor(input.newCase, now) : undefined;
  let seen = input.caseSeen?.id === input.caseId ? input.caseSeen : undefined;
  const draft: RecordDraft = {
    id: crypto.randomUUID(),
    caseId: kase?.id ?? input.caseId,
    kind: 'capture',
    meta: input.meta,
    artifacts: files.map((f) => f.ref),
    recordedAt: isoWithOffset(now),
  };
  const [record] = await appendToLog(
    async () => [draft],
    async ([rec]) => {
      const d = db();
      // Issued together: one transaction runs its requests in issue order (the new case is added
      // before touchCase reads it), without a round trip to this script between them.
      await Promise.all([
        kase && d.cases.add(kase),
        kase && d.events.add({ caseId: kase.id, type: 'created', at: isoWithOffset(now), atMs: now.getTime(), text: kase.title }),
        d.evidence.add(rec!),
        rec!.caseId &&
          touchCase(rec!.caseId, now, input.meta.title, { evidenceId: rec!.id, seq: rec!.seq }, true, seen).catch((err: unknown) => {
            // Changed since it was read ahead: the retry reads it in the transaction.
            if (err instanceof CaseMoved) seen = undefined;
            throw err;
          }),
        d.blobs.bulkAdd(files.map((f) => ({ id: f.ref.blobId, blob: f.blob }))),
      ]);
    },
    { overlapCheck: true, caseTables: draft.caseId !== null },
  );
  return record!;
}

/** The row createCase (lib/db/cases.ts) would write, for a case started with a capture. */
function caseFor(input: NewCase, now: Date): CaseRecord {
  const contacts = input.contacts ?? [];
  return {
    ...input,
    contacts,
    id: crypto.randomUUID(),
    createdAt: isoWithOffset(now),
    updatedMs: now.getTime(),
    searchText: searchTextOf({ ...input, contacts }),
  };
}

/** The tombstone naming `id`, if it was deleted. */
async function tombstoneOf(target: EvidenceRecord): Promise<EvidenceRecord | undefined> {
  const rows = target.caseId ? db().evidence.where('caseId').equals(target.caseId) : db().evidence.toCollection();
  return rows.filter((r) => r.kind === 'tombstone' && r.deleted?.id === target.id).first();
}

/** Delete a capture: its blobs go, its row stays, a tombstone is appended (see chain.ts). */
export async function deleteEvidence(id: string, now = new Date()): Promise<EvidenceRecord> {
  const check = async () => {
    const target = await db().evidence.get(id);
    if (target?.kind !== 'capture') throw new EvidenceStoreError('not-found', id);
    if (await tombstoneOf(target)) throw new EvidenceStoreError('already-deleted', id);
    return target;
  };
  let target: EvidenceRecord | undefined;
  const [tomb] = await appendToLog(
    async () => {
      target = await check();
      const at = isoWithOffset(now);
      return [
        {
          id: crypto.randomUUID(),
          caseId: target.caseId,
          kind: 'tombstone',
          meta: null,
          artifacts: [],
          deleted: { id, at, digest: target.digest },
          recordedAt: at,
        },
      ];
    },
    async ([rec]) => {
      await check();
      await db().evidence.add(rec!);
      await db().blobs.bulkDelete(target!.artifacts.map((a) => a.blobId));
      if (rec!.caseId) await touchCase(rec!.caseId, now, target!.meta?.title ?? '', { deletedEvidenceId: id, seq: rec!.seq }, false);
    },
  );
  return tomb!;
}

/** A case's captures that are not deleted, newest first: rows only, never blobs. */
export async function listEvidence(caseId: string, page: { limit?: number; offset?: number } = {}): Promise<EvidenceRecord[]> {
  const rows = await evidenceForCase(caseId);
  const deleted = new Set(rows.map((r) => r.deleted?.id));
  const offset = page.offset ?? 0;
  return rows
    .filter((r) => r.kind === 'capture' && !deleted.has(r.id))
    .reverse()
    .slice(offset, offset + (page.limit ?? 50));
}

/** Every record of a case (captures, deleted ones, tombstones) in log order. */
export async function evidenceForCase(caseId: string): Promise<EvidenceRecord[]> {
  return (await db().evidence.where('caseId').equals(caseId).toArray()).sort((a, b) => a.seq - b.seq);
}

/** Records by id (any case), for naming them; unknown ids are left out. */
export async function getEvidence(ids: string[]): Promise<EvidenceRecord[]> {
  return (await db().evidence.bulkGet(ids)).filter((r): r is EvidenceRecord => r !== undefined);
}

export async function getBlob(blobId: string): Promise<Blob | undefined> {
  return (await db().blobs.get(blobId))?.blob;
}

/** What exportCaseBundle needs for one case. */
export async function loadCaseForExport(
  caseId: string,
): Promise<{ case: CaseRecord; events: CaseEvent[]; evidence: EvidenceRecord[]; blobs: Map<string, Blob> }> {
  const found = await db().cases.get(caseId);
  if (!found) throw new EvidenceStoreError('unknown-case', caseId);
  const evidence = await evidenceForCase(caseId);
  const events = await db().events.where('[caseId+atMs]').between([caseId, -Infinity], [caseId, Infinity]).toArray();
  const ids = evidence.flatMap((r) => r.artifacts.map((a) => a.blobId));
  const rows = await db().blobs.bulkGet(ids);
  return { case: found, events, evidence, blobs: new Map(rows.flatMap((r) => (r ? [[r.id, r.blob] as const] : []))) };
}

/** Verify the whole log: every record digest, link, and artifact digest. */
export async function verifyLog(opts: { artifacts?: boolean } = {}): Promise<ChainVerdict> {
  const rows = await db().evidence.orderBy('seq').toArray();
  return verifyChain(rows, getBlob, { artifacts: opts.artifacts });
}
