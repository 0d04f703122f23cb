import type { EvidenceRecord } from '../db/types';
import { contentCommit, contentErased, GENESIS, recordDigest, type UnsignedRecord } from '../evidence/chain';
import { sha256Hex } from '../evidence/hash';
import type { ManifestItem, ManifestLink } from './bundle-schema';
import type { ItemFlag } from './verdict';

/** A manifest item in the shape the chain's digest reads (its artifacts' `file` is not hashed). */
const asRecord = (it: ManifestItem) => it as unknown as UnsignedRecord;

/**
 * Check each item of a bundle on its own terms and return its flags (same order as `items`):
 * its record digest, every file against the digest the record holds, its deletion record, and
 * its place in the chain, followed through `links` (the log's other records between them).
 * `digests` holds the files' SHA-256 already computed (by the SHA256SUMS check).
 */
export async function checkItems(
  items: readonly ManifestItem[],
  links: readonly ManifestLink[],
  files: Map<string, Uint8Array>,
  digests: Map<string, string>,
): Promise<ItemFlag[][]> {
  const flags = items.map((): ItemFlag[] => []);
  const index = new Map(items.map((it, i) => [it.id, i]));
  const deletedAt = new Map(items.flatMap((it) => (it.kind === 'tombstone' && it.deleted ? [[it.deleted.id, it.seq] as const] : [])));
  for (const [i, it] of items.entries()) {
    const own = flags[i]!;
    const deleted = (deletedAt.get(it.id) ?? 0) > it.seq;
    const rec = asRecord(it) as EvidenceRecord;
    const gone = contentErased(rec);
    // Erased content is fine when a later deletion names the record; a record from before content
    // commitments then cannot be re-hashed (its digest is pinned by the next link).
    if (gone && !deleted) own.push({ kind: 'record-digest' });
    else if (!(gone && it.metaCommit === undefined) && recordDigest(rec) !== it.digest) own.push({ kind: 'record-digest' });
    else if (it.origin && originDigest(it) !== it.origin.digest) own.push({ kind: 'record-digest' });
    else if (it.metaCommit !== undefined && !gone && contentCommit(rec, it.metaSalt ?? '') !== it.metaCommit)
      own.push({ kind: 'record-digest' });
    for (const a of it.artifacts) {
      if (a.file === null) {
        if (!deleted) own.push({ kind: 'file-missing', path: a.name });
        continue;
      }
      const data = files.get(a.file);
      if (!data) own.push({ kind: 'file-missing', path: a.file });
      else if (data.byteLength !== a.size || (digests.get(a.file) ?? (await sha256Hex(data))) !== a.sha256)
        own.push({ kind: 'file-digest', path: a.file });
    }
    if (it.kind === 'tombstone') {
      const target = it.deleted ? items[index.get(it.deleted.id) ?? -1] : undefined;
      const names = target && target.seq < it.seq && (it.deleted!.digest === target.digest || it.deleted!.digest === target.origin?.digest);
      if (!names) own.push({ kind: 'bad-deletion' });
    }
  }
  linkFlags(items, links, flags);
  return flags;
}

/** The digest a record had in the log it was first written to (records imported before v2). */
function originDigest(it: ManifestItem): string {
  return recordDigest({ ...asRecord(it), seq: it.origin!.seq, prevDigest: it.origin!.prevDigest } as Omit<EvidenceRecord, 'digest'>);
}

/**
 * Items and links in log order: each must follow the one before it (seq + 1, prevDigest = its
 * digest); the log's first record links to the genesis value. A problem found at a link is
 * reported on the next item, naming the seq where it is.
 */
function linkFlags(items: readonly ManifestItem[], links: readonly ManifestLink[], flags: ItemFlag[][]): void {
  const chain = [...items.map((it, i) => ({ ...pickChain(it), item: i })), ...links.map((l) => ({ ...pickChain(l), item: -1 }))].sort(
    (a, b) => a.seq - b.seq,
  );
  let carried: ItemFlag | null = null;
  for (const [k, e] of chain.entries()) {
    const prev = chain[k - 1];
    let problem: ItemFlag | null = null;
    if (!prev) {
      if (e.seq === 1 && e.prevDigest !== GENESIS) problem = { kind: 'broken-link' };
    } else if (e.seq !== prev.seq + 1) problem = { kind: 'gap', seq: e.seq };
    else if (e.prevDigest !== prev.digest) problem = { kind: 'broken-link' };
    problem ??= carried;
    if (e.item < 0) carried = problem;
    else {
      if (problem) flags[e.item]!.push(problem);
      carried = null;
    }
  }
}

const pickChain = ({ seq, prevDigest, digest }: ManifestLink) => ({ seq, prevDigest, digest });
