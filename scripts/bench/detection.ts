// Detection: detectPage timed inside the page on every fixture and on generated wallet pages
// (absolute, for information); against its floor, a bare walk over the same page's text, and
// with a 1,000-site registry against the real one (the budgeted ratios, pairs taken side by side).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, type Harness } from '../../test/e2e/harness';
import type { BareBrowser } from './bare-browser';
import type { PageBench } from './page-detector';
import { median, p95, pairedRatio, progress, round, type Spread, sleep, spread } from './stats';
import { WALLET_PAGE_URL, walletPage } from './wallet-page';

const FIXTURES = path.join(ROOT, 'test/fixtures/pages');
const GENERATED_SIZES = [5_000, 20_000, 100_000] as const;

export interface DetectionRow {
  page: string;
  elements: number;
  runs: number;
  median: number;
  p95: number;
  kind: string;
  expected?: string;
}
export interface ColdRow {
  page: string;
  loads: number;
  firstRunMedian: number;
  warmMedian: number;
}
export interface RegistryRow {
  page: string;
  sites: number;
  real: Spread;
  generated: Spread;
  ratio: Spread;
}
/** detectPage against the bare text walk of the same page, pairs taken side by side. */
interface FloorRow {
  page: string;
  detect: Spread;
  walk: Spread;
  walkChars: number;
  ratio: Spread;
}

type Bench = { __wwBench: PageBench };

/**
 * Serve `body` at `url` cross-origin isolated (COOP + COEP): performance.now() then has 5 µs
 * resolution instead of 100 µs, which fixture pages (well under a millisecond) need. Routes
 * registered later win over the harness's own.
 */
async function serveIsolated(context: BrowserContext, url: string, body: string | Buffer): Promise<void> {
  const key = url.split('#')[0];
  await context.route(
    (u) => u.href.split('#')[0] === key,
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
        body,
      }),
  );
}

async function load(page: Page, code: string, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await sleep(300); // let the extension's own content-script run finish first
  await page.evaluate(code);
}

async function measure(page: Page, url: string, runs: number): Promise<Omit<DetectionRow, 'page' | 'expected'>> {
  const r = await page.evaluate(
    ([u, n]) => {
      const b = (globalThis as unknown as Bench).__wwBench;
      if (!crossOriginIsolated) throw new Error('the bench page is not cross-origin isolated');
      return { samples: b.time(u, n), kind: b.detect(u).kind, elements: b.elements() };
    },
    [url, runs] as const,
  );
  return { elements: r.elements, runs, median: round(median(r.samples)), p95: round(p95(r.samples)), kind: r.kind };
}

export interface DetectionResult {
  fixtures: DetectionRow[];
  generated: DetectionRow[];
  floor: FloorRow[];
  registry: RegistryRow[];
}

export async function benchDetection(h: Pick<Harness, 'context'>, code: string, runs = 30): Promise<DetectionResult> {
  const index = JSON.parse(readFileSync(path.join(FIXTURES, 'index.json'), 'utf8')) as {
    file: string;
    url: string;
    expect: { kind: string };
  }[];
  const page = await h.context.newPage();
  const fixtures: DetectionRow[] = [];
  progress(`detection: ${index.length} fixture pages × ${runs} runs`);
  for (const f of index) {
    await serveIsolated(h.context, f.url, readFileSync(path.join(FIXTURES, f.file)));
    await load(page, code, f.url);
    fixtures.push({ page: f.file, expected: f.expect.kind, ...(await measure(page, f.url, runs)) });
  }
  const generated: DetectionRow[] = [];
  const registry: RegistryRow[] = [];
  const floor: FloorRow[] = [];
  for (const n of GENERATED_SIZES) {
    progress(`detection: generated wallet page, ${n} elements`);
    const url = `${WALLET_PAGE_URL}?elements=${n}`;
    await serveIsolated(h.context, url, walletPage(n));
    await load(page, code, url);
    generated.push({ page: `generated ${n}`, ...(await measure(page, url, n >= 100_000 ? runs : runs + 10)) });
    if (n === 20_000) {
      floor.push(await againstWalk(page, url, `generated ${n}`, 2 * runs, 1));
      registry.push(await registryScale(page, url, `generated ${n}`, 2 * runs, 1));
    }
  }
  const small = index.find((f) => f.file === 'paypal-payment-declined.html') ?? index[0]!;
  await load(page, code, small.url);
  floor.push(await againstWalk(page, small.url, small.file, 2 * runs, 50));
  registry.push(await registryScale(page, small.url, small.file, 2 * runs, 50));
  await page.close();
  return { fixtures, generated, floor, registry };
}

async function againstWalk(page: Page, url: string, name: string, runs: number, batch: number): Promise<FloorRow> {
  progress(`detection against the bare text walk: ${name}`);
  const r = await page.evaluate(([u, n, b]) => (globalThis as unknown as Bench).__wwBench.detectVsWalk(u, n, b), [
    url,
    runs,
    batch,
  ] as const);
  return { page: name, detect: spread(r.detect, 4), walk: spread(r.walk, 4), walkChars: r.walkChars, ratio: pairedRatio(r.detect, r.walk) };
}

async function registryScale(page: Page, url: string, name: string, runs: number, batch: number): Promise<RegistryRow> {
  progress(`registry scale: ${name}`);
  const r = await page.evaluate(([u, n, b]) => (globalThis as unknown as Bench).__wwBench.registry(u, n, b), [url, runs, batch] as const);
  // Paired: each generated sample against the real one taken next to it, so drift cancels.
  return {
    page: name,
    sites: r.sites,
    real: spread(r.real, 4),
    generated: spread(r.generated, 4),
    ratio: pairedRatio(r.generated, r.real),
  };
}

/**
 * The content script runs the detector once per page load, cold: the first call in a fresh
 * renderer process (a browser without the extension, a different registry site per load, so no
 * code or regexp cache is warm), against the warm median on the same page.
 */
export async function coldDetection(bare: BareBrowser, code: string, warm: DetectionRow | undefined): Promise<ColdRow> {
  const hosts = [
    'www.paypal.com',
    'account.venmo.com',
    'wise.com',
    'app.revolut.com',
    'www.skrill.com',
    'myaccount.payoneer.com',
    'www.coinbase.com',
  ];
  const html = walletPage(20_000);
  progress(`detection: first (cold) run on the 20,000-element page, ${hosts.length} fresh renderer processes`);
  const firsts: number[] = [];
  for (const host of hosts) {
    const url = `https://${host}/activity/details/5BENCH0012345678X`;
    bare.serve(url, html);
    const page = await bare.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(code);
    firsts.push(
      await page.evaluate((u) => {
        const t0 = performance.now();
        (globalThis as unknown as Bench).__wwBench.detect(u);
        return performance.now() - t0;
      }, url),
    );
    await page.close();
  }
  return { page: 'generated 20000', loads: hosts.length, firstRunMedian: round(median(firsts)), warmMedian: warm?.median ?? NaN };
}
