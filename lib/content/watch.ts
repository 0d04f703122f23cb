import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '../detection';
import { send } from '../message-send';

/** How long the detector rests between runs while a page keeps mutating. */
export const DETECT_THROTTLE_MS = 250;

/**
 * Run the detector at load, after DOM changes (throttled: leading + trailing run, so a page
 * that mutates constantly costs one detection per window) and on SPA navigation, and report
 * every change of verdict to the background, which keeps the badge.
 */
export function setupWalletWatcher(ctx: ContentScriptContext): void {
  let lastReport = '';
  let timer: number | undefined;
  let lastRun = 0;

  const run = () => {
    timer = undefined;
    lastRun = performance.now();
    const url = location.href;
    const detection = detectPage(document, url);
    const key = `${url}\n${JSON.stringify(detection)}`;
    if (key === lastReport) return;
    lastReport = key;
    send('detection', { url, detection }).catch(() => {
      // The background may be restarting; the next change reports again.
      lastReport = '';
    });
  };

  const schedule = () => {
    if (timer !== undefined || ctx.isInvalid) return;
    const wait = Math.max(0, DETECT_THROTTLE_MS - (performance.now() - lastRun));
    timer = ctx.setTimeout(run, wait);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'hidden', 'style', 'aria-hidden', 'data-status', 'role'],
  });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(window, 'popstate', schedule);
  ctx.addEventListener(window, 'hashchange', schedule);
  // Back/forward cache: the page comes back without reloading the script.
  ctx.addEventListener(window, 'pageshow', () => {
    lastReport = '';
    schedule();
  });
  run();
}
