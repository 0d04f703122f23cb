/** What a reader accepts. Checked against the ZIP's own directory before anything is unpacked,
 * and again while unpacking (an entry never unpacks past what it declares). */
export interface ArchiveLimits {
  /** Size of the ZIP file itself. */
  maxBytes: number;
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxTotalBytes: number;
  /** Declared uncompressed size of any one entry. */
  maxEntryBytes: number;
  /** The archive's JSON description (manifest.json, backup.json). */
  maxManifestBytes: number;
}

const MiB = 2 ** 20;

/**
 * Evidence bundle import limits (the README states them). Set from the largest real case
 * export we measured (README, "Import limits"): about 20 times its entry count and size, so a
 * real case never comes near them while a crafted file is refused before it is unpacked.
 */
export const BUNDLE_LIMITS: ArchiveLimits = {
  maxBytes: 1024 * MiB,
  maxEntries: 20_000,
  maxTotalBytes: 1536 * MiB,
  maxEntryBytes: 256 * MiB,
  maxManifestBytes: 64 * MiB,
};

/**
 * What a restore accepts, and so what a backup may hold (the export refuses to write a file
 * these limits would refuse). ZIP without ZIP64 addresses 4 GiB; the file is read into memory.
 */
export const BACKUP_LIMITS: ArchiveLimits = {
  maxBytes: 2 * 1024 * MiB,
  maxEntries: 1_000_003,
  maxTotalBytes: 3 * 1024 * MiB,
  maxEntryBytes: 512 * MiB,
  maxManifestBytes: 256 * MiB,
};
