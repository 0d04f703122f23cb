import { type BundleCheck, checkBundle } from '../archive/bundle-check';
import type { ReadBundle } from '../archive/read-file';
import { ArchiveError, toArchiveError } from '../archive/errors';
import { isoWithOffset, searchTextOf } from './cases';
import { db } from './index';
import type { ArtifactBlob, CaseEvent, CaseRecord, ImportedRecord, ImportRecord } from './types';

/**
 * Store a checked bundle as an imported case, in one transaction: the case (under its own id
 * when that is free here, else a new one), its events, every file of the bundle as it was
 * read, and one import row per bundle (nested ones too) holding its records and verdicts.
 * Imported records never touch this browser's log. The same bundle twice is refused.
 */
export async function saveImport(read: ReadBundle, fileName: string, now = new Date()): Promise<{ caseId: string; records: number }> {
  const { check, files } = read;
  const blobIds = new Map<string, string>();
  const blobs: ArtifactBlob[] = [];
  for (const [path, blob] of files) {
    const id = crypto.randomUUID();
    blobIds.set(path, id);
    blobs.push({ id, blob });
  }
  const importedAt = isoWithOffset(now);
  const d = db();
  try {
    return await d.transaction('rw', [d.cases, d.events, d.imports, d.blobs], async () => {
      const same = await d.imports
        .where('contentSha256')
        .equals(check.contentSha256)
        .filter((r) => !r.within)
        .first();
      if (same) throw new ArchiveError('already-imported', `${same.fileName}, ${same.importedAt}`);
      const caseId = (await d.cases.get(check.case.id)) ? crypto.randomUUID() : check.case.id;
      const c = check.case as CaseRecord;
      await d.cases.add({ ...c, id: caseId, updatedMs: now.getTime(), searchText: searchTextOf(c) });
      await d.events.bulkAdd(check.events.map((e) => eventRow(e, caseId)));
      await d.blobs.bulkAdd(blobs);
      const rows = importRows(check, { caseId, fileName, importedAt, blobIds });
      await d.imports.bulkAdd(rows);
      return { caseId, records: rows.reduce((n, r) => n + r.records.length, 0) };
    });
  } catch (err) {
    throw toArchiveError(err);
  }
}

/** The import row of `check` and of every bundle nested in it, outermost first. */
function importRows(
  check: BundleCheck,
  at: { caseId: string; fileName: string; importedAt: string; blobIds: Map<string, string>; within?: string; dir?: string },
): ImportRecord[] {
  const id = crypto.randomUUID();
  const blobOf = (path: string) => at.blobIds.get(`${check.dir}${path}`) ?? '';
  const row: ImportRecord = {
    id,
    caseId: at.caseId,
    within: at.within,
    dir: at.dir,
    fileName: at.fileName,
    importedAt: at.importedAt,
    manifestSha256: check.manifestSha256,
    contentSha256: check.contentSha256,
    exportedAt: check.exportedAt,
    extensionVersion: check.extensionVersion,
    signature: check.signature,
    problems: check.problems,
    files: check.paths.map((path) => ({ path, blobId: blobOf(path) })),
    records: check.items.map(
      ({ record: r, flags }): ImportedRecord => ({
        id: r.id,
        seq: r.seq,
        caseId: r.caseId,
        kind: r.kind,
        meta: r.meta as ImportedRecord['meta'],
        artifacts: r.artifacts.map((a) => ({
          name: a.name,
          type: a.type,
          size: a.size,
          sha256: a.sha256,
          blobId: a.file ? blobOf(a.file) : '',
        })),
        deleted: r.deleted,
        recordedAt: r.recordedAt,
        prevDigest: r.prevDigest,
        digest: r.digest,
        origin: r.origin,
        flags,
      }),
    ),
  };
  const nested = check.nested.flatMap(({ entry, check: inner }) =>
    importRows(inner, { ...at, fileName: entry.fileName, importedAt: entry.importedAt, within: id, dir: entry.dir }),
  );
  return [row, ...nested];
}

function eventRow(e: BundleCheck['events'][number], caseId: string): CaseEvent {
  const { type, at, atMs, text, data } = e;
  return { caseId, type, at, atMs, text, data };
}

/** The bundles imported into a case, outermost first within each. */
export async function importsForCase(caseId: string): Promise<ImportRecord[]> {
  return (await db().imports.where('caseId').equals(caseId).toArray()).sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

/** Every file of an imported bundle as it was read (path → bytes), to check it again or pass it on. */
export async function importFiles(row: ImportRecord): Promise<Map<string, Blob>> {
  const blobs = await db().blobs.bulkGet(row.files.map((f) => f.blobId));
  return new Map(row.files.flatMap((f, i) => (blobs[i] ? [[f.path, blobs[i]!.blob] as const] : [])));
}

/** Check an imported bundle again, from the files stored for it: its own verdict, found now. */
export async function recheckImport(row: ImportRecord, localFingerprint: string | null): Promise<BundleCheck> {
  const files = new Map<string, Uint8Array>();
  for (const [path, blob] of await importFiles(row)) files.set(path, new Uint8Array(await blob.arrayBuffer()));
  return checkBundle(files, { localFingerprint });
}
