import type { ArchiveLimits } from '../evidence/zip-reader';

export type BackupLimits = ArchiveLimits;

/**
 * What a restore accepts, and so what a backup may hold (the export refuses to write a file
 * these limits would refuse). ZIP without ZIP64 addresses 4 GiB; the file is read into memory.
 */
export const BACKUP_LIMITS: BackupLimits = {
  maxBytes: 2 * 2 ** 30,
  maxTotalBytes: 3 * 2 ** 30,
  maxEntryBytes: 512 * 2 ** 20,
  maxEntries: 1_000_003,
  maxManifestBytes: 256 * 2 ** 20,
};

export const MANIFEST_FILE = 'backup.json';
export const SUMS_FILE = 'SHA256SUMS';
export const blobFile = (id: string) => `blobs/${id}`;
