import type { EvidenceRecord, ImportRecord } from '../db/types';
import { verifyChain } from '../evidence/chain';
import type { BackupManifest } from './backup-schema';
import { checkBundle } from './bundle-check';
import { ArchiveError } from './errors';

/**
 * Each imported bundle, checked again from its files, must find what was found when it was
 * imported: its signature's key and every flag. Imported files are not in the hash chain, so
 * this is what catches one changed inside a backup (with its digests recomputed).
 */
export async function checkImports(imports: ImportRecord[], blobs: Map<string, Uint8Array>): Promise<void> {
  const verdict = (v: { signature: { state: string; fingerprint?: string }; problems: unknown[]; flags: unknown[][] }) =>
    JSON.stringify([
      v.signature.state === 'mismatch' || v.signature.state === 'unsigned' ? v.signature.state : v.signature.fingerprint,
      v.problems,
      v.flags,
    ]);
  for (const row of imports) {
    const files = new Map<string, Uint8Array>();
    for (const f of row.files) {
      const data = blobs.get(f.blobId);
      if (!data) throw new ArchiveError('missing-file', `imported file ${f.path}: blob ${f.blobId}`);
      files.set(f.path, data);
    }
    const check = await checkBundle(files, { localFingerprint: null }).catch((err: unknown) => {
      throw new ArchiveError('chain-mismatch', `imported bundle ${row.fileName}: ${err instanceof Error ? err.message : String(err)}`);
    });
    const found = verdict({ ...check, flags: check.items.map((i) => i.flags) });
    if (found !== verdict({ ...row, flags: row.records.map((r) => r.flags) }))
      throw new ArchiveError('chain-mismatch', `imported bundle ${row.fileName} no longer checks as it did when imported`);
  }
}

/** The chain must verify exactly as it did when the backup was made (usually: intact). */
export async function checkChain(m: BackupManifest, blobs: Map<string, Uint8Array>): Promise<void> {
  const verdict = await verifyChain(m.evidence as EvidenceRecord[], async (id) => blobs.get(id));
  const key = (p: { id: string; problem: string }) => `${p.id}:${p.problem}`;
  const found = verdict.ok ? [] : [...new Set(verdict.problems.map(key))].sort();
  const recorded = m.chain.ok ? [] : [...new Set(m.chain.problems.map(key))].sort();
  if (m.chain.ok !== verdict.ok || found.join('\n') !== recorded.join('\n')) {
    const first = verdict.ok
      ? 'the recorded problems are not there'
      : `evidence #${verdict.problems[0]!.seq}: ${verdict.problems[0]!.problem}`;
    throw new ArchiveError('chain-mismatch', first);
  }
}
