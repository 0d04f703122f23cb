import { browser } from 'wxt/browser';
import { planFullPage, stitch, type Tile } from '../evidence/fullpage';
import type { PageProbe } from './probe';
import { captureVisible } from './screenshot';

/** At most this many screens; longer pages are cut (the plan says so). */
export const MAX_SCREENS = 20;

export type Progress = (done: number, total: number) => void;

async function scrollTo(tabId: number, y: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (top: number) =>
      new Promise<void>((resolve) => {
        window.scrollTo({ top, behavior: 'instant' as ScrollBehavior });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
    args: [y],
  });
}

/** Scroll, capture each screen (throttled to the browser's limit), stitch; the scroll is restored. */
export async function captureFullPage(tabId: number, windowId: number, page: PageProbe, progress?: Progress): Promise<Blob | null> {
  const plan = planFullPage({
    scrollHeight: page.scrollHeight,
    viewportHeight: page.viewport.height,
    maxScreens: MAX_SCREENS,
    devicePixelRatio: page.viewport.devicePixelRatio,
  });
  if (plan.positions.length < 2) return null;
  const tiles: Tile[] = [];
  try {
    for (const [i, y] of plan.positions.entries()) {
      await scrollTo(tabId, y);
      tiles.push({ bitmap: await createImageBitmap(await captureVisible(windowId)), y });
      progress?.(i + 1, plan.positions.length);
    }
  } catch (err) {
    for (const tile of tiles) tile.bitmap.close();
    throw err;
  } finally {
    await scrollTo(tabId, page.scrollY).catch(() => undefined);
  }
  return stitch(tiles, { width: page.viewport.width, height: plan.height, devicePixelRatio: page.viewport.devicePixelRatio });
}
