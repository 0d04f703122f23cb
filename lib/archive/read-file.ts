import { type BundleCheck, checkBundle } from './bundle-check';
import { checkBackup, type ParsedBackup } from './backup-read';
import { type ArchiveLimits, BACKUP_LIMITS, BUNDLE_LIMITS } from './limits';
import { readZip } from './zip-read';

/** A checked bundle and every file it holds (path → bytes), ready to be stored. */
export interface ReadBundle {
  check: BundleCheck;
  files: Map<string, Uint8Array>;
}

/** Unpack (within the bundle limits) and check an evidence bundle; throws ArchiveError when refused. */
export async function readBundleFile(
  bytes: Uint8Array,
  localFingerprint: string | null,
  limits: Partial<ArchiveLimits> = {},
): Promise<ReadBundle> {
  const lim = { ...BUNDLE_LIMITS, ...limits };
  const files = readZip(bytes, lim);
  return { check: await checkBundle(files, { localFingerprint, maxManifestBytes: lim.maxManifestBytes }), files };
}

/** Unpack (within the backup limits) and check a backup; throws ArchiveError when refused. */
export async function readBackupFile(bytes: Uint8Array, dbVersion: number, limits: Partial<ArchiveLimits> = {}): Promise<ParsedBackup> {
  const lim = { ...BACKUP_LIMITS, ...limits };
  return checkBackup(readZip(bytes, lim), { dbVersion, maxManifestBytes: lim.maxManifestBytes });
}
