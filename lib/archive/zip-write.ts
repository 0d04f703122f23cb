import { type Zippable, zipSync } from 'fflate';

/** One file of an archive being written. */
export interface ArchiveFile {
  data: Uint8Array;
  /** Already compressed (PNG, JPEG, ZIP…): stored as it is rather than deflated again. */
  stored?: boolean;
}

/** Media types whose bytes are already compressed. */
export const STORED_TYPES = /^(image\/(png|jpeg|webp|gif)|application\/zip)/;

/** A ZIP of `files` in insertion order, every entry with its sizes and CRC in its local header
 * (no data descriptors), as zipLayout reads it back. */
export function writeZip(files: Map<string, ArchiveFile>, mtime: Date): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, f] of files) zippable[path] = [f.data, { level: f.stored ? 0 : 6, mtime }];
  return zipSync(zippable);
}
