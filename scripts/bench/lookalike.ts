// Look-alike check: the guard judges every page's address as it starts loading. Timed in the built
// extension's service worker on the test corpora's URLs, against its floor measured beside it: the
// bare host-name parse of the same URLs (the budget is the ratio; issue 18).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, type Harness } from '../../test/e2e/harness';
import { median, p95, pairedRatio, progress, round, type Spread, spread } from './stats';
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
  /** The whole corpus through checkLookalike ÷ through `new URL(u).hostname`, in pairs. */
  ratio: Spread;
  /** ms per URL, the samples behind the ratio. */
  check: Spread;
  floor: Spread;
  /** The floor's pass is repeated this many times per sample (the worker's timer is coarse). */
  floorReps: number;
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
  const p = await worker.evaluate((u) => (globalThis as unknown as WithBench).__wwLookalike.pairs(u, 15), urls);
  return {
    urls: urls.length,
    batch,
    median: round(median(r.perCall), 4),
    p95: round(p95(r.perCall), 4),
    max: round(Math.max(...r.perCall), 4),
    listLoad: round(listLoad, 1),
    warned: r.warned,
    ratio: pairedRatio(p.check, p.floor),
    check: spread(p.check, 5),
    floor: spread(p.floor, 5),
    floorReps: p.floorReps,
  };
}
