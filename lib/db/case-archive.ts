import type { BundleInput } from '../archive/bundle-write';
import type { ManifestLink } from '../archive/bundle-schema';
import { chainHead } from './chain-head';
import { loadCaseForExport } from './evidence';
import { caseRecords } from './filing';
import { importFiles, importsForCase } from './imports';
import { db } from './index';

/**
 * Everything exportCaseBundle needs for one case, but the words, the key and the image cutter. `only`: the ids of
 * the records to include (a complaint pack's selection), with the deletions and filings naming them.
 */
export async function caseArchive(
  caseId: string,
  only?: ReadonlySet<string>,
): Promise<Omit<BundleInput, 'locale' | 'extensionVersion' | 'now' | 'signer' | 'cutter' | 'onReport'>> {
  const all = await loadCaseForExport(caseId, caseRecords);
  const data = only
    ? { ...all, evidence: all.evidence.filter((r) => only.has(r.id) || only.has(r.deleted?.id ?? '') || only.has(r.filed?.id ?? '')) }
    : all;
  const imports = await Promise.all(
    (only ? [] : await importsForCase(caseId)).map(async (row) => ({
      row,
      files: row.within ? new Map<string, Blob>() : await importFiles(row),
    })),
  );
  return {
    ...data,
    links: await linksAround(new Set(data.evidence.map((r) => r.seq))),
    imports,
    chainHead: await chainHead(),
  };
}

/** The log's other records between the bundle's first and last: chain values only. */
async function linksAround(seqs: Set<number>): Promise<ManifestLink[]> {
  if (seqs.size < 2) return [];
  const rows = await db()
    .evidence.where('seq')
    .between(Math.min(...seqs), Math.max(...seqs), false, false)
    .filter((r) => !seqs.has(r.seq))
    .toArray();
  return rows.map(({ seq, prevDigest, digest }) => ({ seq, prevDigest, digest }));
}
