import type { ImageCutter } from '../archive/report-images';

/**
 * Cuts images with the page's own decoder: createImageBitmap, then each band drawn on an
 * OffscreenCanvas and encoded as PNG (lossless, so text in a screenshot stays sharp).
 */
export const canvasCutter: ImageCutter = {
  async open(data, type) {
    let bmp: ImageBitmap;
    try {
      bmp = await createImageBitmap(new Blob([data as Uint8Array<ArrayBuffer>], { type }));
    } catch {
      return null;
    }
    return {
      width: bmp.width,
      height: bmp.height,
      async band(top, height) {
        const canvas = new OffscreenCanvas(bmp.width, height);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('No 2D canvas in this page');
        ctx.drawImage(bmp, 0, top, bmp.width, height, 0, 0, bmp.width, height);
        return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      },
      close: () => bmp.close(),
    };
  },
};
