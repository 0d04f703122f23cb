import { browser } from 'wxt/browser';
import { installedProbe, PROBE_GLOBAL, RUN_PROBE } from '../capture/probe-name';
import type { Lifetime } from './lifetime';

/**
 * Runs the capture probe for the background when asked by message. The probe (probe.js) lives in
 * this same isolated world once a capture installed it; asking the content script that is already
 * here costs less than a scripting.executeScript, and a capture's screenshot is being taken
 * meanwhile. Only the extension itself can message a content script; the background checks the
 * answer like any probe result. Answers null when the probe is not installed (or is another
 * version's): the background then injects it.
 */
export function relayProbe(life: Lifetime): void {
  const onMessage = (msg: unknown, sender: { id?: string; tab?: unknown }, respond: (answer: unknown) => void): true | undefined => {
    const m = msg as { type?: unknown; version?: unknown } | null;
    if (m?.type !== RUN_PROBE || sender.id !== browser.runtime.id || sender.tab) return undefined;
    // The probe answers a promise (it reads the page's fonts first): respond once it settles.
    new Promise((resolve) => resolve(installedProbe(PROBE_GLOBAL, String(m.version), true))).then(respond, () => respond(null));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  life.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
