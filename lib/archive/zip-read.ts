import CRC32 from 'crc-32';
import { Inflate } from 'fflate';
import { ArchiveError } from './errors';
import type { ArchiveLimits } from './limits';
import { type ZipEntry, zipLayout } from './zip-layout';

/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1032:1, so one
 * step can never produce more than about 64 MiB before the size check sees it. */
const STEP = 64 * 1024;

/**
 * Unpack an untrusted ZIP into path → bytes (directories left out). The layout is checked first
 * (zipLayout: nothing is unpacked from a file it refuses); then each entry is inflated into a
 * buffer of exactly its declared size, stopping the moment it would produce more, and its
 * CRC-32 checked.
 */
export function readZip(bytes: Uint8Array, lim: ArchiveLimits): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const e of zipLayout(bytes, lim)) {
    const raw = bytes.subarray(e.dataAt, e.dataAt + e.csize);
    const data = e.method === 0 ? raw.slice() : inflateEntry(raw, e);
    if (CRC32.buf(data) >>> 0 !== e.crc) throw new ArchiveError('damaged', e.name);
    if (!e.name.endsWith('/')) files.set(e.name, data);
    else if (data.byteLength) throw new ArchiveError('header-mismatch', `${e.name}: a folder with data`);
  }
  return files;
}

function inflateEntry(raw: Uint8Array, e: ZipEntry): Uint8Array {
  const out = new Uint8Array(e.usize);
  let at = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    if (at + chunk.length > out.length) throw new ArchiveError('inflates-larger', `${e.name} declares ${e.usize} bytes`);
    out.set(chunk, at);
    at += chunk.length;
    done ||= final;
  });
  try {
    for (let i = 0; i < raw.length || i === 0; i += STEP) {
      inflater.push(raw.subarray(i, i + STEP), i + STEP >= raw.length);
    }
  } catch (err) {
    if (err instanceof ArchiveError) throw err;
    throw new ArchiveError('truncated', `${e.name}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!done || at !== e.usize) throw new ArchiveError('truncated', `${e.name}: ${at} of ${e.usize} bytes`);
  return out;
}
