import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';

/**
 * Commitments that let a redacted copy be checked part by part (README "Redacted copies").
 * At capture every part of page.html (lib/redact/parts.ts) and every tile of each screenshot gets
 * a salted digest, leaf = SHA-256(salt ‖ bytes); the record's meta holds only the root,
 * SHA-256(leaf_0 ‖ … ‖ leaf_n-1), so it is covered by the record's digest. A redacted copy
 * reveals salt and bytes of the parts it keeps and only the leaf of the parts it hides: the
 * recipient recomputes the root. A 16-byte random salt makes a hidden leaf say nothing about
 * its content, even a short name.
 */
export const SCHEME = 'ww-salted-parts-1';
/** Tile side in image pixels: 64 keeps a 1280 × 800 screenshot at 260 digests (each one is a WebCrypto call). */
export const TILE = 64;

export interface TextCommitment {
  file: string;
  kind: 'text';
  parts: number;
  root: string;
}
export interface ImageCommitment {
  file: string;
  kind: 'image';
  width: number;
  height: number;
  tile: number;
  root: string;
}
export type FileCommitment = TextCommitment | ImageCommitment;
export interface Commitments {
  scheme: typeof SCHEME;
  files: FileCommitment[];
}

export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** A new secret from which every salt of one record is drawn: kept on the row, never exported. */
export function newSaltKey(): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * `n` salts of 16 bytes for `file`: the AES-256-CTR keystream under the record's key, the
 * counter starting at the first 8 bytes of SHA-256(file name). One native call for all of them.
 */
export async function deriveSalts(keyHex: string, file: string, n: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', hexToBytes(keyHex) as BufferSource, 'AES-CTR', false, ['encrypt']);
  const counter = new Uint8Array(16);
  counter.set(sha256(new TextEncoder().encode(file)).subarray(0, 8));
  const out = await crypto.subtle.encrypt({ name: 'AES-CTR', counter, length: 64 }, key, new Uint8Array(16 * n));
  return new Uint8Array(out);
}

export const saltAt = (salts: Uint8Array, i: number) => salts.subarray(16 * i, 16 * i + 16);

/** Leaves of text parts, 32 bytes each, one after another. */
export function textLeaves(parts: readonly string[], salts: Uint8Array): Uint8Array {
  const enc = new TextEncoder();
  const leaves = new Uint8Array(32 * parts.length);
  let buf = new Uint8Array(1024);
  for (const [i, part] of parts.entries()) {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (buf.length < 16 + 3 * part.length) buf = new Uint8Array(16 + 3 * part.length);
    buf.set(saltAt(salts, i));
    const { written } = enc.encodeInto(part, buf.subarray(16));
    leaves.set(sha256(buf.subarray(0, 16 + written)), 32 * i);
  }
  return leaves;
}

export function tileGrid(width: number, height: number, tile = TILE): { cols: number; rows: number; count: number } {
  const cols = Math.ceil(width / tile);
  const rows = Math.ceil(height / tile);
  return { cols, rows, count: cols * rows };
}

/** The RGBA bytes of tile `i` (row-major), its pixel rows top to bottom, preceded by `salt`. */
function saltedTile(img: Rgba, i: number, tile: number, salt: Uint8Array): Uint8Array {
  const { cols } = tileGrid(img.width, img.height, tile);
  const x = (i % cols) * tile;
  const y = Math.floor(i / cols) * tile;
  const w = Math.min(tile, img.width - x);
  const h = Math.min(tile, img.height - y);
  const out = new Uint8Array(16 + w * h * 4);
  out.set(salt);
  for (let r = 0; r < h; r++) {
    const start = ((y + r) * img.width + x) * 4;
    out.set(img.data.subarray(start, start + w * 4), 16 + r * w * 4);
  }
  return out;
}

/** Leaves of an image's tiles: WebCrypto (native, off the calling thread), all at once. */
export async function imageLeaves(img: Rgba, salts: Uint8Array, tile = TILE): Promise<Uint8Array> {
  const { count } = tileGrid(img.width, img.height, tile);
  const digests = await Promise.all(
    Array.from({ length: count }, (_, i) => crypto.subtle.digest('SHA-256', saltedTile(img, i, tile, saltAt(salts, i)) as BufferSource)),
  );
  const leaves = new Uint8Array(32 * count);
  for (const [i, d] of digests.entries()) leaves.set(new Uint8Array(d), 32 * i);
  return leaves;
}

export const rootOf = (leaves: Uint8Array): string => bytesToHex(sha256(leaves));

export async function commitText(keyHex: string, file: string, parts: readonly string[]): Promise<TextCommitment> {
  const salts = await deriveSalts(keyHex, file, parts.length);
  return { file, kind: 'text', parts: parts.length, root: rootOf(textLeaves(parts, salts)) };
}

/** `salts`: when the capture derived them already (while it read the pixels); else derived here. */
export async function commitImage(
  keyHex: string,
  file: string,
  img: Rgba,
  salts: Promise<Uint8Array> = deriveSalts(keyHex, file, tileGrid(img.width, img.height).count),
): Promise<ImageCommitment> {
  return { file, kind: 'image', width: img.width, height: img.height, tile: TILE, root: rootOf(await imageLeaves(img, await salts)) };
}
