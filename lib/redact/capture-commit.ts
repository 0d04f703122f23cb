import {
  commitImage,
  commitText,
  type Commitments,
  deriveSalts,
  type FileCommitment,
  newSaltKey,
  type Rgba,
  SCHEME,
  tileGrid,
} from './commit';
import { bitmapPixels, pngBitmap } from './decode-png';
import { splitParts } from './parts';

/**
 * The commitments of one capture, each started as soon as its file is in hand: page.html's while
 * the screenshot is still on its way. `done` waits for all of them and lists them by file name.
 * An image that cannot be decoded is left uncommitted rather than failing the capture: its
 * redacted copy then says it cannot be checked tile by tile.
 */
export function commitCapture() {
  const key = newSaltKey();
  const pending: Promise<FileCommitment | null>[] = [];
  const start = (p: Promise<FileCommitment | null>) => {
    // Awaited in done(); a failure meanwhile is not unhandled.
    p.catch(() => undefined);
    pending.push(p);
  };
  return {
    key,
    text: (file: string, text: string) => start(commitText(key, file, splitParts(text))),
    image: (file: string, png: Uint8Array | Blob) =>
      start(
        pngBitmap(png).then(
          (bitmap) => {
            // The salts (two WebCrypto calls) are derived while the pixels are read from the bitmap.
            const salts = deriveSalts(key, file, tileGrid(bitmap.width, bitmap.height).count);
            salts.catch(() => undefined);
            let img: Rgba;
            try {
              img = bitmapPixels(bitmap);
            } catch {
              return null;
            }
            return commitImage(key, file, img, salts);
          },
          () => null,
        ),
      ),
    done: async (): Promise<Commitments> => ({
      scheme: SCHEME,
      files: (await Promise.all(pending)).filter((c): c is FileCommitment => c !== null).sort((a, b) => (a.file < b.file ? -1 : 1)),
    }),
  };
}
