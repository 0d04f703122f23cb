// Where a one-click capture's time goes: the steps lib/background/capture.ts takes, replayed in
// the service worker with the same browser calls, each timed (tab lookup, probe run (one
// executeScript of probe.js, which answers after the page's next frame), screenshot, data URL
// decode, hashing the artifacts' bytes).
// Progress writes happen only for full-page and MHTML captures, so they are not replayed.
import type { Worker } from 'playwright-core';

export type Stages = Record<'tabLookup' | 'probeRun' | 'screenshot' | 'decode' | 'hash', number>;

export async function captureStages(sw: Worker, tabId: number, windowId: number): Promise<Stages> {
  // No named helpers inside: tsx would wrap them in a __name() the worker does not have.
  const t = await sw.evaluate(
    async ([tab, win]) => {
      const t: number[] = [performance.now()];
      await chrome.tabs.get(tab);
      t.push(performance.now());
      const [res] = await chrome.scripting.executeScript({ target: { tabId: tab }, files: ['/probe.js'] });
      t.push(performance.now());
      const dataUrl = await chrome.tabs.captureVisibleTab(win, { format: 'png' });
      t.push(performance.now());
      const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
      const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> }).fromBase64;
      const png = fromBase64 ? fromBase64(b64) : Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      t.push(performance.now());
      const html = new TextEncoder().encode(String((res?.result as { html?: string } | undefined)?.html ?? ''));
      await Promise.all([png, html].map((b) => crypto.subtle.digest('SHA-256', b)));
      t.push(performance.now());
      return t;
    },
    [tabId, windowId] as const,
  );
  const d = (i: number) => t[i + 1]! - t[i]!;
  return { tabLookup: d(0), probeRun: d(1), screenshot: d(2), decode: d(3), hash: d(4) };
}
