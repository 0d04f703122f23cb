import { browser } from 'wxt/browser';
import { planFullPage, stitch, type Tile } from './stitch';
import { MAX_EVIDENCE_URL } from '../evidence/record-limits';
import { PageChangedError } from './page-changed';
import type { PageProbe } from '../messages';
import { captureVisible } from './screenshot';
import { CaptureCancelledError } from './cancel';

/** At most this many screens; longer pages are cut (the plan says so). */
const MAX_SCREENS = 20;

/** Called before each screen is taken: screen `done + 1` of `total` comes next. */
export type Progress = (done: number, total: number) => void;

export interface FullPageShot {
  png: Blob;
  screens: number;
  /** The page was longer than MAX_SCREENS screens: the image stops there. */
  truncated: boolean;
}

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

/**
 * Fixed and sticky elements (headers, chat buttons, cookie bars) stay put while the page scrolls,
 * so a plain stitch repeats them on every screen. From the second screen on they are hidden
 * (inline `visibility: hidden !important`, the old inline value kept), and put back afterwards.
 * Runs in the extension's isolated world: page scripts cannot see the list.
 */
async function overlays(tabId: number, hide: boolean): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (hide: boolean) => {
      const g = globalThis as unknown as { __wwHidden?: [HTMLElement, string, string][] };
      if (!hide) {
        for (const [el, value, priority] of g.__wwHidden ?? []) el.style.setProperty('visibility', value, priority);
        g.__wwHidden = [];
        return;
      }
      g.__wwHidden ??= [];
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const position = getComputedStyle(el).position;
        if (position !== 'fixed' && position !== 'sticky') continue;
        g.__wwHidden.push([el, el.style.getPropertyValue('visibility'), el.style.getPropertyPriority('visibility')]);
        el.style.setProperty('visibility', 'hidden', 'important');
      }
    },
    args: [hide],
  });
}

/**
 * The tab the capture started on must still be the one in front of its window (captureVisibleTab
 * shoots whatever is), at the address the page was read at: else the screens would stitch
 * another page, or another state of it, into this evidence.
 */
export async function assertSamePage(tabId: number, windowId: number, url: string): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) throw new PageChangedError('the tab was closed');
  const [front] = await browser.tabs.query({ active: true, windowId });
  if (front?.id !== tabId || tab.windowId !== windowId) throw new PageChangedError('another tab is in front');
  // pendingUrl: a navigation under way (Chrome), before tab.url changes.
  const next = [tab.url, tab.pendingUrl].map((u) => u?.slice(0, MAX_EVIDENCE_URL));
  if (next[0] !== url || (next[1] !== undefined && next[1] !== url)) throw new PageChangedError('the page navigated');
}

/**
 * Scroll, capture each screen (throttled to the browser's limit of 2 a second), stitch; the
 * scroll is restored. `visible` is the screenshot just taken at `page.scrollY`: when that is the
 * first position it is reused, one capture (and half a second) fewer. Null for a one-screen page.
 */
export async function captureFullPage(
  tabId: number,
  windowId: number,
  page: PageProbe,
  visible: Uint8Array,
  progress?: Progress,
  checkCancel?: () => void,
): Promise<FullPageShot | null> {
  const plan = planFullPage({
    scrollHeight: page.scrollHeight,
    viewportHeight: page.viewport.height,
    maxScreens: MAX_SCREENS,
    devicePixelRatio: page.viewport.devicePixelRatio,
  });
  if (plan.positions.length < 2) return null;
  const total = plan.positions.length;
  const tiles: Tile[] = [];
  try {
    for (const [i, y] of plan.positions.entries()) {
      progress?.(i, total);
      checkCancel?.();
      const reuse = i === 0 && Math.round(page.scrollY) === y;
      await assertSamePage(tabId, windowId, page.url);
      if (i === 1) await overlays(tabId, true);
      if (!reuse) await scrollTo(tabId, y);
      const png = reuse ? visible : await captureVisible(windowId);
      // Checked again once the shot is in: a switch during the shot would otherwise go unseen.
      if (!reuse) await assertSamePage(tabId, windowId, page.url);
      tiles.push({ bitmap: await createImageBitmap(new Blob([png as BlobPart], { type: 'image/png' })), y });
    }
  } catch (err) {
    for (const tile of tiles) tile.bitmap.close();
    // A navigation mid-scroll also shows as a failed executeScript: say what happened.
    if (!(err instanceof PageChangedError) && !(err instanceof CaptureCancelledError)) await assertSamePage(tabId, windowId, page.url);
    throw err;
  } finally {
    await overlays(tabId, false).catch(() => undefined);
    await scrollTo(tabId, page.scrollY).catch(() => undefined);
  }
  progress?.(total, total);
  const png = await stitch(tiles, { width: page.viewport.width, height: plan.height, devicePixelRatio: page.viewport.devicePixelRatio });
  return { png, screens: total, truncated: plan.truncated };
}
