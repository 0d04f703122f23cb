import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';
// Noto Sans SC (as "Noto Sans Hans", OFL-1.1) from @embedpdf/fonts-sc: Vite copies the file into
// the build as an asset of the chunk that imports this module, which only the dashboard loads
// when a PDF is made (dynamic import), so the popup and the background never carry it. The
// package's `exports` map lists only its JS, so the file is named by its path.
import fontUrl from '../../node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf?url';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Subset = { encode(): Uint8Array; encodeStream?: () => unknown };
type Font = { createSubset(): Subset };

/**
 * pdf-lib's font engine: upstream fontkit 2, not @pdf-lib/fontkit. That fork predates fontkit's
 * fixes to subsetting (short `loca` offsets for TrueType, the CFF header of CID-keyed fonts such
 * as Noto Sans CJK): with it, subset Chinese glyphs come out blank or broken (pdf-lib issues #1232
 * and #808). pdf-lib reads a subset through `encodeStream()`, which fontkit 2 replaced with
 * `encode()`: this adapter gives it the stream it expects.
 */
export const pdfFontkit = {
  create(bytes: Uint8Array): Font {
    const font = fontkit.create(bytes) as Font;
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      subset.encodeStream = () => {
        const on: Record<string, (arg?: unknown) => void> = {};
        const stream = {
          on(event: string, fn: (arg?: unknown) => void) {
            on[event] = fn;
            return stream;
          },
        };
        queueMicrotask(() => {
          try {
            on.data?.(subset.encode());
            on.end?.();
          } catch (err) {
            on.error?.(err);
          }
        });
        return stream;
      };
      return subset;
    };
    return font;
  },
} as unknown as Fontkit;

/** The CJK font's bytes, read from the extension's own files (no network). */
export async function loadCjkFont(): Promise<Uint8Array> {
  const res = await fetch(fontUrl);
  if (!res.ok) throw new Error(`font ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}
