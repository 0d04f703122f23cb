// Capture: one click on the real popup's "Capture evidence" (screenshot, snapshot, hashes,
// redaction commitments, stored) against the primitives of that job called bare, interleaved;
// and full-page time per screen.
import type { Page } from 'playwright-core';
import type { Harness } from '../../test/e2e/harness';
import { DEMO_PAGES } from '../../test/e2e/demo-pages';
import { planFullPage } from '../../lib/capture/stitch';
import { bareCapture, type BareSample, newFloor, oldFloor } from './capture-bare';
import { captureStages, type Stages } from './capture-stages';
import { enough } from './stable';
import { median, pairedRatio, progress, round, type Spread, sleep, spread, within } from './stats';
import { walletPage } from './wallet-page';

/** Chrome allows 2 captureVisibleTab calls a second: keep every call this far apart. */
const SPACING_MS = 650;
/** lib/capture/full-page.ts MAX_SCREENS (that file needs the browser, so not imported here). */
const MAX_SCREENS = 20;

/** The popup in its own window, bound to `tabId` (DESIGN.md hook), like the toolbar popup. */
async function popupWindow(h: Harness, tabId: number): Promise<Page> {
  const url = `chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`;
  const opened = h.context.waitForEvent('page', (p) => p.url() === url);
  await (await h.worker()).evaluate((u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 800 }), url);
  const popup = await opened;
  await popup.waitForLoadState('load');
  return popup;
}

interface Click {
  ms: number;
  messageMs: number;
  workerMs: number;
  error: string | null;
}

/**
 * Evaluated in the popup before the click: times click → result (or error) shown, and, from the
 * popup's own User Timing marks around its request (components/popup/CaptureBox.tsx), the
 * "capture" round trip and the worker's own durationMs.
 * A string: tsx would add __name() calls to a function, which the popup does not have.
 */
const CLICK_HOOK = `(() => {
  let t0 = NaN;
  performance.clearMarks('ww-capture-sent');
  performance.clearMarks('ww-capture-answered');
  document.addEventListener('click', () => { t0 = performance.now(); }, { capture: true, once: true });
  window.__wwCap = new Promise((resolve) => new MutationObserver((_, obs) => {
    const err = document.querySelector('.capture-status .error');
    if (!document.querySelector('.capture-result') && !err) return;
    obs.disconnect();
    const sent = performance.getEntriesByName('ww-capture-sent').at(-1);
    const answered = performance.getEntriesByName('ww-capture-answered').at(-1);
    resolve({ ms: performance.now() - t0, messageMs: answered && sent ? answered.startTime - sent.startTime : NaN, workerMs: answered?.detail?.workerMs ?? NaN, error: err ? err.textContent : null });
  }).observe(document.body, { subtree: true, childList: true }));
})()`;

/** Click "Capture evidence"; ms from the click to the result (or error) shown in the popup. */
async function oneClick(popup: Page, fullPage = false): Promise<Click> {
  await popup.reload();
  const button = popup.getByRole('button', { name: 'Capture evidence' });
  await button.waitFor();
  if (fullPage) {
    await popup.getByText('Capture options').click();
    await popup.getByRole('checkbox', { name: /Whole page/ }).check();
  }
  // Click as a user would: once the popup has finished opening (its history, guidance and tab
  // state are in and it has had an idle moment), not in the first milliseconds of its load; and
  // with the pointer already on the button (its hover colour painted), as a hand gets there
  // before it presses, rather than moved and pressed in the same millisecond.
  await popup.evaluate(() => new Promise<void>((r) => setTimeout(() => requestIdleCallback(() => r(), { timeout: 1000 }), 200)));
  await button.hover();
  await popup.evaluate(() => new Promise<void>((r) => setTimeout(() => requestIdleCallback(() => r(), { timeout: 1000 }), 100)));
  await popup.evaluate(CLICK_HOOK);
  await button.click();
  const r = await within(
    popup.evaluate(() => (window as unknown as { __wwCap: Promise<Click> }).__wwCap),
    60_000,
    'the capture result in the popup (.capture-result or .capture-status .error)',
  );
  if (r.error) throw new Error(`capture failed in the popup: ${r.error}`);
  return r;
}

export interface CaptureResultRow {
  reps: number;
  oneClick: Spread;
  /** Medians: the "capture" message round trip seen by the popup, and captureTab's own durationMs. */
  oneClickParts: { message: number; worker: number; popup: number };
  /**
   * Medians (ms) of the bare primitives, from the worker (scripts/bench/worker-capture.ts): the old
   * floor's (captureVisibleTab, its data URL decoded, outerHTML via executeScript, SHA-256 of both,
   * one put; `sum`) and what the commitments add (`pixels`: PNG to RGBA, `tileDigests`: one
   * SHA-256 per 64-px tile, `partDigests`: one per text part); `floor`: all of them.
   */
  bare: {
    screenshot: number;
    decode: number;
    serializeOuterHTML: number;
    sha256: number;
    idbPut: number;
    sum: Spread;
    pixels: number;
    tileDigests: number;
    partDigests: number;
    floor: Spread;
    pngBytes: number;
    htmlChars: number;
    tiles: number;
    parts: number;
  };
  /**
   * The pipeline's steps replayed one by one in the worker (medians, ms): where the time goes.
   * `commit`: the commitments' bare primitives (pixels, tile and part digests) from the floor.
   */
  stages: Stages & { storeEstimate: number; commit: number; rest: number };
  /** The budget: one click ÷ the new floor (the job's bare primitives, commitments included) beside it. */
  ratio: Spread;
  /** For information: one click ÷ the old floor (no commitments), as budgeted until 2026-12-07. */
  oldRatio: Spread;
  fullPage: { screens: number; totalMedian: number; perScreen: number; reps: number };
}

/** `floorCode`: scripts/bench/worker-capture.ts, bundled. */
export async function benchCapture(h: Harness, floorCode: string, reps = 15, warm = 2): Promise<CaptureResultRow> {
  const demo = DEMO_PAGES[0];
  h.serve(demo.url, { file: demo.file });
  const page = await h.context.newPage();
  await page.goto(demo.url);
  const tabId = await h.tabIdOf(page);
  const sw = await h.worker();
  const windowId = await sw.evaluate((id) => chrome.tabs.get(id).then((t) => t.windowId), tabId);
  const popup = await popupWindow(h, tabId);
  progress(`capture: ${reps} one-click captures through the popup and ${reps} bare rounds, interleaved`);
  const clicks: Click[] = [];
  const bare: BareSample[] = [];
  const stages: Stages[] = [];
  // At least `reps` pairs, then more (up to twice as many) until the ratio's median is known to ±5 %.
  const want = { min: reps, max: 2 * reps, tolerance: 0.1 };
  const ratios = () => clicks.map((c, k) => c.ms / newFloor(bare[k]!));
  for (let i = 0; i < warm + want.max && !(clicks.length >= reps && clicks.length % 5 === 0 && enough(ratios(), want)); i++) {
    await sleep(SPACING_MS);
    const c = await oneClick(popup);
    await sleep(SPACING_MS);
    const b = await bareCapture(sw, floorCode, tabId, windowId);
    await sleep(SPACING_MS);
    const st = await captureStages(sw, tabId, windowId);
    if (i >= warm) {
      clicks.push(c);
      bare.push(b);
      stages.push(st);
    }
  }
  await popup.close();
  const part = (k: keyof BareSample) => round(median(bare.map((b) => b[k])), 2);
  const sums = bare.map(oldFloor);
  const floors = bare.map(newFloor);
  const commit = round(median(bare.map((b) => b.pixels + b.tiles + b.parts)), 2);
  const clickTime = spread(
    clicks.map((c) => c.ms),
    1,
  );
  const oneClickMedian = clickTime.median;
  const inWorker = round(median(clicks.map((c) => c.workerMs)), 1);
  const message = round(median(clicks.map((c) => c.messageMs)), 1);
  const stage = Object.fromEntries(
    Object.keys(stages[0]!).map((k) => [k, round(median(stages.map((x) => x[k as keyof Stages])), 2)]),
  ) as Stages;
  // The store step (addCapture's reads and transaction) is not replayed: estimate it by the bare put.
  const replayed = Object.values(stage).reduce((a, b) => a + b, 0) + part('put') + commit;
  const fullPage = await benchFullPage(h);
  await page.close();
  return {
    reps: clicks.length,
    oneClick: clickTime,
    oneClickParts: { message, worker: inWorker, popup: round(oneClickMedian - message, 1) },
    bare: {
      screenshot: part('screenshot'),
      decode: part('decode'),
      serializeOuterHTML: part('serialize'),
      sha256: part('hash'),
      idbPut: part('put'),
      sum: spread(sums, 1),
      pixels: part('pixels'),
      tileDigests: part('tiles'),
      partDigests: part('parts'),
      floor: spread(floors, 1),
      pngBytes: part('pngBytes'),
      htmlChars: part('htmlChars'),
      tiles: part('tileCount'),
      parts: part('partCount'),
    },
    stages: { ...stage, storeEstimate: part('put'), commit, rest: round(oneClickMedian - replayed, 1) },
    ratio: pairedRatio(
      clicks.map((c) => c.ms),
      floors,
    ),
    oldRatio: pairedRatio(
      clicks.map((c) => c.ms),
      sums,
    ),
    fullPage,
  };
}

async function benchFullPage(h: Harness, reps = 3): Promise<CaptureResultRow['fullPage']> {
  const url = 'https://www.paypal.com/myaccount/activities/?bench=full-page';
  h.serve(url, walletPage(1_500));
  const page = await h.context.newPage();
  await page.goto(url);
  const dims = await page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    viewportHeight: innerHeight,
    devicePixelRatio,
  }));
  const screens = planFullPage({ ...dims, maxScreens: MAX_SCREENS }).positions.length;
  progress(`capture: full page, ${screens} screens × ${reps}`);
  const popup = await popupWindow(h, await h.tabIdOf(page));
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    await sleep(SPACING_MS);
    times.push((await oneClick(popup, true)).ms);
  }
  await popup.close();
  await page.close();
  const total = median(times);
  return { screens, totalMedian: round(total, 0), perScreen: round(total / screens, 1), reps };
}
