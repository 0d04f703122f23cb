// Page cost: the main-thread script time of a 20,000-element wallet app page (React, rendered in
// the page from its data) with the extension against the same Chromium without it, loads taken
// in pairs side by side. The browser's own accounting: its tracing, in CPU time of the page's
// main thread (the content script's isolated world included), which load elsewhere does not move.
import type { BrowserContext } from 'playwright-core';
import type { Harness } from '../../test/e2e/harness';
import type { BareBrowser } from './bare-browser';
import { enough } from './stable';
import { median, pairedRatio, progress, round, type Spread, spread } from './stats';
import { startTrace } from './trace';
import { WALLET_PAGE_URL, walletAppPage } from './wallet-page';

/**
 * Injected at document start. Load-to-idle = navigation start → the first requestIdleCallback
 * after the load event, or the end of the last long task (PerformanceObserver) if later. The
 * content script reads the page in its first idle callback after load: the sample is taken
 * once a second idle moment has come after that, so its work is inside.
 */
const IDLE_SCRIPT = `(() => {
  const longEnds = [];
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) longEnds.push(e.startTime + e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}
  window.__wwIdle = new Promise((resolve) => addEventListener('load', () => {
    const load = performance.now();
    requestIdleCallback(() => {
      const ric = performance.now();
      setTimeout(() => requestIdleCallback(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        resolve({ load, idle: Math.max(ric, ...longEnds), fcp: fcp ? fcp.startTime : -1 });
      }), 400);
    });
  }));
})();`;

interface LoadSample {
  load: number;
  idle: number;
  fcp: number;
  /** Main-thread CPU ms: all tasks, script, and the extension's script. */
  taskMs: number;
  scriptMs: number;
  extensionMs: number;
  extensionByEvent: Record<string, number>;
  /** Wall ms of the same script. */
  scriptWallMs: number;
}

async function loadOnce(context: BrowserContext, url: string): Promise<LoadSample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript({ content: IDLE_SCRIPT });
  const stop = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  const r = await page.evaluate(() => (window as unknown as { __wwIdle: Promise<Pick<LoadSample, 'load' | 'idle' | 'fcp'>> }).__wwIdle);
  const t = await stop();
  await page.close();
  return {
    ...r,
    taskMs: t.tasks,
    scriptMs: t.script,
    extensionMs: t.extension,
    extensionByEvent: t.extensionByEvent,
    scriptWallMs: t.scriptWall,
  };
}

interface PageCostSide {
  /** Main-thread CPU ms in script. */
  script: Spread;
  /** Wall ms of that script (moves with the machine's load). */
  scriptWall: Spread;
  /** Main-thread CPU ms of all tasks. */
  task: Spread;
  loadToIdle: Spread;
  fcp: Spread;
}
export interface PageCostResult {
  elements: number;
  reps: number;
  appScriptBytes: number;
  with: PageCostSide;
  without: PageCostSide;
  /** Script CPU time with ÷ without, pair by pair: the budgeted ratio. */
  ratio: Spread;
  /** CPU ms of the extension's own script events (chrome-extension:// code) in the loads with it. */
  extensionScript: Spread;
  /** Medians of the same by trace event (EvaluateScript = loading the content script, FunctionCall = its callbacks). */
  extensionByEvent: Record<string, number>;
  taskRatio: Spread;
  loadToIdleRatio: Spread;
  /**
   * The least reader (least-reader.ts) in the same pairs: its script time ÷ without, and its own
   * script events; for information (what the budget leaves to any extension that reads the page).
   */
  leastReader?: { ratio: Spread; own: Spread };
}

/**
 * At least `reps` pairs of loads (after `warm`), then more, up to twice as many, until the median
 * of the with ÷ without ratios is known to ±2.5 % (the budget leaves 5 %).
 */
export async function benchPageCost(
  h: Harness,
  bare: BareBrowser,
  reader: Harness | null,
  app: string,
  reps = 25,
  warm = 2,
  elements = 20_000,
): Promise<PageCostResult> {
  const html = walletAppPage(elements, app);
  h.serve(WALLET_PAGE_URL, html);
  bare.serve(WALLET_PAGE_URL, html);
  reader?.serve(WALLET_PAGE_URL, html);
  const a: LoadSample[] = [];
  const b: LoadSample[] = [];
  const c: LoadSample[] = [];
  progress(`page cost: ${elements}-element wallet app page, ${reps} loads with and without the extension, in pairs`);
  const want = { min: reps, max: 2 * reps, tolerance: 0.05 };
  const ratios = () => a.map((x, k) => x.scriptMs / b[k]!.scriptMs);
  for (let i = 0; i < warm + want.max && !(a.length >= reps && a.length % 5 === 0 && enough(ratios(), want)); i++) {
    const order: [BrowserContext, LoadSample[]][] = [
      [h.context, a],
      [bare.context, b],
      ...(reader ? [[reader.context, c] as [BrowserContext, LoadSample[]]] : []),
    ];
    // Each browser in turn goes first.
    for (let k = 0; k < i % order.length; k++) order.push(order.shift()!);
    for (const [ctx, out] of order) {
      const s = await loadOnce(ctx, WALLET_PAGE_URL);
      if (i >= warm) out.push(s);
    }
  }
  const side = (xs: LoadSample[]): PageCostSide => ({
    script: spread(
      xs.map((x) => x.scriptMs),
      1,
    ),
    scriptWall: spread(
      xs.map((x) => x.scriptWallMs),
      1,
    ),
    task: spread(
      xs.map((x) => x.taskMs),
      1,
    ),
    loadToIdle: spread(
      xs.map((x) => x.idle),
      1,
    ),
    fcp: spread(
      xs.map((x) => x.fcp),
      1,
    ),
  });
  const pick = (xs: LoadSample[], k: 'scriptMs' | 'taskMs' | 'idle') => xs.map((x) => x[k]);
  return {
    elements,
    reps: a.length,
    appScriptBytes: app.length,
    with: side(a),
    without: side(b),
    ratio: pairedRatio(pick(a, 'scriptMs'), pick(b, 'scriptMs')),
    extensionScript: spread(
      a.map((x) => x.extensionMs),
      1,
    ),
    extensionByEvent: Object.fromEntries(
      [...new Set(a.flatMap((x) => Object.keys(x.extensionByEvent)))].map((k) => [
        k,
        round(median(a.map((x) => x.extensionByEvent[k] ?? 0)), 1),
      ]),
    ),
    taskRatio: pairedRatio(pick(a, 'taskMs'), pick(b, 'taskMs')),
    loadToIdleRatio: pairedRatio(pick(a, 'idle'), pick(b, 'idle')),
    ...(c.length === b.length && c.length
      ? {
          leastReader: {
            ratio: pairedRatio(pick(c, 'scriptMs'), pick(b, 'scriptMs')),
            own: spread(
              c.map((x) => x.extensionMs),
              1,
            ),
          },
        }
      : {}),
  };
}
