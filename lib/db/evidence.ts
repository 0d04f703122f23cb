import { db, type WitnessDB } from './index';
import { createdEvent, isoWithOffset } from './cases';
import type { ArtifactRef, CaseEvent, CaseRecord, EvidenceMeta, EvidenceRecord } from './types';
import { linkRecords, sealContent, verifyChain, type ChainVerdict, type RecordDraft } from '../evidence/chain';
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
  /**
   * Start this case (made by newCaseRecord, lib/cases/new-case.ts) with the capture, in the same
   * transaction: a failed capture leaves no empty case.
   */
  newCase?: CaseRecord;
  /** The secret of meta.commitments' salts (EvidenceRecord.saltKey). */
  saltKey?: string;
}

/**
 * Append to the log, all or nothing, in ONE rw transaction: read the tail, link the drafts to it
 * (record digests are synchronous, lib/evidence/chain.ts, so nothing here waits on anything but
 * the transaction's own requests, which would commit it early) and write. IndexedDB runs rw
 * transactions over the same store one after another, also across the popup, the dashboard and
 * the worker, so the tail read here is the tail the records are written after.
 * `early` issues requests that do not depend on the tail (blobs, a new case) before it is read,
 * so they travel with that read rather than after it.
 */
export async function appendToLog(
  d: WitnessDB,
  caseTables: boolean,
  drafts: () => RecordDraft[] | Promise<RecordDraft[]>,
  write: (records: EvidenceRecord[]) => Promise<unknown>,
  early?: () => Promise<unknown>,
): Promise<EvidenceRecord[]> {
  // An append that touches no case (an unfiled capture) does not hold the cases and events
  // stores against other transactions.
  const tables = caseTables ? [d.evidence, d.blobs, d.events, d.cases] : [d.evidence, d.blobs];
  try {
    return await d.transaction('rw', tables, async () => {
      const issued = early?.();
      // Awaited below; failing before that (a full disk) is not an unhandled rejection meanwhile.
      issued?.catch(() => undefined);
      const [tail, list] = await Promise.all([d.evidence.orderBy('seq').last(), drafts()]);
      const records = linkRecords(tail, list);
      await Promise.all([issued, write(records)]);
      return records;
    });
  } catch (err) {
    throw toStoreError(err);
  }
}

/** Log the change on the case's timeline and bump its activity time; `required`: the case must exist. */
export async function touchCase(
  d: WitnessDB,
  caseId: string,
  now: Date,
  text: string,
  data: Record<string, unknown>,
  required: boolean,
): Promise<void> {
  const row = await d.cases.get(caseId);
  if (!row) {
    if (required) throw new EvidenceStoreError('unknown-case', caseId);
    return;
  }
  await Promise.all([
    row.updatedMs < now.getTime() && d.cases.put({ ...row, updatedMs: now.getTime() }),
    d.events.add({ caseId, type: 'evidence', at: isoWithOffset(now), atMs: now.getTime(), text, data }),
  ]);
}

/** Store one capture (its artifacts hashed, the record linked into the log). */
export async function addCapture(input: NewCapture, now = new Date()): Promise<EvidenceRecord> {
  const d = db();
  const names = input.artifacts.map((a) => a.name);
  if (names.some((n) => !ARTIFACT_NAME.test(n)) || new Set(names).size !== names.length) {
    throw new EvidenceStoreError('invalid', `artifact names ${names.join(', ')}`);
  }
  // Artifacts are hashed before the transaction starts: WebCrypto on megabytes would commit it.
  const files = await Promise.all(input.artifacts.map((a) => ('prepared' in a ? a : prepareArtifact(a)).prepared));
  const kase = input.newCase;
  const draft: RecordDraft = sealContent({
    id: crypto.randomUUID(),
    caseId: kase?.id ?? input.caseId,
    kind: 'capture',
    meta: input.meta,
    artifacts: files.map((f) => f.ref),
    recordedAt: isoWithOffset(now),
    ...(input.saltKey && { saltKey: input.saltKey }),
  });
  const [record] = await appendToLog(
    d,
    draft.caseId !== null,
    () => [draft],
    // Requests run in issue order: the new case is added before touchCase reads it.
    ([rec]) =>
      Promise.all([
        d.evidence.add(rec!),
        rec!.caseId && touchCase(d, rec!.caseId, now, input.meta.title, { evidenceId: rec!.id, seq: rec!.seq }, true),
      ]),
    () =>
      Promise.all([
        d.blobs.bulkAdd(files.map((f) => ({ id: f.ref.blobId, blob: f.blob }))),
        kase && d.cases.add(kase),
        kase && d.events.add(createdEvent(kase, now)),
      ]),
  );
  return record!;
}

/** The tombstone naming `id`, if it was deleted. */
function tombstoneOf(d: WitnessDB, id: string): Promise<EvidenceRecord | undefined> {
  return d.evidence.where('deleted.id').equals(id).first();
}

/**
 * Delete a capture or attachment: erase its content, keep its digest. A tombstone naming it is
 * appended; its blobs go, and so do its meta, attachment facts and salt (the row keeps its
 * digest, its commitment and its files' digests: lib/evidence/chain.ts), and the title its case's
 * timeline showed for it.
 */
export async function deleteEvidence(id: string, now = new Date()): Promise<EvidenceRecord> {
  const d = db();
  let target: EvidenceRecord | undefined;
  const [tomb] = await appendToLog(
    d,
    true,
    async () => {
      target = await d.evidence.get(id);
      if (target?.kind !== 'capture' && target?.kind !== 'attachment') throw new EvidenceStoreError('not-found', id);
      if (await tombstoneOf(d, id)) throw new EvidenceStoreError('already-deleted', id);
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
      // The redaction salt key goes too: with the content gone, nothing is left to reveal a part of.
      const { metaSalt: _salt, saltKey: _key, ...kept } = target!;
      const erased: EvidenceRecord = { ...kept, meta: null, ...(target!.attachment !== undefined && { attachment: null }) };
      await Promise.all([d.evidence.add(rec!), d.evidence.put(erased), d.blobs.bulkDelete(target!.artifacts.map((a) => a.blobId))]);
      await eraseEventTexts(d, id);
      if (rec!.caseId) await touchCase(d, rec!.caseId, now, '', { deletedEvidenceId: id, seq: rec!.seq }, false);
    },
  );
  return tomb!;
}

/** Timeline entries that named the record (its page title or file name) keep no text. */
async function eraseEventTexts(d: WitnessDB, id: string): Promise<void> {
  await d.events
    .filter((e) => e.data?.evidenceId === id || e.data?.filedEvidenceId === id)
    .modify((e) => {
      delete e.text;
    });
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

/** What exportCaseBundle needs for one case: `evidence` is every record its bundle holds (lib/db/filing.ts caseRecords). */
export async function loadCaseForExport(
  caseId: string,
  records: (caseId: string) => Promise<EvidenceRecord[]>,
): Promise<{ case: CaseRecord; events: CaseEvent[]; evidence: EvidenceRecord[]; blobs: Map<string, Blob> }> {
  const found = await db().cases.get(caseId);
  if (!found) throw new EvidenceStoreError('unknown-case', caseId);
  const evidence = await records(caseId);
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
