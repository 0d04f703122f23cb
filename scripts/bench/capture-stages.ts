// Where a one-click capture's time goes: the steps lib/background/capture.ts takes, replayed in
// the service worker with the same browser calls, each timed (progress writes, tab lookup, probe
// injection and run, screenshot, data URL decode, thumbnail, reading + hashing the artifacts).
import type { Worker } from 'playwright-core';

export type Stages = Record<'progress' | 'tabLookup' | 'probeInject' | 'probeRun' | 'screenshot' | 'decode' | 'thumbnail' | 'hash', number>;

export async function captureStages(sw: Worker, tabId: number, windowId: number): Promise<Stages> {
  // No named helpers inside: tsx would wrap them in a __name() the worker does not have.
  const t = await sw.evaluate(async ([tab, win]) => {
    const t: number[] = [performance.now()];
    const key = `bench-progress-${tab}`;
    await chrome.storage.session.set({ [key]: { stage: 'page' } });
    await chrome.storage.session.set({ [key]: { stage: 'saving' } });
    await chrome.storage.session.remove(key);
    t.push(performance.now());
    await chrome.tabs.get(tab);
    await chrome.tabs.query({ active: true, windowId: win });
    t.push(performance.now());
    await chrome.scripting.executeScript({ target: { tabId: tab }, files: ['/probe.js'] });
    t.push(performance.now());
    const [res] = await chrome.scripting.executeScript({
      target: { tabId: tab },
      // Wrapped so tsx does not name it (a named function would call __name in the worker).
      func: [() => (globalThis as unknown as Record<string, () => unknown>).__walletWitnessProbe?.()][0]!,
    });
    t.push(performance.now());
    const dataUrl = await chrome.tabs.captureVisibleTab(win, { format: 'png' });
    t.push(performance.now());
    const r = await fetch(dataUrl);
    const png = new Blob([await r.arrayBuffer()], { type: 'image/png' });
    t.push(performance.now());
    const bitmap = await createImageBitmap(png);
    const scale = Math.min(1, 320 / bitmap.width);
    const canvas = new OffscreenCanvas(Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const thumb = await canvas.convertToBlob({ type: 'image/png' });
    t.push(performance.now());
    const html = new Blob([String((res?.result as { html?: string } | undefined)?.html ?? '')], { type: 'text/html' });
    await Promise.all([png, html, thumb].map(async (b) => crypto.subtle.digest('SHA-256', await b.arrayBuffer())));
    t.push(performance.now());
    return t;
  }, [tabId, windowId] as const);
  const d = (i: number) => t[i + 1]! - t[i]!;
  return { progress: d(0), tabLookup: d(1), probeInject: d(2), probeRun: d(3), screenshot: d(4), decode: d(5), thumbnail: d(6), hash: d(7) };
}
