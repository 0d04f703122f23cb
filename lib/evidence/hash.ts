/** Anything we hash: raw bytes, a Blob (from IndexedDB or a capture) or text (UTF-8). */
export type Hashable = ArrayBuffer | Uint8Array | Blob | string;

/** Lower-case hex SHA-256, via WebCrypto (browsers, and Node 20's globalThis.crypto). */
export async function sha256Hex(data: Hashable): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', (await toBytes(data)) as BufferSource);
  return toHex(new Uint8Array(digest));
}

/** Bytes of any Hashable. Blobs are duck-typed: test runners mix Blob classes of two realms. */
export async function toBytes(data: Hashable): Promise<Uint8Array> {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(await (data as Blob).arrayBuffer());
}

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
