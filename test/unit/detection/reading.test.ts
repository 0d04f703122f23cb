import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage, judgePage } from '../../../lib/detection';
import { readPage, type PageReading } from '../../../lib/detection/reading';
import { readingSchema } from '../../../lib/messages';
import { SITES } from '../../../lib/sites';
import { RUNS, build, text, tree } from '../hardening/arbitraries';
import { parseHtml } from '../prefill/dom';
import { parse } from './helpers';

// The content script runs readPage and sends the reading to the background, which runs judgePage
// on it (lib/content/watch.ts, lib/background/badge.ts). Both halves together must answer exactly
// what detectPage answers in one piece, after the trip through the message channel (JSON).
const PAGES = path.resolve(__dirname, '../../fixtures/pages');
const manifest = JSON.parse(readFileSync(path.join(PAGES, 'index.json'), 'utf8')) as { file: string; url: string }[];

/** The reading as the background receives it: JSON-serialised, then validated. */
function overTheWire(reading: PageReading | null): PageReading | null {
  const wire = JSON.parse(JSON.stringify({ reading })) as { reading: unknown };
  if (wire.reading === null) return null;
  const checked = readingSchema.safeParse(wire.reading);
  expect(checked.success, JSON.stringify(checked.error?.issues.slice(0, 2))).toBe(true);
  return checked.data!;
}

function expectSplitAgrees(doc: Document, url: string): void {
  expect(judgePage(overTheWire(readPage(doc)), url), url).toEqual(detectPage(doc, url));
}

/** Blind-corpus pages with their URLs (test/blind). */
function blindPages(): { doc: Document; url: string }[] {
  const root = path.resolve(__dirname, '../../blind');
  return readdirSync(root)
    .filter((d) => /^batch-\d+$/.test(d))
    .flatMap((batch) => {
      const labels = JSON.parse(readFileSync(path.join(root, batch, 'labels.json'), 'utf8')) as { file: string; url: string }[];
      return labels.map((l) => ({ doc: parse(readFileSync(path.join(root, batch, l.file), 'utf8')), url: l.url }));
    });
}

/**
 * The reader leaves out the context of failures the judge cannot count (rows of a history): the
 * verdict must be the one the whole reading gives. Returns whether anything was left out.
 */
function expectNarrowAgrees(doc: Document, url: string): boolean {
  const narrow = readPage(doc);
  const whole = readPage(doc, true);
  expect(judgePage(overTheWire(narrow), url), url).toEqual(judgePage(overTheWire(whole), url));
  return JSON.stringify(narrow) !== JSON.stringify(whole);
}

describe('reader in the page, judge in the background', () => {
  it("agree with detectPage on every fixture, at its own URL and at other sites' URLs", () => {
    const urls = SITES.map((s) => s.examples[0]!).concat('https://shop.example.net/checkout');
    for (const entry of manifest) {
      const doc = parse(readFileSync(path.join(PAGES, entry.file), 'utf8'));
      for (const url of [entry.url, ...urls]) expectSplitAgrees(doc, url);
    }
  });

  it('agree on every blind-corpus page at its URL (test/blind)', () => {
    const pages = blindPages();
    expect(pages.length).toBeGreaterThan(400);
    for (const { doc, url } of pages) expectSplitAgrees(doc, url);
  });

  it('leaving out the context of history rows changes no verdict (fixtures, blind corpus, every URL)', () => {
    const urls = SITES.map((s) => s.examples[0]!).concat('https://shop.example.net/checkout');
    let narrowed = 0;
    let pages = 0;
    for (const entry of manifest) {
      const doc = parse(readFileSync(path.join(PAGES, entry.file), 'utf8'));
      for (const url of [entry.url, ...urls]) narrowed += Number(expectNarrowAgrees(doc, url));
    }
    for (const { doc, url } of blindPages()) {
      pages++;
      narrowed += Number(expectNarrowAgrees(doc, url));
    }
    // The comparison means something only if many readings were narrowed.
    expect(pages).toBeGreaterThan(400);
    expect(narrowed).toBeGreaterThan(100);
  });

  it('a history whose only failures are its rows travels without their context', () => {
    const row = (i: number, status: string) =>
      `<tr><td>Payment to Shop ${i}</td><td>TX-${70000 + i}</td><td>-$${i}.00</td><td class="status">${status}</td></tr>`;
    const rows = Array.from({ length: 40 }, (_, i) => row(i, i % 7 === 3 ? 'Declined' : 'Completed')).join('');
    const table = `<table><thead><tr><th>To</th><th>Reference</th><th>Amount</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`;
    const doc = parse(`<body><h1>Activity</h1>${table}</body>`);
    const narrow = readPage(doc)!;
    const whole = readPage(doc, true)!;
    expect(narrow.cells).toEqual([]);
    expect(whole.cells.length).toBeGreaterThan(0);
    const size = (r: PageReading) => r.texts.reduce((n, [, run]) => n + run.length, 0);
    expect(size(narrow)).toBeLessThan(size(whole) / 2);
    const url = 'https://www.paypal.com/myaccount/activity';
    expect(judgePage(narrow, url)).toEqual(judgePage(whole, url));
    expect(judgePage(narrow, url).kind).toBe('none');
    // The same rows under an alert saying one of them failed: the context is read.
    const alerted = parse(`<body><div role="alert">Your payment TX-70003 was declined</div>${table}</body>`);
    expect(readPage(alerted)!.cells.length).toBeGreaterThan(0);
    // And under a title announcing a failure.
    const titled = parse(`<head><title>Payment failed</title></head><body>${table}</body>`);
    expect(readPage(titled)!.texts).toEqual(readPage(titled, true)!.texts);
  });

  it('agree on random pages (fast-check)', () => {
    const failure = fc
      .tuple(
        fc.constantFrom('Payment declined', '交易失败', 'Status: Fail', 'Failed', 'Completed', 'Error'),
        fc.array(text, { maxLength: 6 }),
        tree,
      )
      .map(([head, parts, rest]) => [
        ...rest,
        { tag: 'li', attrs: [['class', 'status']] as [string, string][], children: [{ text: head }, ...parts.map((p) => ({ text: p }))] },
        ...rest,
      ]);
    const url = fc.constantFrom(...SITES.flatMap((s) => s.examples), 'https://wallet.example/pay/failed', 'https://help.example/contact');
    fc.assert(
      fc.property(fc.oneof(tree, failure), url, fc.option(text), (body, u, title) => {
        const doc = parseHtml('<!doctype html><html><head></head><body></body></html>');
        if (title !== null) doc.title = title;
        build(doc.body, body);
        expectSplitAgrees(doc, u);
        expectNarrowAgrees(doc, u);
      }),
      RUNS,
    );
  }, 60_000);

  it('carries the texts extraction reads, up to 40 segments from the failure on a long page', () => {
    const filler = (n: number, from: number) => Array.from({ length: n }, (_, i) => `<p>Line ${from + i} of the statement</p>`).join('');
    const html =
      `<body>${filler(300, 0)}<p>Transaction ID:</p><p>TX-55550001</p>${filler(37, 300)}` +
      `<div role="alert">Payment failed</div>${filler(38, 400)}<p>Amount</p><p>$12.34</p>${filler(300, 500)}</body>`;
    const doc = parse(html);
    const reading = readPage(doc)!;
    expect(reading.count).toBeGreaterThan(600);
    // Only the neighbourhood of the candidates (and the top of the page) travels.
    expect(reading.texts.reduce((n, [, run]) => n + run.length, 0)).toBeLessThan(200);
    const url = 'https://www.paypal.com/myaccount/activity/details/X';
    const got = judgePage(overTheWire(reading), url);
    expect(got).toEqual(detectPage(doc, url));
    expect(got.transaction).toMatchObject({ id: 'TX-55550001', amount: '12.34', currency: 'USD' });
  });

  it('an unreadable page reads as null and is judged "none" at its site', () => {
    expect(readPage(null as unknown as Document)).toBeNull();
    expect(judgePage(null, 'https://www.paypal.com/us/cshelp/personal')).toEqual({ kind: 'none', siteId: 'paypal', signals: [] });
  });

  it('the background refuses readings beyond what the reader can produce', () => {
    const reading = readPage(parse('<body><div role="alert">Payment failed</div></body>'))!;
    expect(readingSchema.safeParse(reading).success).toBe(true);
    const many = { ...reading, candidates: Array.from({ length: 321 }, () => reading.candidates[0]) };
    expect(readingSchema.safeParse(many).success).toBe(false);
    expect(readingSchema.safeParse({ ...reading, texts: [[0, ['x'.repeat(1001)]]] }).success).toBe(false);
    expect(readingSchema.safeParse({ ...reading, count: -1 }).success).toBe(false);
  });

  it('the reader does not pull in the vocabulary: reading.ts imports only DOM helpers and triggers', () => {
    const dir = path.resolve(__dirname, '../../../lib/detection');
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      const code = readFileSync(path.join(dir, `${name}.ts`), 'utf8');
      for (const m of code.matchAll(/^import (?!type )[^;]*? from '\.\/([\w-]+)';/gm)) visit(m[1]!);
    };
    visit('reading');
    expect([...seen].sort()).toEqual([
      'cells',
      'clean',
      'context',
      'element-text',
      'reading',
      'support-reading',
      'surroundings',
      'text',
      'triggers',
    ]);
  });
});
