import { sliceSpans } from '../report/slices';
import { base64 } from './bundle-report';

/** A decoded image that can hand out horizontal bands of itself as PNG files. */
interface OpenedImage {
  width: number;
  height: number;
  band(top: number, height: number): Promise<Uint8Array>;
  close(): void;
}

/**
 * Decodes images and cuts bands out of them: the dashboard's canvas (lib/report/canvas-cutter.ts)
 * where bundles are written; tests drive it with their own. `null`: the bytes do not decode.
 */
export interface ImageCutter {
  open(data: Uint8Array, type: string): Promise<OpenedImage | null>;
}

/** One printed piece of an image: a data: URL and the pixel rows it shows. */
interface ReportSlice {
  src: string;
  top: number;
  height: number;
}

/** An image file as report.html shows it: whole, in slices, or (`slices` empty) not at all. */
export interface ReportImage {
  name: string;
  width: number;
  height: number;
  slices: ReportSlice[];
}

/**
 * Height of a slice for each pixel of width. A4 and US Letter printed with the browser's default
 * margins have a text area of about 190 × 277 mm and 196 × 259 mm: 1.2 widths leaves room on
 * either for the slice's caption, so a slice is never scaled down to a stripe or cut by the printer.
 */
const PRINT_ASPECT = 1.2;
/** Rows repeated at the top of the next slice (3 % of the width: a line of text at any zoom). */
const OVERLAP = 0.03;
/** Kinds a browser shows in <img>; SVG is left out (it is a document, and is listed as a file). */
const SHOWN = /^image\/(png|jpeg|gif|webp|bmp|avif)$/;

/** Whether report.html shows this file as an image: raster types, not the reduced thumbnail copy. */
export function isReportImage(name: string, type: string): boolean {
  return SHOWN.test(type) && !/^thumbnail\./.test(name);
}

/**
 * The image in slices no taller than a printed page at the page's width. An image short enough is
 * embedded as the file itself; a taller one as PNG bands cut by `cutter` (lib/report/slices.ts
 * decides where, as for the PDF).
 */
export async function reportImage(name: string, type: string, data: Uint8Array, cutter: ImageCutter): Promise<ReportImage> {
  const img = await cutter.open(data, type);
  if (!img) return { name, width: 0, height: 0, slices: [] };
  try {
    const { width, height } = img;
    const spans = sliceSpans(height, Math.round(width * PRINT_ASPECT), { overlap: Math.round(width * OVERLAP) });
    if (spans.length <= 1) return { name, width, height, slices: [{ src: dataUrl(type, data), top: 0, height }] };
    const slices: ReportSlice[] = [];
    for (const s of spans) slices.push({ src: dataUrl('image/png', await img.band(s.start, s.size)), top: s.start, height: s.size });
    return { name, width, height, slices };
  } finally {
    img.close();
  }
}

const dataUrl = (type: string, data: Uint8Array) => `data:${type};base64,${base64(data)}`;
