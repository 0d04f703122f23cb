import CRC32 from 'crc-32';
import { strToU8 } from 'fflate';

/** Hand-made ZIPs with stored entries, laid out exactly as a test says (overlaps, gaps, lies). */
export interface CentralSpec {
  name: string;
  /** Where its local header is. */
  offset: number;
  /** The bytes it describes (for its CRC and sizes). */
  data: Uint8Array;
  usize?: number;
  method?: number;
  flags?: number;
}

const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const crc = (d: Uint8Array) => CRC32.buf(d) >>> 0;

/** One local file record: header, name, stored data. */
export function localRecord(name: string, data: Uint8Array, over: { method?: number; flags?: number; usize?: number } = {}): Uint8Array {
  const n = strToU8(name);
  const head = [
    ...u32(0x04034b50),
    ...u16(20),
    ...u16(over.flags ?? 0),
    ...u16(over.method ?? 0),
    ...u16(0),
    ...u16(0),
    ...u32(crc(data)),
    ...u32(data.length),
    ...u32(over.usize ?? data.length),
    ...u16(n.length),
    ...u16(0),
  ];
  return concat(new Uint8Array(head), n, data);
}

function centralRecord(c: CentralSpec): Uint8Array {
  const n = strToU8(c.name);
  const head = [
    ...u32(0x02014b50),
    ...u16(20),
    ...u16(20),
    ...u16(c.flags ?? 0),
    ...u16(c.method ?? 0),
    ...u16(0),
    ...u16(0),
    ...u32(crc(c.data)),
    ...u32(c.data.length),
    ...u32(c.usize ?? c.data.length),
    ...u16(n.length),
    ...u16(0),
    ...u16(0),
    ...u16(0),
    ...u16(0),
    ...u32(0),
    ...u32(c.offset),
  ];
  return concat(new Uint8Array(head), n);
}

/** `body` (local records and anything else, as laid out), then a central directory of `central`, then the end record. */
export function craftZip(body: Uint8Array, central: CentralSpec[], count = central.length): Uint8Array {
  const cd = concat(...central.map(centralRecord));
  const eocd = new Uint8Array([
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(count),
    ...u16(count),
    ...u32(cd.length),
    ...u32(body.length),
    ...u16(0),
  ]);
  return concat(body, cd, eocd);
}

/** A well-formed ZIP of stored entries. */
export function simpleZip(entries: Record<string, string | Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: CentralSpec[] = [];
  let at = 0;
  for (const [name, value] of Object.entries(entries)) {
    const data = typeof value === 'string' ? strToU8(value) : value;
    const rec = localRecord(name, data);
    central.push({ name, offset: at, data });
    parts.push(rec);
    at += rec.length;
  }
  return craftZip(concat(...parts), central);
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
