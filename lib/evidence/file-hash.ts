import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Bytes read at a time: memory stays at one chunk whatever the file's size. */
const CHUNK = 4 * 1024 * 1024;

/**
 * SHA-256 of a file read in chunks (incremental @noble/hashes): a 200 MiB recording is never
 * held in memory whole, and the file itself is what gets stored (no copy). WebCrypto has no
 * incremental digest: it would need the whole file in one buffer.
 */
export async function sha256OfBlob(file: Blob): Promise<string> {
  const h = sha256.create();
  for (let at = 0; at < file.size; at += CHUNK) h.update(new Uint8Array(await file.slice(at, at + CHUNK).arrayBuffer()));
  return bytesToHex(h.digest());
}
