import { type BundleCheck, checkBundle } from './bundle-check';
import { checkBackup, type ParsedBackup } from './backup-read';
import { type ArchiveLimits, BACKUP_LIMITS, BUNDLE_LIMITS } from './limits';
import { readZip } from './zip-read';

/** A checked bundle and every file it holds (path → Blob), ready to be stored. */
export interface ReadBundle {
  check: BundleCheck;
  files: Map<string, Blob>;
}

/** Unpack (within the bundle limits) and check an evidence bundle; throws ArchiveError when refused. */
export async function readBundleFile(
  bytes: Uint8Array,
  localFingerprint: string | null,
  limits: Partial<ArchiveLimits> = {},
): Promise<ReadBundle> {
  const lim = { ...BUNDLE_LIMITS, ...limits };
  const files = readZip(bytes, lim);
  const check = await checkBundle(files, { localFingerprint, maxManifestBytes: lim.maxManifestBytes });
  // The Blobs are made here, in the reading worker: copying hundreds of megabytes into Blobs on
  // the page's thread would stall it (a Blob crosses to the page by reference).
  const types = fileTypes(check);
  const blobs = new Map(
    [...files].map(([path, data]) => [path, new Blob([data as BlobPart], { type: types.get(path) ?? 'application/octet-stream' })]),
  );
  return { check, files: blobs };
}

/** Each file's media type: artifacts as their record says, the bundle's own files by name. */
function fileTypes(check: BundleCheck): Map<string, string> {
  const own: Record<string, string> = {
    'manifest.json': 'application/json',
    'report.html': 'text/html',
    SHA256SUMS: 'text/plain',
    'signing-key.pem': 'application/x-pem-file',
  };
  const types = new Map(check.paths.filter((p) => Object.hasOwn(own, p)).map((p) => [`${check.dir}${p}`, own[p]!]));
  for (const { record } of check.items) for (const a of record.artifacts) if (a.file) types.set(`${check.dir}${a.file}`, a.type);
  for (const { check: inner } of check.nested) for (const [p, t] of fileTypes(inner)) types.set(p, t);
  return types;
}

/** Unpack (within the backup limits) and check a backup; throws ArchiveError when refused. */
export async function readBackupFile(bytes: Uint8Array, dbVersion: number, limits: Partial<ArchiveLimits> = {}): Promise<ParsedBackup> {
  const lim = { ...BACKUP_LIMITS, ...limits };
  return checkBackup(readZip(bytes, lim), { dbVersion, maxManifestBytes: lim.maxManifestBytes });
}
