import { browser } from 'wxt/browser';

/**
 * How long this content script runs. Not WXT's ContentScriptContext: that one stops the script
 * when the DOM event `<extension id>:<entrypoint>:wxt:content-script-started` reaches `document`
 * from "a newer instance", and a web page can dispatch that event too (the name is the public
 * extension id plus the entrypoint name, and WXT 0.21 also announces it to the page with
 * window.postMessage), so any wallet page could switch the detector off and keep the badge
 * quiet (test/e2e/hardening.e2e.test.ts, "a page cannot forge...").
 *
 * This lifetime ends only when the extension context is gone (runtime.id unset after an update,
 * reload or uninstall) or when a newer instance of this script starts in the same isolated
 * world: the handover goes through a global of that world, which page scripts cannot reach.
 */
export interface Lifetime {
  readonly signal: AbortSignal;
  /** False (and ended) once the extension context is gone. */
  alive(): boolean;
  setTimeout(fn: () => void, ms: number): void;
  listen(target: EventTarget, type: string, fn: (event: Event) => void): void;
}

/** `script`: which of our scripts this is; each has its own lifetime in the shared isolated world. */
export function contentLifetime(script = 'content'): Lifetime {
  const CURRENT = Symbol.for(`wallet-witness.${script}-lifetime`);
  const world = globalThis as unknown as Record<symbol, AbortController | undefined>;
  world[CURRENT]?.abort();
  const controller = new AbortController();
  world[CURRENT] = controller;
  const { signal } = controller;
  const alive = (): boolean => {
    if (!signal.aborted && browser.runtime?.id == null) controller.abort();
    return !signal.aborted;
  };
  return {
    signal,
    alive,
    setTimeout(fn, ms) {
      const id = setTimeout(() => alive() && fn(), ms);
      signal.addEventListener('abort', () => clearTimeout(id), { once: true });
    },
    listen(target, type, fn) {
      target.addEventListener(type, fn, { signal });
    },
  };
}
