import type { ArtifactRef, EvidenceRecord } from '../db/types';
import { bytesToHex } from '@noble/hashes/utils.js';
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
 * Records written since content commitments (those with `metaCommit`) are hashed with
 * `metaCommit` in place of `meta` (and `attachment`); metaCommit = SHA-256 of canonical JSON of
 * { attachment, meta, salt }. The rest (seq, id, case, kind, file digests, times, links) is
 * hashed as it is. See lib/evidence/record-kinds.ts for every kind.
 *
 * Deletion erases content: the row STAYS (its digest is what the next record links to), its
 * blobs go, and so do its meta, attachment and salt; a tombstone { kind: 'tombstone', deleted:
 * { id, at, digest } } is appended at the end. verifyChain accepts missing content only for a
 * record named by a LATER tombstone. A committed record still re-hashes to its digest without
 * its content. An older record (no metaCommit) cannot: for it the check is that its stored
 * digest is the one the next record links to and the tombstone names.
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
export function digestInput(r: UnsignedRecord): Record<string, unknown> {
  return {
    seq: r.seq,
    id: r.id,
    caseId: r.caseId,
    kind: r.kind,
    meta: r.metaCommit === undefined ? r.meta : undefined,
    metaCommit: r.metaCommit,
    artifacts: r.artifacts.map(({ name, type, size, sha256 }: ArtifactRef) => ({ name, type, size, sha256 })),
    deleted: r.deleted,
    filed: r.filed,
    recordedAt: r.recordedAt,
    prevDigest: r.prevDigest,
    origin: r.origin,
  };
}

/** Synchronous, so a record can be linked inside the IndexedDB transaction that writes it. */
export function recordDigest(r: UnsignedRecord): string {
  return sha256HexSync(canonicalJson(digestInput(r)));
}

/** The commitment to a record's content (see the header). */
export function contentCommit(c: { meta: unknown; attachment?: unknown }, salt: string): string {
  return sha256HexSync(canonicalJson({ attachment: c.attachment ?? null, meta: c.meta ?? null, salt }));
}

/** Add a fresh salt and the commitment to a draft's content (meta and attachment). */
export function sealContent<T extends { meta: unknown; attachment?: unknown }>(draft: T): T & { metaCommit: string; metaSalt: string } {
  const salt = bytesToHex(crypto.getRandomValues(new Uint8Array(32)));
  return { ...draft, metaSalt: salt, metaCommit: contentCommit(draft, salt) };
}

/** Whether the record's content is gone (erased by a tombstone). */
export function contentErased(r: Pick<EvidenceRecord, 'meta' | 'attachment' | 'kind'>): boolean {
  return (r.kind === 'capture' && r.meta === null) || (r.kind === 'attachment' && !r.attachment);
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
    const erased = (deletedAt.get(r.id) ?? 0) > r.seq;
    const gone = contentErased(r);
    if (gone && !erased) bad(r, 'digest-mismatch', 'its content is missing and no deletion names it');
    // An erased record from before commitments cannot be re-hashed: the next link pins its digest.
    const digest = gone && r.metaCommit === undefined ? r.digest : recordDigest(r);
    if (digest !== r.digest) bad(r, 'digest-mismatch', `stored ${r.digest}, computed ${digest}`);
    if (r.metaCommit !== undefined && !gone && contentCommit(r, r.metaSalt ?? '') !== r.metaCommit)
      bad(r, 'digest-mismatch', 'its content does not match its commitment');
    const origin = originDigest(r);
    if (origin !== null && origin !== r.origin?.digest) bad(r, 'digest-mismatch', `origin digest ${r.origin?.digest}, computed ${origin}`);
    if (r.kind === 'tombstone') checkTombstone(r, byId, bad);
    if (r.kind === 'filing') checkFiling(r, byId, bad);
    if (opts.artifacts !== false) await checkArtifacts(r, erased, blobs, bad);
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

function checkFiling(f: EvidenceRecord, byId: Map<string, EvidenceRecord>, bad: Report): void {
  const target = f.filed ? byId.get(f.filed.id) : undefined;
  if (!f.filed || !target || target.seq >= f.seq || target.digest !== f.filed.digest)
    bad(f, 'broken-link', 'filing names no earlier record');
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
