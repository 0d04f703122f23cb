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
  /** Rows per block. */
  block: number;
  /** Repositories ÷ raw IndexedDB, pair by pair (fastest of 3 blocks each side). */
  ratio: Spread;
}

export async function benchStorage(page: Page, rows = 1000, rounds = 3, block = 25): Promise<StorageResult> {
  progress(`storage: warm-up, then ${rounds} × ${rows} rows through addCapture and raw IndexedDB`);
  await page.evaluate(() => (globalThis as unknown as DbGlobal).__wwDb.storage(100, 50, 1));
  const r = await page.evaluate(([n, k, b]) => (globalThis as unknown as DbGlobal).__wwDb.storage(n, b, k), [rows, rounds, block] as const);
  const repo = median(r.repo);
  const raw = median(r.raw);
  // Blocks were written alternately; each sample is the fastest of 3 blocks in a row (being
  // descheduled only ever adds time), against the raw sample taken beside it.
  const fastest = (xs: number[]) => Array.from({ length: Math.floor(xs.length / 3) }, (_, k) => Math.min(...xs.slice(3 * k, 3 * k + 3)));
  return {
    rows,
    rounds,
    repoMsMedian: round(repo, 0),
    rawMsMedian: round(raw, 0),
    perRowRepo: round(repo / rows, 2),
    perRowRaw: round(raw / rows, 2),
    block,
    ratio: pairedRatio(fastest(r.repoBlocks), fastest(r.rawBlocks)),
  };
}
