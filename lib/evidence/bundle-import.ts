import type { CaseEvent, CaseRecord, EvidenceRecord } from '../db/types';
import { verifyChain, type ChainProblem } from './chain';
import { BundleError } from './errors';
import { sha256Hex } from './hash';
import { manifestSchema, type Manifest } from './bundle-schema';
import { recordDir } from './names';
import { readZip, type ArchiveLimits } from './zip-reader';

export type BundleLimits = ArchiveLimits;

const DEFAULT_LIMITS: BundleLimits = {
  maxBytes: 200 * 2 ** 20,
  maxTotalBytes: 500 * 2 ** 20,
  maxEntryBytes: 200 * 2 ** 20,
  maxEntries: 10_000,
  maxManifestBytes: 32 * 2 ** 20,
};

/** A bundle that passed every check, with chain values as in the bundle. Blobs by new blobId. */
export interface ParsedBundle {
  manifest: Manifest;
  case: CaseRecord;
  events: CaseEvent[];
  evidence: EvidenceRecord[];
  blobs: Map<string, Blob>;
}

const FIXED_FILES = new Set(['manifest.json', 'report.html', 'SHA256SUMS']);

/**
 * Check an untrusted bundle completely, or throw a BundleError saying why. Order: ZIP structure
 * and limits, SHA256SUMS over every file, manifest schema, ids, artifact files, hash chain.
 */
export async function importCaseBundle(bytes: Uint8Array, limits: Partial<BundleLimits> = {}): Promise<ParsedBundle> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  let files: Map<string, Uint8Array>;
  try {
    files = readZip(bytes, lim);
  } catch (err) {
    throw err instanceof BundleError ? err : new BundleError('truncated', String(err));
  }
  await checkSums(files);

  const raw = files.get('manifest.json');
  if (!raw) throw new BundleError('missing-file', 'manifest.json');
  if (raw.byteLength > lim.maxManifestBytes) throw new BundleError('too-large', 'manifest.json');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch (err) {
    throw new BundleError('bad-manifest', `not JSON: ${String(err)}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new BundleError(
      'bad-manifest',
      parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; '),
    );
  }
  const manifest = parsed.data;
  const caseId = manifest.case.id;
  const ids = new Set<string>();
  const seqs = new Set<number>();
  for (const item of manifest.evidence) {
    if (ids.has(item.id) || seqs.has(item.seq)) throw new BundleError('duplicate-id', `evidence ${item.id} / seq ${item.seq}`);
    ids.add(item.id);
    seqs.add(item.seq);
    if (item.caseId !== caseId) throw new BundleError('bad-manifest', `evidence ${item.id} belongs to another case`);
  }
  if (manifest.events.some((e) => e.caseId !== caseId)) throw new BundleError('bad-manifest', 'an event belongs to another case');
  const deleted = new Set(manifest.evidence.flatMap((i) => (i.deleted ? [i.deleted.id] : [])));

  const blobs = new Map<string, Blob>();
  const used = new Set(FIXED_FILES);
  const evidence: EvidenceRecord[] = manifest.evidence.map(({ artifacts, ...item }) => ({
    ...item,
    meta: item.meta as EvidenceRecord['meta'],
    artifacts: artifacts.map(({ file, ...a }) => {
      const blobId = crypto.randomUUID();
      const expected = `${recordDir(item.seq, item.id)}/${a.name}`;
      if (file === null && deleted.has(item.id)) return { ...a, blobId };
      if (file !== expected) throw new BundleError('bad-manifest', `evidence ${item.id}: file ${file} should be ${expected}`);
      const data = files.get(file);
      if (!data) throw new BundleError('missing-file', file);
      used.add(file);
      blobs.set(blobId, new Blob([data as BlobPart], { type: a.type }));
      return { ...a, blobId };
    }),
  }));
  for (const path of files.keys()) if (!used.has(path)) throw new BundleError('unexpected-file', path);

  const verdict = await verifyChain(evidence, async (id) => blobs.get(id), { contiguous: false });
  if (!verdict.ok) throw chainError(verdict.problems[0]!);
  return { manifest, case: manifest.case as CaseRecord, events: manifest.events as CaseEvent[], evidence, blobs };
}

function chainError(p: ChainProblem): BundleError {
  const detail = `evidence #${p.seq} (${p.id}): ${p.problem}: ${p.detail}`;
  if (p.problem === 'artifact-mismatch') return new BundleError('digest-mismatch', detail);
  if (p.problem === 'missing-artifact') return new BundleError('missing-file', detail);
  return new BundleError('chain-mismatch', detail);
}

/** SHA256SUMS lists exactly every other file of the bundle, and every digest matches. */
async function checkSums(files: Map<string, Uint8Array>): Promise<void> {
  const raw = files.get('SHA256SUMS');
  if (!raw) throw new BundleError('missing-file', 'SHA256SUMS');
  const listed = new Map<string, string>();
  for (const [n, line] of new TextDecoder().decode(raw).split('\n').entries()) {
    if (!line) continue;
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!m || listed.has(m[2]!)) throw new BundleError('bad-manifest', `SHA256SUMS line ${n + 1}`);
    listed.set(m[2]!, m[1]!.toLowerCase());
  }
  for (const path of files.keys()) {
    if (path !== 'SHA256SUMS' && !listed.has(path)) throw new BundleError('unexpected-file', `${path} is not in SHA256SUMS`);
  }
  for (const [path, sha] of listed) {
    const data = files.get(path);
    if (!data) throw new BundleError('missing-file', path);
    if ((await sha256Hex(data)) !== sha) throw new BundleError('digest-mismatch', path);
  }
}
