import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { sha256Hex } from '../../../lib/evidence/hash';
import { PAYLOADS } from '../../fixtures/payloads';

/** Byte-level damage: flips, truncation, insertion, overwrite, deletion (positions wrap). */
const byteEdit = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ op: fc.constant('overwrite' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 64 }) }),
);
export const byteEdits = fc.array(byteEdit, { minLength: 1, maxLength: 4 });
type ByteEdit = typeof byteEdit extends fc.Arbitrary<infer E> ? E : never;

export function applyBytes(input: Uint8Array, edits: ByteEdit[]): Uint8Array {
  let b = input.slice();
  for (const e of edits) {
    const at = b.length ? e.at % b.length : 0;
    if (e.op === 'flip' && b.length) b[at]! ^= e.mask;
    else if (e.op === 'truncate') b = b.slice(0, at);
    else if (e.op === 'insert') b = new Uint8Array([...b.subarray(0, at), ...e.bytes, ...b.subarray(at)]);
    else if (e.op === 'overwrite') b.set(e.bytes.subarray(0, Math.max(0, b.length - at)), at);
    else if (e.op === 'delete') b = new Uint8Array([...b.subarray(0, at), ...b.subarray(at + e.len)]);
  }
  return b;
}

/** Values a forger might put anywhere in a manifest. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(...PAYLOADS),
  fc.constantFrom(null, -1, 0, 1e308, 2 ** 53 + 1, '', 'x'.repeat(70_000), [], {}, '../../etc/passwd', '__proto__', '0'.repeat(64)),
);
/** A JSON edit: set or delete the value at the n-th path of the document (paths wrap). */
export const jsonEdits = fc.array(
  fc.record({ path: fc.nat(), del: fc.boolean(), keep: fc.boolean(), value: hostileValue, text: fc.constantFrom(...PAYLOADS) }),
  { minLength: 1, maxLength: 3 },
);
/** `keep`: stay within the schema (a string stays a string, a number a number), so the edit
 * reaches the checks behind it (ids, digests, the hash chain). */
type JsonEdit = { path: number; del: boolean; keep: boolean; value: unknown; text: string };

function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (at.length) out.push(at);
  if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) paths(c, [...at, Array.isArray(v) ? Number(k) : k], out);
  return out;
}

function applyJson(doc: unknown, edits: JsonEdit[]): void {
  for (const e of edits) {
    const all = paths(doc);
    if (!all.length) return;
    const p = all[e.path % all.length]!;
    let parent = doc as Record<string | number, unknown>;
    for (const k of p.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    const key = p.at(-1)!;
    const old = parent[key];
    if (e.keep && typeof old === 'string')
      parent[key] = /^[0-9a-f]{64}$/.test(old) ? `${old.slice(0, 63)}${old.endsWith('0') ? '1' : '0'}` : e.text.slice(0, 60);
    else if (e.keep && typeof old === 'number') parent[key] = old + 1;
    else if (e.keep) continue;
    else if (e.del && !Array.isArray(parent)) delete parent[key];
    else parent[key] = structuredClone(e.value);
  }
}

/** Edit the JSON file `name` inside a ZIP and re-sign SHA256SUMS, as a careful forger would. */
export async function forgeZip(zip: Uint8Array, name: string, edits: JsonEdit[]): Promise<Uint8Array> {
  const files = unzipSync(zip);
  const doc = JSON.parse(new TextDecoder().decode(files[name]));
  applyJson(doc, edits);
  files[name] = strToU8(JSON.stringify(doc));
  let sums = '';
  for (const path of Object.keys(files).filter((p) => p !== 'SHA256SUMS')) sums += `${await sha256Hex(files[path]!)}  ${path}\n`;
  files.SHA256SUMS = strToU8(sums);
  return zipSync(files);
}

/** A ZIP with random entries, some with the names a bundle or backup expects. */
export const randomZip = fc
  .dictionary(
    fc.oneof(
      fc.constantFrom('manifest.json', 'backup.json', 'SHA256SUMS', 'report.html', 'blobs/a', 'evidence/1-a/page.html'),
      fc.string({ minLength: 1, maxLength: 12 }),
    ),
    fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.jsonValue({ maxDepth: 2 }).map((v) => strToU8(JSON.stringify(v))),
    ),
    { maxKeys: 5 },
  )
  .map((files) => {
    try {
      return zipSync(files);
    } catch {
      return new Uint8Array([0x50, 0x4b]);
    }
  });
