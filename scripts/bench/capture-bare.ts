// The browser primitives a capture is made of, called bare from the service worker as an
// extension must call them: captureVisibleTab and decoding its data URL into bytes, reading the
// DOM with one scripting.executeScript (document.documentElement.outerHTML), SHA-256 of both,
// and one IndexedDB put of both. Nothing the extension's click does not also need.
import type { Worker } from 'playwright-core';

export interface BareSample {
  screenshot: number;
  decode: number;
  serialize: number;
  hash: number;
  put: number;
  pngBytes: number;
  htmlChars: number;
}

/** One round of the bare primitives on tab `tabId` (window `windowId`). */
export async function bareCapture(sw: Worker, tabId: number, windowId: number): Promise<BareSample> {
  return sw.evaluate(
    async ([tab, win]) => {
      const t0 = performance.now();
      const dataUrl = await chrome.tabs.captureVisibleTab(win, { format: 'png' });
      const t1 = performance.now();
      // The fastest decode the browser has: Uint8Array.fromBase64 (Chrome 140+), else atob.
      const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
      const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> }).fromBase64;
      const png = fromBase64 ? fromBase64(b64) : Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const t2 = performance.now();
      // Wrapped so tsx does not name it (a named function would call __name in the page).
      const [res] = await chrome.scripting.executeScript({ target: { tabId: tab }, func: [() => document.documentElement.outerHTML][0]! });
      const html = String(res?.result ?? '');
      const t3 = performance.now();
      const text = new TextEncoder().encode(html);
      await crypto.subtle.digest('SHA-256', png);
      await crypto.subtle.digest('SHA-256', text);
      const t4 = performance.now();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('ww-bench-bare', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('items', { keyPath: 'id' });
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const t5 = performance.now();
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('items', 'readwrite');
        tx.objectStore('items').put({ id: crypto.randomUUID(), png: new Blob([png], { type: 'image/png' }), html });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      const t6 = performance.now();
      db.close();
      return {
        screenshot: t1 - t0,
        decode: t2 - t1,
        serialize: t3 - t2,
        hash: t4 - t3,
        put: t6 - t5,
        pngBytes: png.byteLength,
        htmlChars: html.length,
      };
    },
    [tabId, windowId] as const,
  );
}
