import { browser } from 'wxt/browser';
import type { PageProbe } from '../messages';
import { CaptureCancelledError } from './cancel';
import { assertSamePage, type Progress } from './full-page';
import { PageChangedError } from './page-changed';
import { captureVisible } from './screenshot';
import { planFullPage, stitch, type Tile } from './stitch';

/** A chat of a few hundred messages; longer panes are cut (the result says so). */
const MAX_PANE_SCREENS = 40;

export interface PaneShot {
  png: Blob;
  /** The pane's text, screen by screen, each line once (a list that drops rows it scrolled past keeps them). */
  text: string;
  screens: number;
  truncated: boolean;
}

interface PaneBox {
  x: number;
  y: number;
  width: number;
  height: number;
  scrollHeight: number;
  scrollTop: number;
}

/**
 * Find the largest scrolling pane in view (the most visible area among elements that scroll
 * vertically and have more to show) and keep it for the next calls, in the extension's isolated
 * world where page scripts cannot reach it. Its client box in CSS px of the viewport.
 */
async function findPane(tabId: number): Promise<PaneBox | null> {
  const [res] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => {
      const g = globalThis as unknown as { __wwPane?: Element };
      let best: Element | null = null;
      let bestArea = 0;
      for (const el of document.querySelectorAll('body *')) {
        if (el.scrollHeight <= el.clientHeight + 1) continue;
        const oy = getComputedStyle(el).overflowY;
        if (oy !== 'auto' && oy !== 'scroll' && oy !== 'overlay') continue;
        const r = el.getBoundingClientRect();
        const w = Math.min(r.right, innerWidth) - Math.max(r.left, 0);
        const h = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
        if (w > 0 && h > 0 && w * h > bestArea) [best, bestArea] = [el, w * h];
      }
      if (!best) return null;
      g.__wwPane = best;
      const r = best.getBoundingClientRect();
      return {
        x: r.left + best.clientLeft,
        y: r.top + best.clientTop,
        width: best.clientWidth,
        height: best.clientHeight,
        scrollHeight: best.scrollHeight,
        scrollTop: best.scrollTop,
      };
    },
  });
  return (res?.result as PaneBox | null | undefined) ?? null;
}

/** Scroll the pane found last to `top`, wait for two frames; where it got to and its text. */
async function scrollPane(tabId: number, top: number): Promise<{ top: number; text: string }> {
  const [res] = await browser.scripting.executeScript({
    target: { tabId },
    func: (top: number) =>
      new Promise<{ top: number; text: string } | null>((resolve) => {
        const el = (globalThis as unknown as { __wwPane?: HTMLElement }).__wwPane;
        if (!el?.isConnected) return resolve(null);
        el.scrollTop = top;
        // innerText, not textContent: one line per message as shown, which pane.txt keeps.
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are the point
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ top: el.scrollTop, text: el.innerText })));
      }),
    args: [top],
  });
  const got = res?.result as { top: number; text: string } | null | undefined;
  if (!got) throw new PageChangedError('the pane went away');
  return got;
}

/** Lines of every screen's text in order, each distinct line once. */
function mergeText(screens: string[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of screens.flatMap((s) => s.split('\n'))) {
    const key = line.trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(line);
  }
  return out.join('\n');
}

/**
 * Scroll the page's largest scrolling pane from top to bottom, capture each screen through the
 * same throttle as a whole page (2 a second), cut the pane out of each and stitch them. The pane
 * goes back to where it was. Null when the page has no pane with more to show.
 */
export async function capturePane(
  tabId: number,
  windowId: number,
  page: PageProbe,
  progress?: Progress,
  checkCancel?: () => void,
): Promise<PaneShot | null> {
  const pane = await findPane(tabId);
  if (!pane) return null;
  const dpr = page.viewport.devicePixelRatio;
  const plan = planFullPage({
    scrollHeight: pane.scrollHeight,
    viewportHeight: pane.height,
    maxScreens: MAX_PANE_SCREENS,
    devicePixelRatio: dpr,
  });
  const total = plan.positions.length;
  const tiles: Tile[] = [];
  const texts: string[] = [];
  try {
    for (const [i, y] of plan.positions.entries()) {
      progress?.(i, total);
      checkCancel?.();
      await assertSamePage(tabId, windowId, page.url);
      const at = await scrollPane(tabId, y);
      const png = await captureVisible(windowId);
      await assertSamePage(tabId, windowId, page.url);
      texts.push(at.text);
      tiles.push({ bitmap: await createImageBitmap(new Blob([png as BlobPart], { type: 'image/png' })), y: at.top });
    }
  } catch (err) {
    for (const tile of tiles) tile.bitmap.close();
    if (!(err instanceof PageChangedError) && !(err instanceof CaptureCancelledError)) await assertSamePage(tabId, windowId, page.url);
    throw err;
  } finally {
    await scrollPane(tabId, pane.scrollTop).catch(() => undefined);
  }
  progress?.(total, total);
  const png = await stitch(tiles, { width: pane.width, height: plan.height, devicePixelRatio: dpr, crop: pane });
  return { png, text: mergeText(texts), screens: total, truncated: plan.truncated };
}
