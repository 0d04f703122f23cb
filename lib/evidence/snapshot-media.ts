/**
 * Pixels for a page snapshot, which may fetch nothing when opened: loaded images and canvases
 * read back as data: URLs where the page is allowed to read them (same origin, CORS-approved,
 * blob:, data:). Anything else is dropped; its box keeps the size it was shown at.
 */

const MAX_PIXELS = 4_000_000;
/** Inlined pixels stop here (characters of data: URL) so one page cannot grow a snapshot without end. */
const MAX_INLINED = 24_000_000;

export interface MediaBudget {
  used: number;
  inlined: number;
  dropped: number;
  cache: Map<string, string | null>;
}

export const newMediaBudget = (): MediaBudget => ({ used: 0, inlined: 0, dropped: 0, cache: new Map() });

function encode(source: CanvasImageSource, width: number, height: number, doc: Document, budget: MediaBudget): string | null {
  if (width * height === 0 || budget.used > MAX_INLINED) return null;
  const scale = Math.min(1, Math.sqrt(MAX_PIXELS / (width * height)));
  const canvas = doc.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  try {
    canvas.getContext('2d')?.drawImage(source, 0, 0, canvas.width, canvas.height);
    // WebP keeps transparency at a fraction of PNG's size; browsers without it give PNG.
    const url = canvas.toDataURL('image/webp', 0.92);
    budget.used += url.length;
    return url.startsWith('data:image/') ? url : null;
  } catch {
    return null; // tainted by a cross-origin image: the page itself may not read it
  }
}

/** Set the copy's src to the live image's pixels, or drop it (keeping the shown size). */
export function inlineImage(copy: Element, live: HTMLImageElement, budget: MediaBudget): void {
  const src = live.currentSrc || live.src;
  let url: string | null | undefined = /^data:image\//i.test(src) ? src : budget.cache.get(src);
  if (url === undefined) {
    url = live.complete && live.naturalWidth ? encode(live, live.naturalWidth, live.naturalHeight, live.ownerDocument, budget) : null;
    budget.cache.set(src, url);
  }
  copy.removeAttribute('srcset');
  copy.removeAttribute('sizes');
  if (url) {
    copy.setAttribute('src', url);
    budget.inlined++;
    return;
  }
  copy.removeAttribute('src');
  if (src) budget.dropped++;
  keepSize(copy, live);
}

/** A canvas's pixels are not part of the DOM: an image of them, when the page may read them. */
export function canvasImage(copy: Element, live: HTMLCanvasElement, budget: MediaBudget): Element | undefined {
  const url = encode(live, live.width, live.height, live.ownerDocument, budget);
  if (!url) return undefined;
  const img = copy.ownerDocument.createElement('img');
  for (const attr of ['id', 'class', 'style', 'width', 'height'])
    if (copy.hasAttribute(attr)) img.setAttribute(attr, copy.getAttribute(attr)!);
  img.setAttribute('src', url);
  budget.inlined++;
  return img;
}

function keepSize(copy: Element, live: Element): void {
  const box = live.getBoundingClientRect();
  if (!copy.hasAttribute('width') && box.width) copy.setAttribute('width', String(Math.round(box.width)));
  if (!copy.hasAttribute('height') && box.height) copy.setAttribute('height', String(Math.round(box.height)));
}
