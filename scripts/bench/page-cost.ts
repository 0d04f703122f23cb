// Page cost: load-to-idle of a 20,000-element wallet page with the extension against the same
// Chromium without it, interleaved in the same run.
import type { BrowserContext } from 'playwright-core';
import type { Harness } from '../../test/e2e/harness';
import type { BareBrowser } from './bare-browser';
import { median, progress, round } from './stats';
import { WALLET_PAGE_URL, walletPage } from './wallet-page';

/**
 * Injected at document start. Load-to-idle = navigation start → the first requestIdleCallback
 * after the load event, or the end of the last long task (PerformanceObserver) if later. Chrome
 * runs document_idle content scripts before onload when nothing else is loading, and the first
 * layout of a big page often comes after it: both are inside this span.
 */
const IDLE_SCRIPT = `(() => {
  const longEnds = [];
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) longEnds.push(e.startTime + e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}
  window.__wwIdle = new Promise((resolve) => addEventListener('load', () => {
    const load = performance.now();
    requestIdleCallback(() => {
      const ric = performance.now();
      // Long tasks are reported after they end: give late ones a moment to arrive.
      setTimeout(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        resolve({ load, idle: Math.max(ric, ...longEnds), longTasks: longEnds.length, fcp: fcp ? fcp.startTime : -1 });
      }, 300);
    });
  }));
})();`;

interface IdleSample {
  load: number;
  idle: number;
  longTasks: number;
  fcp: number;
  taskMs: number;
  scriptMs: number;
}

async function loadToIdle(context: BrowserContext, url: string): Promise<IdleSample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript({ content: IDLE_SCRIPT });
  await page.goto(url, { waitUntil: 'load' });
  const r = await page.evaluate(() => (window as unknown as { __wwIdle: Promise<IdleSample> }).__wwIdle);
  // Main-thread time of the renderer's tasks and scripts (CDP Performance domain), for the why.
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  await page.close();
  return { ...r, taskMs: metric('TaskDuration'), scriptMs: metric('ScriptDuration') };
}

interface PageCostSide {
  loadMedian: number;
  fcpMedian: number;
  idleMedian: number;
  taskMsMedian: number;
  scriptMsMedian: number;
  longTasks: number;
}
export interface PageCostResult {
  elements: number;
  reps: number;
  with: PageCostSide;
  without: PageCostSide;
  ratio: number;
  taskRatio: number;
}

export async function benchPageCost(h: Harness, bare: BareBrowser, reps = 25, warm = 2, elements = 20_000): Promise<PageCostResult> {
  const html = walletPage(elements);
  h.serve(WALLET_PAGE_URL, html);
  bare.serve(WALLET_PAGE_URL, html);
  const a: IdleSample[] = [];
  const b: IdleSample[] = [];
  progress(`page cost: ${elements} elements, ${reps} loads with and without the extension, interleaved`);
  for (let i = 0; i < warm + reps; i++) {
    const order: [BrowserContext, IdleSample[]][] = [
      [h.context, a],
      [bare.context, b],
    ];
    if (i % 2) order.reverse();
    for (const [ctx, out] of order) {
      const s = await loadToIdle(ctx, WALLET_PAGE_URL);
      if (i >= warm) out.push(s);
    }
  }
  const side = (xs: IdleSample[]): PageCostSide => ({
    loadMedian: round(median(xs.map((x) => x.load)), 1),
    fcpMedian: round(median(xs.map((x) => x.fcp)), 1),
    idleMedian: round(median(xs.map((x) => x.idle)), 1),
    taskMsMedian: round(median(xs.map((x) => x.taskMs)), 1),
    scriptMsMedian: round(median(xs.map((x) => x.scriptMs)), 1),
    longTasks: median(xs.map((x) => x.longTasks)),
  });
  const w = side(a);
  const wo = side(b);
  return {
    elements,
    reps,
    with: w,
    without: wo,
    ratio: round(w.idleMedian / wo.idleMedian),
    taskRatio: round(w.taskMsMedian / wo.taskMsMedian),
  };
}
