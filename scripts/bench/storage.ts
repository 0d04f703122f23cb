// Storage: 1,000 evidence rows through the repositories (addCapture) against raw IndexedDB doing
// the same writes, in dashboard.html of the built extension (real Chromium, extension origin).
import type { Page } from 'playwright-core';
import type { Harness } from '../../test/e2e/harness';
import type { PageDb } from './page-db';
import { median, pairedRatio, progress, round, type Spread } from './stats';

type DbGlobal = { __wwDb: PageDb };

/** dashboard.html with the bench's db bundle evaluated in it (CDP evaluation is not bound by the page's CSP). */
export async function dbPage(h: Harness, code: string): Promise<Page> {
  const page = await h.openExtensionPage('dashboard.html');
  await page.waitForLoadState('load');
  await page.evaluate(code);
  return page;
}

export interface StorageResult {
  rows: number;
  rounds: number;
  repoMsMedian: number;
  rawMsMedian: number;
  perRowRepo: number;
  perRowRaw: number;
  /** Repositories ÷ raw IndexedDB, block of 100 rows by the block beside it. */
  ratio: Spread;
}

export async function benchStorage(page: Page, rows = 1000, rounds = 3, block = 100): Promise<StorageResult> {
  progress(`storage: warm-up, then ${rounds} × ${rows} rows through addCapture and raw IndexedDB`);
  await page.evaluate(() => (globalThis as unknown as DbGlobal).__wwDb.storage(100, 50, 1));
  const r = await page.evaluate(([n, k, b]) => (globalThis as unknown as DbGlobal).__wwDb.storage(n, b, k), [rows, rounds, block] as const);
  const repo = median(r.repo);
  const raw = median(r.raw);
  // Each block of rows through the repositories against the raw block written next to it.
  return {
    rows,
    rounds,
    repoMsMedian: round(repo, 0),
    rawMsMedian: round(raw, 0),
    perRowRepo: round(repo / rows, 2),
    perRowRaw: round(raw / rows, 2),
    ratio: pairedRatio(r.repoBlocks, r.rawBlocks),
  };
}
