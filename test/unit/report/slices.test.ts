import { describe, expect, it } from 'vitest';
import { sliceSpans } from '../../../lib/report/slices';

/** Every row 0..total-1 is in some span, spans are in order and none is longer than `page`. */
function expectCovers(spans: ReturnType<typeof sliceSpans>, total: number, page: number) {
  expect(spans[0]!.start).toBe(0);
  for (const [k, s] of spans.entries()) {
    expect(s.size).toBeGreaterThan(0);
    expect(s.size).toBeLessThanOrEqual(page);
    if (k) expect(s.start).toBeLessThanOrEqual(spans[k - 1]!.start + spans[k - 1]!.size);
    if (k) expect(s.start).toBeGreaterThan(spans[k - 1]!.start);
  }
  const last = spans.at(-1)!;
  expect(last.start + last.size).toBe(total);
}

describe('sliceSpans (how the PDF and report.html cut a tall image)', () => {
  it('keeps an image that fits in one piece', () => {
    expect(sliceSpans(900, 1000)).toEqual([{ start: 0, size: 900, fresh: false }]);
    expect(sliceSpans(1000, 1000)).toEqual([{ start: 0, size: 1000, fresh: false }]);
  });

  it('cuts a tall image into pieces no longer than a page, each after the first on a fresh page', () => {
    const spans = sliceSpans(3500, 1000);
    expect(spans.map((s) => [s.start, s.size, s.fresh])).toEqual([
      [0, 1000, false],
      [1000, 1000, true],
      [2000, 1000, true],
      [3000, 500, true],
    ]);
    expectCovers(spans, 3500, 1000);
  });

  it('repeats `overlap` rows at the top of the next piece, so a line the cut goes through is shown whole', () => {
    const spans = sliceSpans(3000, 1000, { overlap: 40 });
    expectCovers(spans, 3000, 1000);
    for (const [k, s] of spans.entries()) if (k) expect(spans[k - 1]!.start + spans[k - 1]!.size - s.start).toBe(40);
    // An overlap larger than a quarter page is held to a quarter, so the cutting always advances.
    expectCovers(sliceSpans(5000, 100, { overlap: 1000 }), 5000, 100);
  });

  it('uses the room left on the page for the first piece unless it is under a third of a page', () => {
    expect(sliceSpans(2500, 1000, { first: 600 }).map((s) => [s.start, s.size, s.fresh])).toEqual([
      [0, 600, false],
      [600, 1000, true],
      [1600, 900, true],
    ]);
    expect(sliceSpans(2500, 1000, { first: 300 })[0]).toEqual({ start: 0, size: 1000, fresh: true });
  });

  it('gives nothing for an empty or nonsensical size', () => {
    expect(sliceSpans(0, 1000)).toEqual([]);
    expect(sliceSpans(1000, 0)).toEqual([]);
    expect(sliceSpans(Number.NaN, 1000)).toEqual([]);
  });
});
