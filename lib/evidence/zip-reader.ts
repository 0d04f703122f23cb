import { inflateSync } from 'fflate';
import { BundleError } from './errors';

export interface ZipLimits {
  /** Size of the ZIP file itself. */
  maxBytes: number;
  /** Sum of the declared uncompressed sizes. */
  maxTotalBytes: number;
  /** Declared uncompressed size of any one entry. */
  maxEntryBytes: number;
  maxEntries: number;
}

/** ZIP limits plus the size of the archive's JSON description (bundles and backups). */
export interface ArchiveLimits extends ZipLimits {
  maxManifestBytes: number;
}

interface Entry {
  name: string;
  method: number;
  start: number;
  csize: number;
  usize: number;
}

/**
 * Unpack an untrusted ZIP into path → bytes. The central directory is read and every limit,
 * name and offset checked BEFORE anything is inflated (zip bombs declare small entries that
 * inflate to gigabytes: each entry inflates into a buffer of its declared size, never more).
 * ZIP64, encryption and methods other than stored/deflate are refused: our bundles use none.
 */
export function readZip(bytes: Uint8Array, lim: ZipLimits): Map<string, Uint8Array> {
  if (bytes.byteLength > lim.maxBytes) throw new BundleError('too-large', `${bytes.byteLength} bytes, limit ${lim.maxBytes}`);
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new BundleError('not-zip');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => v.getUint16(at, true);
  const u32 = (at: number) => v.getUint32(at, true);
  const truncated = (detail: string) => new BundleError('truncated', detail);

  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw truncated('no end of central directory');
  const count = u16(eocd + 10);
  const cdSize = u32(eocd + 12);
  const cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new BundleError('not-zip', 'ZIP64 is not supported');
  if (count > lim.maxEntries) throw new BundleError('too-many-entries', `${count} entries, limit ${lim.maxEntries}`);
  if (cdOffset + cdSize > eocd) throw truncated('central directory out of range');

  const entries: Entry[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder();
  let total = 0;
  for (let i = 0, p = cdOffset; i < count; i++) {
    if (p + 46 > eocd || u32(p) !== 0x02014b50) throw truncated(`central directory entry ${i}`);
    const [flags, method, csize, usize] = [u16(p + 8), u16(p + 10), u32(p + 20), u32(p + 24)];
    const nameLen = u16(p + 28);
    const local = u32(p + 42);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + u16(p + 30) + u16(p + 32);
    checkPath(name);
    if (names.has(name)) throw new BundleError('duplicate-id', `file ${name} appears twice`);
    names.add(name);
    if (flags & 1) throw new BundleError('not-zip', `${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new BundleError('not-zip', `${name}: compression method ${method}`);
    if (usize > lim.maxEntryBytes) throw new BundleError('too-large', `${name} declares ${usize} bytes, limit ${lim.maxEntryBytes}`);
    total += usize;
    if (total > lim.maxTotalBytes) throw new BundleError('too-large', `contents declare over ${lim.maxTotalBytes} bytes`);
    if (local + 30 > cdOffset || u32(local) !== 0x04034b50) throw truncated(`${name}: local header out of range`);
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + csize > cdOffset || (method === 0 && csize !== usize)) throw truncated(`${name}: data out of range`);
    entries.push({ name, method, start, csize, usize });
  }

  const files = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const raw = bytes.subarray(e.start, e.start + e.csize);
    let data: Uint8Array;
    try {
      data = e.method === 0 ? raw.slice() : inflateSync(raw, { out: new Uint8Array(e.usize) });
    } catch (err) {
      throw truncated(`${e.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (data.byteLength !== e.usize) throw truncated(`${e.name}: ${data.byteLength} of ${e.usize} bytes`);
    files.set(e.name, data);
  }
  return files;
}

/** Relative, forward-slash, no `.`/`..`/empty segments: safe to unpack anywhere. */
function checkPath(name: string): void {
  const segments = name.replace(/\/$/, '').split('/');
  const unsafe =
    !name ||
    name.length > 300 ||
    /[\\\0]/.test(name) ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    segments.some((s) => s === '' || s === '.' || s === '..' || s === '__proto__');
  if (unsafe) throw new BundleError('unsafe-path', JSON.stringify(name));
}
