import type { Rgba } from './commit';

/**
 * A PNG decoded by the browser (off the calling thread), its pixels exactly as stored: no
 * colour-space conversion, no premultiplied alpha, so the bytes read from it are the ones any PNG
 * decoder (the recipient's verifier) reads from a copy made of them. Where createImageBitmap is
 * missing or throws, the promise rejects (the capture then leaves the image uncommitted).
 */
export async function pngBitmap(png: Uint8Array | Blob): Promise<ImageBitmap> {
  const blob = png instanceof Blob ? png : new Blob([png as BlobPart], { type: 'image/png' });
  return createImageBitmap(blob, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
}

/** The RGBA bytes of a decoded PNG (the bitmap is closed). */
export function bitmapPixels(bitmap: ImageBitmap): Rgba {
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width: bitmap.width, height: bitmap.height, data };
  } finally {
    bitmap.close();
  }
}

/** A PNG's pixels exactly as stored (see pngBitmap). */
export async function decodePng(png: Uint8Array | Blob): Promise<Rgba> {
  return bitmapPixels(await pngBitmap(png));
}
