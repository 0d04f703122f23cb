import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPage, type PageDetection } from '../../../lib/detection';
import { detectionSchema } from '../../../lib/messages';
import { SITES } from '../../../lib/sites';
import { parseHtml } from '../prefill/dom';
import { RUNS, build, text, tree, url, type Tree } from './arbitraries';

const KINDS = ['failed-transaction', 'support-page', 'none'];
const REASONS = ['insufficient-funds', 'verification-required', 'network-or-system', 'declined-by-recipient-or-bank', 'unknown'];
const IDS = new Set(SITES.map((s) => s.id));

/** DESIGN.md's detector contract, and what the background's message schema accepts. */
function checkContract(d: PageDetection): void {
  expect(KINDS).toContain(d.kind);
  expect(d.siteId === null || IDS.has(d.siteId)).toBe(true);
  expect(Array.isArray(d.signals) && d.signals.every((s) => typeof s === 'string')).toBe(true);
  if (d.kind === 'failed-transaction') {
    expect(d.transaction).toBeDefined();
    expect(REASONS).toContain(d.transaction!.reason);
    // "decimal without symbol, sign or grouping"
    if (d.transaction!.amount !== undefined) expect(d.transaction!.amount).toMatch(/^\d+(\.\d+)?$/);
    if (d.transaction!.currency !== undefined) expect(d.transaction!.currency).toMatch(/^[A-Z][A-Z0-9]{1,9}$/);
    for (const k of ['id', 'message'] as const) if (d.transaction![k] !== undefined) expect(typeof d.transaction![k]).toBe('string');
  } else {
    expect(d.transaction).toBeUndefined();
  }
  // The content script sends this to the background, which validates it: a verdict the schema
  // refuses would never reach the badge.
  expect(detectionSchema.safeParse(d).success, JSON.stringify(d).slice(0, 400)).toBe(true);
}

function page(body: Tree[], title: string | null): Document {
  const doc = parseHtml('<!doctype html><html><head></head><body></body></html>');
  if (title !== null) doc.title = title;
  build(doc.body, body);
  return doc;
}

describe('detectPage on hostile input (fast-check)', () => {
  it('never throws and always returns a valid verdict, on random pages at random URLs', () => {
    fc.assert(
      fc.property(tree, url, fc.option(text), (body, u, title) => {
        checkContract(detectPage(page(body, title), u));
      }),
      RUNS,
    );
  }, 60_000);

  it('keeps the contract on pages built around a failure message, where extraction runs', () => {
    const failure = fc
      .tuple(fc.constantFrom('Payment declined', '交易失败', 'Transaction failed', 'Status: Fail'), fc.array(text, { maxLength: 6 }), tree)
      .map(([head, parts, rest]): Tree[] => [
        {
          tag: 'div',
          attrs: [
            ['role', 'alert'],
            ['class', 'status--declined'],
          ],
          children: [
            { tag: 'h2', attrs: [], children: [{ text: head }] },
            ...parts.map((p): Tree => ({ tag: 'p', attrs: [], children: [{ text: p }] })),
          ],
        },
        ...rest,
      ]);
    const walletUrl = fc.constantFrom(...SITES.flatMap((s) => s.examples));
    const seen = { failed: 0, amount: 0 };
    fc.assert(
      fc.property(failure, fc.oneof(walletUrl, url), (body, u) => {
        const d = detectPage(page(body, null), u);
        checkContract(d);
        if (d.kind === 'failed-transaction') seen.failed++;
        if (d.transaction?.amount) seen.amount++;
      }),
      RUNS,
    );
    // The generator must reach extraction, or this property proves little.
    expect(seen.failed).toBeGreaterThan(RUNS.numRuns / 4);
    expect(seen.amount).toBeGreaterThan(10);
  }, 60_000);

  it('survives documents without a body, head or title, and non-string URLs', () => {
    const odd = [
      parseHtml(''),
      parseHtml('<frameset></frameset>'),
      parseHtml('<svg xmlns="http://www.w3.org/2000/svg"><text>Payment declined</text></svg>'),
    ];
    for (const doc of odd)
      for (const u of ['', 'https://www.paypal.com/', undefined as unknown as string, 42 as unknown as string])
        checkContract(detectPage(doc, u));
  });
});
