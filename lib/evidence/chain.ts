import type { ArtifactRef, EvidenceRecord } from '../db/types';
import { sha256Hex, sha256HexSync } from './hash';

/**
 * The tamper-evident log. Every record (capture or tombstone) stores the digest of the record
 * before it, so changing, removing or reordering any record breaks every later link.
 *
 * digest = SHA-256 of the canonical JSON of
 *   { seq, id, caseId, kind, meta, artifacts: [{ name, type, size, sha256 }], deleted,
 *     recordedAt, prevDigest, origin }
 * (undefined members dropped; `origin` only exists on imported records, see lib/db/evidence.ts).
 *
 * Deletion: the deleted capture's row STAYS (its digest is what the next record links to) and
 * only its blobs go; a tombstone { kind: 'tombstone', deleted: { id, at, digest } } is appended
 * at the end. verifyChain accepts missing blobs only for a record named by a LATER tombstone, so
 * the log still verifies and says what was deleted and when. The deleted row keeps its metadata
 * (URL, title, note): removing it would make the record unverifiable.
 */
export const GENESIS = '0'.repeat(64);

/** Canonical JSON: sorted keys, no whitespace, undefined members dropped. Matches RFC 8785 (JCS)
 * for the values we store (strings, finite numbers, booleans, null, arrays, plain objects). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export type UnsignedRecord = Omit<EvidenceRecord, 'digest'>;

/** What the digest covers: never the local blobId (blobs are re-keyed on import). */
function digestInput(r: UnsignedRecord): Record<string, unknown> {
  return {
    seq: r.seq,
    id: r.id,
    caseId: r.caseId,
    kind: r.kind,
    meta: r.meta,
    artifacts: r.artifacts.map(({ name, type, size, sha256 }: ArtifactRef) => ({ name, type, size, sha256 })),
    deleted: r.deleted,
    recordedAt: r.recordedAt,
    prevDigest: r.prevDigest,
    origin: r.origin,
  };
}

/** Synchronous, so a record can be linked inside the IndexedDB transaction that writes it. */
export function recordDigest(r: UnsignedRecord): string {
  return sha256HexSync(canonicalJson(digestInput(r)));
}

/** A record before it is linked: the log assigns seq and prevDigest. */
export type RecordDraft = Omit<UnsignedRecord, 'seq' | 'prevDigest'>;

/** Link drafts after `tail` (undefined: an empty log), computing each digest in turn. */
export function linkRecords(tail: Pick<EvidenceRecord, 'seq' | 'digest'> | undefined, drafts: readonly RecordDraft[]): EvidenceRecord[] {
  let seq = tail?.seq ?? 0;
  let prevDigest = tail?.digest ?? GENESIS;
  const out: EvidenceRecord[] = [];
  for (const draft of drafts) {
    const unsigned: UnsignedRecord = { ...draft, seq: ++seq, prevDigest };
    prevDigest = recordDigest(unsigned);
    out.push({ ...unsigned, digest: prevDigest });
  }
  return out;
}

/** The digest the record had in the log it was first written to (imported records only). */
function originDigest(r: EvidenceRecord): string | null {
  if (!r.origin) return null;
  const { origin, digest: _d, ...rest } = r;
  return recordDigest({ ...rest, seq: origin.seq, prevDigest: origin.prevDigest });
}

type ChainProblemKind = 'digest-mismatch' | 'broken-link' | 'artifact-mismatch' | 'missing-artifact' | 'seq-gap';
export interface ChainProblem {
  id: string;
  seq: number;
  problem: ChainProblemKind;
  detail: string;
}
export type ChainVerdict = { ok: true } | { ok: false; problems: ChainProblem[] };
export type BlobLookup = (blobId: string) => Promise<Blob | Uint8Array | undefined>;

export interface VerifyOptions {
  /** true (default): the whole log, seq 1..n without gaps. false: a subset (one case's bundle):
   * seqs only increase, and links are checked between neighbouring seqs. */
  contiguous?: boolean;
  /** false skips re-hashing blobs (rows only). */
  artifacts?: boolean;
}

/** Recompute every record digest, every link and (by default) every artifact digest. */
export async function verifyChain(records: readonly EvidenceRecord[], blobs: BlobLookup, opts: VerifyOptions = {}): Promise<ChainVerdict> {
  const contiguous = opts.contiguous ?? true;
  const sorted = [...records].sort((a, b) => a.seq - b.seq);
  const problems: ChainProblem[] = [];
  const bad = (r: EvidenceRecord, problem: ChainProblemKind, detail: string) => problems.push({ id: r.id, seq: r.seq, problem, detail });
  const byId = new Map(sorted.map((r) => [r.id, r]));
  const deletedAt = new Map<string, number>();
  for (const t of sorted) if (t.kind === 'tombstone' && t.deleted) deletedAt.set(t.deleted.id, t.seq);

  let prev: EvidenceRecord | undefined;
  for (const r of sorted) {
    const expectedSeq = (prev?.seq ?? 0) + 1;
    if (contiguous ? r.seq !== expectedSeq : prev !== undefined && r.seq <= prev.seq) {
      bad(r, 'seq-gap', `expected seq ${expectedSeq}, found ${r.seq}`);
    }
    const linked = contiguous || r.seq === expectedSeq;
    const expectedPrev = prev && r.seq !== 1 ? prev.digest : GENESIS;
    if (linked && r.prevDigest !== expectedPrev) bad(r, 'broken-link', `prevDigest ${r.prevDigest} should be ${expectedPrev}`);
    const digest = recordDigest(r);
    if (digest !== r.digest) bad(r, 'digest-mismatch', `stored ${r.digest}, computed ${digest}`);
    const origin = originDigest(r);
    if (origin !== null && origin !== r.origin?.digest) bad(r, 'digest-mismatch', `origin digest ${r.origin?.digest}, computed ${origin}`);
    if (r.kind === 'tombstone') checkTombstone(r, byId, bad);
    if (opts.artifacts !== false) await checkArtifacts(r, (deletedAt.get(r.id) ?? 0) > r.seq, blobs, bad);
    prev = r;
  }
  return problems.length ? { ok: false, problems } : { ok: true };
}

type Report = (r: EvidenceRecord, problem: ChainProblemKind, detail: string) => void;

function checkTombstone(t: EvidenceRecord, byId: Map<string, EvidenceRecord>, bad: Report): void {
  const target = t.deleted ? byId.get(t.deleted.id) : undefined;
  if (!t.deleted || !target || target.seq >= t.seq) return void bad(t, 'broken-link', 'tombstone names no earlier record');
  if (t.deleted.digest !== target.digest && t.deleted.digest !== target.origin?.digest) {
    bad(t, 'broken-link', `tombstone digest ${t.deleted.digest} does not match record ${target.id}`);
  }
}

async function checkArtifacts(r: EvidenceRecord, deleted: boolean, blobs: BlobLookup, bad: Report): Promise<void> {
  for (const a of r.artifacts) {
    const blob = await blobs(a.blobId);
    if (!blob) {
      if (!deleted) bad(r, 'missing-artifact', `${a.name}: blob ${a.blobId} is missing`);
      continue;
    }
    const size = blob instanceof Uint8Array ? blob.byteLength : blob.size;
    const sha = await sha256Hex(blob);
    if (sha !== a.sha256 || size !== a.size)
      bad(r, 'artifact-mismatch', `${a.name}: sha256 ${sha} (${size} B), recorded ${a.sha256} (${a.size} B)`);
  }
}
