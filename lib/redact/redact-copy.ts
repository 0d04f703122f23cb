import { encode } from 'fast-png';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { EvidenceRecord } from '../db/types';
import { digestInput } from '../evidence/chain';
import { writeZip, type ArchiveFile } from '../archive/zip-write';
import {
  type Commitments,
  deriveSalts,
  type FileCommitment,
  type ImageCommitment,
  imageLeaves,
  type Rgba,
  rootOf,
  saltAt,
  type TextCommitment,
  textLeaves,
  tileGrid,
} from './commit';
import { splitParts } from './parts';

/** What stands in the redacted page.html for every part taken out: the same whatever it hid. */
export const PLACEHOLDER = '█████';

/** A box drawn on an image, in its pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface RedactChoice {
  /** Text to take out of page.html, wherever it occurs (case-insensitive). */
  terms: string[];
  /** Boxes per image file name; every tile a box touches is blacked out. */
  boxes: Record<string, Box[]>;
}

export type RedactProblem = 'not-committed' | 'missing-file' | 'does-not-match';
export class RedactError extends Error {
  override name = 'RedactError';
  constructor(
    readonly problem: RedactProblem,
    readonly file?: string,
  ) {
    super(`${problem}${file ? `: ${file}` : ''}`);
  }
}

/** Whether a redacted copy of this record can be checked part by part (records from before commitments cannot). */
export const canRedact = (r: EvidenceRecord): boolean => Boolean(r.meta?.commitments && r.saltKey);

/** Indices of the parts that overlap any occurrence of any term. */
function partsToHide(text: string, parts: readonly string[], terms: readonly string[]): Set<number> {
  const hay = text.toLowerCase();
  // Lower-casing can change the length of some characters: then match exactly.
  const folded = hay.length === text.length;
  const ranges: [number, number][] = [];
  for (const raw of terms) {
    const term = folded ? raw.trim().toLowerCase() : raw.trim();
    if (term.length < 2) continue;
    const source = folded ? hay : text;
    for (let at = source.indexOf(term); at >= 0; at = source.indexOf(term, at + 1)) ranges.push([at, at + term.length]);
  }
  const hide = new Set<number>();
  let start = 0;
  for (const [i, part] of parts.entries()) {
    const end = start + part.length;
    if (ranges.some(([a, b]) => a < end && b > start)) hide.add(i);
    start = end;
  }
  return hide;
}

async function redactText(c: TextCommitment, bytes: Uint8Array, key: string, terms: readonly string[]) {
  const text = new TextDecoder().decode(bytes);
  const parts = splitParts(text);
  const salts = await deriveSalts(key, c.file, parts.length);
  const leaves = textLeaves(parts, salts);
  if (parts.length !== c.parts || rootOf(leaves) !== c.root) throw new RedactError('does-not-match', c.file);
  const hide = partsToHide(text, parts, terms);
  const enc = new TextEncoder();
  const entries = parts.map((p, i) =>
    hide.has(i) ? `h:${bytesToHex(leaves.subarray(32 * i, 32 * i + 32))}` : `s:${bytesToHex(saltAt(salts, i))}:${enc.encode(p).length}`,
  );
  const out = parts.map((p, i) => (hide.has(i) ? PLACEHOLDER : p)).join('');
  return { data: enc.encode(out), entry: { placeholder: PLACEHOLDER, redacted: hide.size, parts: entries } };
}

async function redactImage(c: ImageCommitment, img: Rgba, key: string, boxes: readonly Box[]) {
  if (img.width !== c.width || img.height !== c.height) throw new RedactError('does-not-match', c.file);
  const { cols, count } = tileGrid(img.width, img.height, c.tile);
  const salts = await deriveSalts(key, c.file, count);
  const leaves = await imageLeaves(img, salts, c.tile);
  if (rootOf(leaves) !== c.root) throw new RedactError('does-not-match', c.file);
  const data = new Uint8Array(img.data);
  const entries: string[] = [];
  let redacted = 0;
  for (let i = 0; i < count; i++) {
    const x = (i % cols) * c.tile;
    const y = Math.floor(i / cols) * c.tile;
    const hit = boxes.some((b) => b.x < x + c.tile && b.x + b.w > x && b.y < y + c.tile && b.y + b.h > y);
    if (!hit) {
      entries.push(`s:${bytesToHex(saltAt(salts, i))}`);
      continue;
    }
    redacted++;
    entries.push(`h:${bytesToHex(leaves.subarray(32 * i, 32 * i + 32))}`);
    for (let r = y; r < Math.min(y + c.tile, img.height); r++) {
      for (let q = x; q < Math.min(x + c.tile, img.width); q++) data.set([0, 0, 0, 255], (r * img.width + q) * 4);
    }
  }
  const png = encode({ width: img.width, height: img.height, data, channels: 4, depth: 8 });
  return { data: png, entry: { width: c.width, height: c.height, tile: c.tile, redacted, tiles: entries } };
}

/** The record exactly as its digest reads it (lib/evidence/chain.ts), with the digest. */
function recordForCheck(r: EvidenceRecord): Record<string, unknown> {
  return JSON.parse(JSON.stringify({ ...digestInput(r), digest: r.digest }));
}

/** A committed record's content with its salt: the check recomputes metaCommit from them. */
function contentForCheck(r: EvidenceRecord): Record<string, unknown> | undefined {
  return r.metaCommit === undefined ? undefined : JSON.parse(JSON.stringify({ meta: r.meta, attachment: r.attachment, salt: r.metaSalt }));
}

export interface RedactInput {
  record: EvidenceRecord;
  /** The record's files by name, as stored. */
  files: Map<string, Uint8Array>;
  choice: RedactChoice;
  decode: (png: Uint8Array) => Promise<Rgba>;
  /** verify-redaction.py, shipped inside the copy. */
  verifier: Uint8Array;
  now: Date;
}

/**
 * A redacted copy of one record as a ZIP: the redacted page.html and images, redaction.json
 * (the original record, for its digest; per file which parts were taken out, with the salts of
 * the parts kept and the leaves of the parts taken out), verify-redaction.py and README.txt.
 * The stored evidence is not touched. Refuses a record without commitments, and one whose files
 * no longer give the committed roots.
 */
export async function redactedCopy(input: RedactInput): Promise<{ zip: Uint8Array; parts: number; tiles: number }> {
  const { record } = input;
  const commitments: Commitments | undefined = record.meta?.commitments;
  if (!commitments || !record.saltKey) throw new RedactError('not-committed');
  const out = new Map<string, ArchiveFile>();
  const files: Record<string, unknown>[] = [];
  const hidden = { parts: 0, tiles: 0 };
  for (const c of commitments.files as FileCommitment[]) {
    const bytes = input.files.get(c.file);
    const art = record.artifacts.find((a) => a.name === c.file);
    if (!bytes || !art) throw new RedactError('missing-file', c.file);
    const done =
      c.kind === 'text'
        ? await redactText(c, bytes, record.saltKey, input.choice.terms)
        : await redactImage(c, await input.decode(bytes), record.saltKey, input.choice.boxes[c.file] ?? []);
    out.set(c.file, { data: done.data, stored: c.kind === 'image' });
    hidden[c.kind === 'text' ? 'parts' : 'tiles'] += done.entry.redacted;
    files.push({ file: c.file, kind: c.kind, original: { sha256: art.sha256, size: art.size }, ...done.entry });
  }
  const manifest = {
    format: 'wallet-witness-redaction',
    version: 1,
    scheme: commitments.scheme,
    madeAt: input.now.toISOString(),
    record: recordForCheck(record),
    content: contentForCheck(record),
    files,
  };
  const zip = new Map<string, ArchiveFile>([['redaction.json', { data: new TextEncoder().encode(JSON.stringify(manifest, null, 1)) }]]);
  for (const [name, f] of out) zip.set(name, f);
  zip.set('verify-redaction.py', { data: input.verifier });
  zip.set('README.txt', { data: new TextEncoder().encode(README) });
  return { zip: writeZip(zip, input.now), ...hidden };
}

const README = `Redacted copy of one evidence record (Wallet Witness).

Parts of page.html (shown as ${PLACEHOLDER}) and tiles of the images (black squares) were taken
out. Everything else is the original, byte for byte and pixel for pixel. To check it:

    python3 verify-redaction.py

It recomputes the original record's digest (compare it with the digest in the evidence bundle,
manifest.json, or its report.html) and, for every file, the salted digest of every part kept;
with the digests given for the parts taken out they must give the roots the record committed to
when it was captured. Any changed character or pixel outside the redactions fails the check.
`;
