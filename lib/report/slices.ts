/** One piece of a tall image: where it starts and how long it is (same unit as the image). */
export interface Span {
  start: number;
  size: number;
  /** The piece starts a fresh page (the room left on the current one was too small). */
  fresh: boolean;
}

/**
 * How a tall image is cut for print, in the PDF (lib/report/pdf-writer.ts) and in report.html
 * (lib/archive/report-images.ts) alike: pieces no longer than `page`, the first no longer than
 * `first` (the room left on the current page) unless that room is under a third of a page, when
 * it starts a fresh page instead. Each piece after the first starts `overlap` before the end of
 * the one above, so a line of text the cut goes through is shown whole on the next page.
 */
export function sliceSpans(total: number, page: number, opts: { first?: number; overlap?: number } = {}): Span[] {
  if (!(total > 0) || !(page > 0)) return [];
  const overlap = Math.max(0, Math.min(opts.overlap ?? 0, page / 4));
  let room = opts.first ?? page;
  let fresh = false;
  if (room < page / 3) {
    room = page;
    fresh = true;
  }
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const size = Math.min(total - start, room);
    out.push({ start, size, fresh });
    if (start + size >= total) return out;
    start += size - overlap;
    room = page;
    fresh = true;
  }
}
