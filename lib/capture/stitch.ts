/**
 * Full-page screenshots by scroll-and-stitch (lib/capture/full-page.ts): where to scroll (pure)
 * and how the screens are drawn into one image.
 */

/** Canvas side limit in Chrome and Firefox. */
const MAX_CANVAS_SIDE = 32_767;

export interface FullPagePlan {
  /** Scroll tops (CSS px), in order; the last one is clamped so the final screen ends the page. */
  positions: number[];
  /** The page is longer than the screens we may take. */
  truncated: boolean;
  /** Height (CSS px) of the stitched image. */
  height: number;
}

export function planFullPage(input: {
  scrollHeight: number;
  viewportHeight: number;
  maxScreens: number;
  devicePixelRatio?: number;
}): FullPagePlan {
  const vh = Math.floor(input.viewportHeight);
  const sh = Math.ceil(input.scrollHeight);
  if (!Number.isFinite(vh) || !Number.isFinite(sh) || vh <= 0) return { positions: [0], truncated: false, height: Math.max(0, vh || 0) };
  if (sh <= vh) return { positions: [0], truncated: false, height: vh };
  const dpr = input.devicePixelRatio && input.devicePixelRatio > 0 ? input.devicePixelRatio : 1;
  const byCanvas = Math.floor(MAX_CANVAS_SIDE / (vh * dpr));
  const max = Math.max(1, Math.min(Math.floor(input.maxScreens) || 1, byCanvas));
  const positions: number[] = [];
  for (let y = 0; y < sh && positions.length < max; y += vh) positions.push(Math.min(y, sh - vh));
  const end = positions[positions.length - 1]! + vh;
  return { positions, truncated: end < sh, height: end };
}

export interface Tile {
  bitmap: ImageBitmap;
  /** Scroll top (CSS px) the tile was captured at. */
  y: number;
}

/**
 * Draw tiles into one PNG (browser only: OffscreenCanvas). Closes the bitmaps. `crop`: the part of
 * each screen to keep (CSS px), for a scrolling pane inside the page.
 */
export async function stitch(
  tiles: Tile[],
  size: { width: number; height: number; devicePixelRatio: number; crop?: { x: number; y: number; width: number; height: number } },
): Promise<Blob> {
  const scale = size.devicePixelRatio > 0 ? size.devicePixelRatio : 1;
  const canvas = new OffscreenCanvas(Math.round(size.width * scale), Math.min(MAX_CANVAS_SIDE, Math.round(size.height * scale)));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const c = size.crop;
  for (const tile of tiles) {
    const y = Math.round(tile.y * scale);
    if (c) {
      const [sx, sy, sw, sh] = [c.x, c.y, c.width, c.height].map((v) => Math.round(v * scale)) as [number, number, number, number];
      ctx.drawImage(tile.bitmap, sx, sy, sw, sh, 0, y, sw, sh);
    } else ctx.drawImage(tile.bitmap, 0, y);
    tile.bitmap.close();
  }
  return canvas.convertToBlob({ type: 'image/png' });
}
