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

describe('reader in the page, judge in the background', () => {
  it("agree with detectPage on every fixture, at its own URL and at other sites' URLs", () => {
    const urls = SITES.map((s) => s.examples[0]!).concat('https://shop.example.net/checkout');
    for (const entry of manifest) {
      const doc = parse(readFileSync(path.join(PAGES, entry.file), 'utf8'));
      for (const url of [entry.url, ...urls]) expectSplitAgrees(doc, url);
    }
  });

  it('agree on every blind-corpus page at its URL (test/blind)', () => {
    const root = path.resolve(__dirname, '../../blind');
    const batches = readdirSync(root).filter((d) => /^batch-\d+$/.test(d));
    expect(batches.length).toBeGreaterThan(0);
    for (const batch of batches) {
      const labels = JSON.parse(readFileSync(path.join(root, batch, 'labels.json'), 'utf8')) as { file: string; url: string }[];
      for (const l of labels) expectSplitAgrees(parse(readFileSync(path.join(root, batch, l.file), 'utf8')), l.url);
    }
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
