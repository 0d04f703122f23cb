import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Anything we hash: raw bytes, a Blob (from IndexedDB or a capture) or text (UTF-8). */
export type Hashable = ArrayBuffer | Uint8Array | Blob | string;

/**
 * Lower-case hex SHA-256, synchronously (@noble/hashes, audited). For small inputs that must be
 * hashed without yielding, e.g. a record digest inside an IndexedDB transaction, which commits as
 * soon as its script waits on anything but its own requests.
 */
export function sha256HexSync(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}

/**
 * Lower-case hex SHA-256 of anything, for artifacts (megabytes, hashed outside any transaction):
 * WebCrypto, which hashes off the calling thread. On a capture's PNG and snapshot the bench could
 * not tell it from noble; a whole-page PNG or an MHTML archive would hold the worker with noble.
 */
export async function sha256Hex(data: Hashable): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', (await toBytes(data)) as BufferSource);
  return bytesToHex(new Uint8Array(digest));
}

/** Bytes of any Hashable. Blobs are duck-typed: test runners mix Blob classes of two realms. */
export async function toBytes(data: Hashable): Promise<Uint8Array> {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(await (data as Blob).arrayBuffer());
}
