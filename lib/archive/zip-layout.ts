import { ArchiveError } from './errors';
import type { ArchiveLimits } from './limits';

/** One entry as the central directory and its local header agree on it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  crc: number;
  csize: number;
  usize: number;
  /** Offset of the compressed data. */
  dataAt: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
/** Flag bits: 0 encrypted, 3 sizes in a data descriptor after the data, 11 UTF-8 names. */
const ENCRYPTED = 1;
const DESCRIBED = 1 << 3;
const names = new TextDecoder('utf-8', { fatal: true });

/**
 * Read and check the layout of an untrusted ZIP WITHOUT unpacking anything: limits on size,
 * entry count and declared uncompressed bytes; every path; every local header against its
 * directory entry; and that the parts tile the file exactly (no overlapping or shared data, no
 * bytes outside an entry, no offset outside the file). Zip bombs and parser confusions
 * (two readers seeing different files in one archive) are refused here, before inflating.
 */
export function zipLayout(bytes: Uint8Array, lim: ArchiveLimits): ZipEntry[] {
  if (bytes.byteLength > lim.maxBytes) throw new ArchiveError('too-large', `${bytes.byteLength} bytes, limit ${lim.maxBytes}`);
  if (bytes.byteLength < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ArchiveError('not-zip');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => v.getUint16(at, true);
  const u32 = (at: number) => v.getUint32(at, true);

  // The end record whose comment runs exactly to the end of the file (a forged one inside a
  // comment or an entry never does).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (u32(i) === EOCD && i + 22 + u16(i + 20) === bytes.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ArchiveError('truncated', 'no end of central directory');
  const count = u16(eocd + 10);
  const cdSize = u32(eocd + 12);
  const cdOffset = u32(eocd + 16);
  if (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0 || u16(eocd + 8) !== count) throw new ArchiveError('unsupported', 'several parts');
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new ArchiveError('unsupported', 'ZIP64');
  if (count > lim.maxEntries) throw new ArchiveError('too-many-entries', `${count} entries, limit ${lim.maxEntries}`);
  if (cdOffset + cdSize !== eocd) throw new ArchiveError('outside', 'the central directory does not end where the end record starts');

  const entries: (ZipEntry & { headerAt: number; end: number })[] = [];
  const seen = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || u32(p) !== CENTRAL) throw new ArchiveError('truncated', `central directory entry ${i}`);
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const [crc, csize, usize] = [u32(p + 16), u32(p + 20), u32(p + 24)];
    const nameLen = u16(p + 28);
    const next = p + 46 + nameLen + u16(p + 30) + u16(p + 32);
    if (next > eocd) throw new ArchiveError('truncated', `central directory entry ${i}`);
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    const headerAt = u32(p + 42);
    p = next;
    const name = decodeName(rawName);
    checkPath(name);
    if (seen.has(name)) throw new ArchiveError('duplicate-name', JSON.stringify(name));
    seen.add(name);
    if (flags & ENCRYPTED) throw new ArchiveError('unsupported', `${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new ArchiveError('unsupported', `${name}: compression method ${method}`);
    if (csize === 0xffffffff || usize === 0xffffffff) throw new ArchiveError('unsupported', 'ZIP64');
    if (usize > lim.maxEntryBytes) throw new ArchiveError('too-large', `${name} declares ${usize} bytes, limit ${lim.maxEntryBytes}`);
    total += usize;
    if (total > lim.maxTotalBytes) throw new ArchiveError('too-large', `entries declare over ${lim.maxTotalBytes} bytes`);
    if (method === 0 && csize !== usize) throw new ArchiveError('header-mismatch', `${name}: stored with two sizes`);

    if (headerAt + 30 > cdOffset) throw new ArchiveError('outside', `${name}: local header outside the file's entries`);
    if (u32(headerAt) !== LOCAL) throw new ArchiveError('header-mismatch', `${name}: no local header at its offset`);
    const localName = bytes.subarray(headerAt + 30, headerAt + 30 + u16(headerAt + 26));
    if (!sameBytes(localName, rawName)) throw new ArchiveError('header-mismatch', `${name}: its local header names another file`);
    const localFlags = u16(headerAt + 6);
    if (u16(headerAt + 8) !== method || (localFlags & DESCRIBED) !== (flags & DESCRIBED))
      throw new ArchiveError('header-mismatch', `${name}: method or flags differ`);
    if (!(flags & DESCRIBED) && (u32(headerAt + 14) !== crc || u32(headerAt + 18) !== csize || u32(headerAt + 22) !== usize))
      throw new ArchiveError('header-mismatch', `${name}: sizes or checksum differ`);
    const dataAt = headerAt + 30 + localName.length + u16(headerAt + 28);
    let end = dataAt + csize;
    if (flags & DESCRIBED) end += end + 4 <= cdOffset && u32(end) === DESCRIPTOR ? 16 : 12;
    if (end > cdOffset) throw new ArchiveError('outside', `${name}: data runs past the file's entries`);
    entries.push({ name, method, crc, csize, usize, dataAt, headerAt, end });
  }
  if (p !== eocd) throw new ArchiveError('outside', 'bytes after the last directory entry');
  checkTiling(entries, cdOffset);
  return entries.map(({ name, method, crc, csize, usize, dataAt }) => ({ name, method, crc, csize, usize, dataAt }));
}

/** Every byte before the central directory belongs to exactly one entry: no overlap, no gap. */
function checkTiling(entries: { name: string; headerAt: number; end: number }[], cdOffset: number): void {
  const sorted = [...entries].sort((a, b) => a.headerAt - b.headerAt);
  let at = 0;
  for (const e of sorted) {
    if (e.headerAt < at) throw new ArchiveError('overlap', `${e.name} starts inside the entry before it`);
    if (e.headerAt > at) throw new ArchiveError('outside', `${e.headerAt - at} bytes before ${e.name} belong to no entry`);
    at = e.end;
  }
  if (at !== cdOffset) throw new ArchiveError('outside', `${cdOffset - at} bytes before the central directory belong to no entry`);
}

function decodeName(raw: Uint8Array): string {
  try {
    return names.decode(raw);
  } catch {
    throw new ArchiveError('unsafe-path', 'a name that is not UTF-8');
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Relative, forward-slash, no `.`/`..`/empty segments, no prototype-shaped segment: safe to unpack anywhere. */
export function isSafePath(name: string): boolean {
  const segments = name.replace(/\/$/, '').split('/');
  return !(
    !name ||
    name.length > 300 ||
    /[\\\0-\x1f\x7f]/.test(name) ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    segments.some((s) => s === '' || s === '.' || s === '..' || s === '__proto__')
  );
}

function checkPath(name: string): void {
  if (!isSafePath(name)) throw new ArchiveError('unsafe-path', JSON.stringify(name));
}
