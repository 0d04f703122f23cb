// Look-alike check: the guard judges every page's address as it starts loading (issue 16 budget:
// median under 1 ms). Timed in the built extension's service worker, on the test corpora's URLs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, type Harness } from '../../test/e2e/harness';
import { median, p95, progress, round } from './stats';
import type { LookalikeBench } from './worker-lookalike';

type WithBench = { __wwLookalike: LookalikeBench };

export interface LookalikeResult {
  urls: number;
  batch: number;
  median: number;
  p95: number;
  max: number;
  /** Loading and indexing the offline list, once per worker start (ms). */
  listLoad: number;
  warned: number;
}

const lines = (file: string) =>
  readFileSync(path.join(ROOT, 'test/fixtures/protect', file), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);

export async function benchLookalike(h: Harness, code: string, batch = 50): Promise<LookalikeResult> {
  // Navigations as they come: legitimate sites with paths and queries, and look-alikes.
  const urls = [
    ...lines('legit-domains.txt').map((host, i) => `https://${host}/account/${i}/settings?ref=nav&lang=en`),
    ...lines('lookalikes.txt').map((l) => l.split('\t')[0]!),
  ];
  progress(`look-alike check: ${urls.length} URLs × ${batch} calls in the service worker`);
  const worker = await h.worker();
  await worker.evaluate(code);
  const listLoad = await worker.evaluate(() => (globalThis as unknown as WithBench).__wwLookalike.init());
  const r = await worker.evaluate(([u, b]) => (globalThis as unknown as WithBench).__wwLookalike.time(u, b), [urls, batch] as const);
  return {
    urls: urls.length,
    batch,
    median: round(median(r.perCall), 4),
    p95: round(p95(r.perCall), 4),
    max: round(Math.max(...r.perCall), 4),
    listLoad: round(listLoad, 1),
    warned: r.warned,
  };
}
