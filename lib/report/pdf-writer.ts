import {
  clip,
  endPath,
  type PDFDocument,
  type PDFFont,
  type PDFImage,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
} from 'pdf-lib';
import { sliceSpans } from './slices';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 42;
const GREY = rgb(0.35, 0.35, 0.35);

/**
 * A top-to-bottom writer over A4 pages: wrapped text (CJK has no spaces, so lines also break
 * between characters) and images at the full text width, a tall one (a full-page screenshot)
 * cut across as many pages as it needs, each page showing the next slice.
 */
export class PdfWriter {
  page!: PDFPage;
  private y = 0;
  private readonly widths = new Map<string, number>();
  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.newPage();
  }

  get width(): number {
    return A4[0] - 2 * MARGIN;
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  private room(h: number): void {
    if (this.y - h < MARGIN) this.newPage();
  }

  private charWidth(ch: string, size: number): number {
    const key = `${size}:${ch}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = this.font.widthOfTextAtSize(ch, size);
      this.widths.set(key, w);
    }
    return w;
  }

  /** Lines of `text` that fit `max` points at `size`: broken at the last space, else between characters. */
  wrap(text: string, size: number, max = this.width): string[] {
    const lines: string[] = [];
    for (const para of text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ').split('\n')) {
      let line = '';
      let w = 0;
      for (const ch of para) {
        const cw = this.charWidth(ch, size);
        if (w + cw > max && line) {
          const cut = line.lastIndexOf(' ');
          const keep = cut > line.length / 2 ? line.slice(0, cut) : line;
          lines.push(keep);
          line = keep === line ? '' : line.slice(cut + 1);
          w = [...line].reduce((s, c) => s + this.charWidth(c, size), 0);
        }
        line += ch;
        w += cw;
      }
      lines.push(line);
    }
    return lines;
  }

  text(text: string, opts: { size?: number; gap?: number; grey?: boolean; indent?: number } = {}): void {
    const size = opts.size ?? 10;
    const lead = size * 1.35;
    for (const line of this.wrap(text, size, this.width - (opts.indent ?? 0))) {
      this.room(lead);
      this.y -= lead;
      this.page.drawText(line, {
        x: MARGIN + (opts.indent ?? 0),
        y: this.y + size * 0.25,
        size,
        font: this.font,
        color: opts.grey ? GREY : undefined,
      });
    }
    this.y -= opts.gap ?? 2;
  }

  heading(text: string, size = 14): void {
    this.room(size * 4);
    this.y -= size * 0.6;
    this.text(text, { size, gap: 4 });
  }

  /** The image at the text width; one taller than the room left continues on the next pages. */
  image(img: PDFImage): void {
    const w = Math.min(this.width, img.width);
    const h = (img.height / img.width) * w;
    const x = MARGIN;
    const pageRoom = A4[1] - 2 * MARGIN;
    if (h <= pageRoom) {
      this.room(h + 4);
      this.y -= h;
      this.page.drawImage(img, { x, y: this.y, width: w, height: h });
      this.y -= 6;
      return;
    }
    // Slices (lib/report/slices.ts decides where): each page clips the image to its piece, the
    // image placed so that the piece starts at the top of the room.
    for (const span of sliceSpans(h, pageRoom, { first: this.y - MARGIN })) {
      if (span.fresh) this.newPage();
      const bottom = this.y - span.size;
      this.page.pushOperators(pushGraphicsState(), rectangle(x, bottom, w, span.size), clip(), endPath());
      this.page.drawImage(img, { x, y: this.y + span.start - h, width: w, height: h });
      this.page.pushOperators(popGraphicsState());
      this.y = bottom - 6;
    }
  }

  /** "<footer> · n / N" at the foot of every page, once all pages exist. */
  footers(footer: string): void {
    const pages = this.doc.getPages();
    pages.forEach((p, i) => {
      const text = `${footer} · ${i + 1} / ${pages.length}`;
      const line = this.wrap(text, 7)[0] ?? '';
      p.drawText(line, { x: MARGIN, y: MARGIN / 2, size: 7, font: this.font, color: GREY });
    });
  }
}
