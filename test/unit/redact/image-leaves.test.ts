import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { imageLeaves, tileGrid } from '@/lib/redact/commit';

/** The leaves as the scheme defines them, one fresh array per tile: SHA-256(salt ‖ rows). */
function expected(width: number, height: number, data: Uint8Array, salts: Uint8Array, tile: number): Uint8Array {
  const { cols, count } = tileGrid(width, height, tile);
  const out = new Uint8Array(32 * count);
  for (let i = 0; i < count; i++) {
    const x = (i % cols) * tile;
    const y = Math.floor(i / cols) * tile;
    const w = Math.min(tile, width - x);
    const h = Math.min(tile, height - y);
    const bytes: number[] = [...salts.subarray(16 * i, 16 * i + 16)];
    for (let r = 0; r < h; r++) bytes.push(...data.subarray(((y + r) * width + x) * 4, ((y + r) * width + x + w) * 4));
    out.set(sha256(Uint8Array.from(bytes)), 32 * i);
  }
  return out;
}

describe('imageLeaves (one buffer for every tile)', () => {
  const width = 70;
  const height = 45;
  const tile = 16;
  const count = tileGrid(width, height, tile).count;
  const salts = Uint8Array.from({ length: 16 * count }, (_, k) => (k * 7 + 3) & 255);
  const pixels = Uint8Array.from({ length: width * height * 4 }, (_, k) => (k * 31 + (k >> 9)) & 255);

  it('gives each tile, edge tiles included, the digest of its own salt and rows', async () => {
    const leaves = await imageLeaves({ width, height, data: pixels }, salts, tile);
    expect(leaves).toEqual(expected(width, height, pixels, salts, tile));
    // Tiles differ, so a buffer overwritten before its digest was taken would show here.
    expect(new Set(Array.from({ length: count }, (_, i) => leaves.subarray(32 * i, 32 * i + 8).join())).size).toBe(count);
  });

  it('reads pixels that do not start on a 4-byte boundary the same way', async () => {
    const shifted = new Uint8Array(pixels.length + 1);
    shifted.set(pixels, 1);
    const data = shifted.subarray(1);
    expect(await imageLeaves({ width, height, data }, salts, tile)).toEqual(expected(width, height, pixels, salts, tile));
  });
});
