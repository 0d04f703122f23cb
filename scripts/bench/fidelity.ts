// Pixel fidelity: how much of a screenshot of the live page a screenshot of its snapshot
// reproduces, with pixelmatch (its default colour threshold, anti-aliased pixels not counted
// as different): 1 = every pixel alike.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export function similarity(live: Buffer, copy: Buffer): number {
  const a = PNG.sync.read(live);
  const b = PNG.sync.read(copy);
  if (a.width !== b.width || a.height !== b.height) return 0;
  const differing = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
  return 1 - differing / (a.width * a.height);
}
