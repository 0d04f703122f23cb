import type { BundleInput } from '../archive/bundle-write';
import type { ManifestLink } from '../archive/bundle-schema';
import { chainHead } from './chain-head';
import { loadCaseForExport } from './evidence';
import { importFiles, importsForCase } from './imports';
import { db } from './index';

/** Everything exportCaseBundle needs for one case, but the words and the key. */
export async function caseArchive(caseId: string): Promise<Omit<BundleInput, 'locale' | 'extensionVersion' | 'now' | 'signer'>> {
  const data = await loadCaseForExport(caseId);
  const imports = await Promise.all(
    (await importsForCase(caseId)).map(async (row) => ({ row, files: row.within ? new Map<string, Blob>() : await importFiles(row) })),
  );
  return {
    ...data,
    links: await linksAround(
      caseId,
      data.evidence.map((r) => r.seq),
    ),
    imports,
    chainHead: await chainHead(),
  };
}

/** The log's records of other cases (or none) between the case's first and last: chain values only. */
async function linksAround(caseId: string, seqs: number[]): Promise<ManifestLink[]> {
  if (seqs.length < 2) return [];
  const rows = await db()
    .evidence.where('seq')
    .between(Math.min(...seqs), Math.max(...seqs), false, false)
    .filter((r) => r.caseId !== caseId)
    .toArray();
  return rows.map(({ seq, prevDigest, digest }) => ({ seq, prevDigest, digest }));
}
