// History: popup open-to-rendered (navigation start → the history list or its empty message
// rendered), measured inside the popup document, with an empty database and with a seeded one.
import type { Page } from 'playwright-core';
import type { Harness } from '../../test/e2e/harness';
import type { PageDb } from './page-db';
import { median, p95, progress, round, within } from './stats';

/** Records performance.now() (ms since the popup's navigation start) when the list shows. */
const RENDERED_SCRIPT = `(() => {
  window.__wwRendered = new Promise((resolve) => {
    const done = () => document.querySelector('section.history li, section.history p.muted');
    new MutationObserver((_, obs) => {
      if (!done()) return;
      obs.disconnect();
      resolve(performance.now());
    }).observe(document, { subtree: true, childList: true });
  });
})();`;

export interface HistoryRow {
  cases: number;
  evidence: number;
  reps: number;
  median: number;
  p95: number;
  wallMedian: number;
}

async function openToRendered(h: Harness, tabId: number): Promise<{ inPage: number; wall: number }> {
  const page: Page = await h.context.newPage();
  await page.addInitScript({ content: RENDERED_SCRIPT });
  const t0 = Date.now();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`, { waitUntil: 'commit' });
  const inPage = await within(
    page.evaluate(() => (window as unknown as { __wwRendered: Promise<number> }).__wwRendered),
    20_000,
    'the popup history (section.history li, or its empty message p.muted)',
  );
  const wall = Date.now() - t0;
  await page.close();
  return { inPage, wall };
}

export interface HistorySide {
  h: Harness;
  tabId: number;
  cases: number;
  evidence: number;
}

/**
 * Open the popup `reps` times on each side (after `warm` opens), interleaved, so both see the
 * same machine: one extension profile with an empty database, one seeded.
 */
export async function benchHistory(sides: HistorySide[], reps = 20, warm = 3): Promise<HistoryRow[]> {
  progress(`history: popup open-to-rendered, ${sides.map((s) => `${s.cases} cases`).join(' / ')}, ${reps} opens each, interleaved`);
  const xs: { inPage: number; wall: number }[][] = sides.map(() => []);
  for (let i = 0; i < warm + reps; i++) {
    const order = sides.map((_, k) => k);
    if (i % 2) order.reverse();
    for (const k of order) {
      const r = await openToRendered(sides[k]!.h, sides[k]!.tabId);
      if (i >= warm) xs[k]!.push(r);
    }
  }
  return sides.map((s, k) => {
    const t = xs[k]!.map((x) => x.inPage);
    return {
      cases: s.cases,
      evidence: s.evidence,
      reps,
      median: round(median(t), 1),
      p95: round(p95(t), 1),
      wallMedian: round(median(xs[k]!.map((x) => x.wall)), 1),
    };
  });
}

/** Seed `cases` cases × `perCase` captures into the extension's own database (Dexie bulkAdd). */
export async function seedHistory(page: Page, cases = 1000, perCase = 10): Promise<{ cases: number; evidence: number; ms: number }> {
  progress(`history: seeding ${cases} cases and ${cases * perCase} evidence items`);
  return page.evaluate(([c, k]) => (globalThis as unknown as { __wwDb: PageDb }).__wwDb.seed(c, k), [cases, perCase] as const);
}

export async function counts(page: Page): Promise<{ cases: number; evidence: number }> {
  return page.evaluate(() => (globalThis as unknown as { __wwDb: PageDb }).__wwDb.count());
}
