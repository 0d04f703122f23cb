import { readPage } from '../detection/reading';
import { send } from '../message-send';
import { contentLifetime, type Lifetime } from './lifetime';

/** How long the detector rests between runs while a page keeps mutating. */
export const DETECT_THROTTLE_MS = 250;
/** How long after DOMContentLoaded a page that never finishes loading is read anyway. */
export const LOAD_FALLBACK_MS = 3000;

/**
 * Read the page (the DOM half of the detector, lib/detection/reading.ts) after load, after DOM
 * changes (throttled: leading + trailing run, so a page that mutates constantly costs one reading
 * per window) and on SPA navigation, and report every change to the background, which judges it
 * and keeps the badge. The judge and its vocabulary stay out of this bundle.
 *
 * Timers and listeners hang on our own lifetime (./lifetime.ts), not on WXT's `ctx`, which a
 * page can invalidate with a forged event (test/e2e/hardening.e2e.test.ts).
 */
export function setupWalletWatcher(life: Lifetime = contentLifetime()): void {
  let lastReport = '';
  let timer = false;
  let lastRun = 0;

  const run = () => {
    timer = false;
    lastRun = performance.now();
    const url = location.href;
    const reading = readPage(document);
    const key = `${url}\n${JSON.stringify(reading)}`;
    if (key === lastReport) return;
    lastReport = key;
    send('page-reading', { url, reading }).catch(() => {
      // The background may be restarting; the next change reports again.
      lastReport = '';
    });
  };

  const schedule = () => {
    if (timer || !life.alive()) return;
    timer = true;
    life.setTimeout(run, Math.max(0, DETECT_THROTTLE_MS - (performance.now() - lastRun)));
  };

  /** Everything after the first read: watching the DOM and the address for changes. */
  const watch = () => {
    const observer = new MutationObserver(schedule);
    observer.observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'hidden', 'style', 'aria-hidden', 'data-status', 'role'],
    });
    life.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    // SPA navigation: the Navigation API where there is one (pushState fires `navigate`), else a
    // light poll of the address; DOM changes usually come with it and are watched anyway.
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    if (nav) life.listen(nav, 'navigate', schedule);
    else {
      let href = location.href;
      const poll = () => {
        if (location.href !== href) {
          href = location.href;
          schedule();
        }
        life.setTimeout(poll, 1000);
      };
      life.setTimeout(poll, 1000);
    }
    life.listen(window, 'popstate', schedule);
    life.listen(window, 'hashchange', schedule);
    // Back/forward cache: the page comes back without reloading the script. Only then: pageshow
    // also fires after every first load, and a read there would stand between the page and its
    // first idle moment (bench: page cost).
    life.listen(window, 'pageshow', (e) => {
      if (!(e as PageTransitionEvent).persisted) return;
      lastReport = '';
      schedule();
    });
  };

  // The script is injected at document_start, where evaluating it costs the page nothing (the
  // renderer is still waiting for the document), and then does nothing until the page has
  // loaded and had an idle period of its own (at most 1 s more): the badge is not worth delaying
  // the wallet's parsing, load, first paint or input handling. The DOM is read whole then, so
  // watching it only starts after that first read. A page whose load never comes (a resource
  // that hangs) is read LOAD_FALLBACK_MS after its DOM is complete.
  let started = false;
  const first = () => {
    if (started || !life.alive()) return;
    started = true;
    run();
    watch();
  };
  const afterLoad = () =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(first, { timeout: 1000 }) : life.setTimeout(first, 0);
  if (document.readyState === 'complete') afterLoad();
  else {
    window.addEventListener('load', afterLoad, { once: true, signal: life.signal });
    const fallback = () => life.setTimeout(first, LOAD_FALLBACK_MS);
    if (document.readyState === 'interactive') fallback();
    else document.addEventListener('DOMContentLoaded', fallback, { once: true, signal: life.signal });
  }
}
