// The browser primitives a capture is made of, called bare in the same browser: captureVisibleTab
// and SHA-256 and one IndexedDB put in the service worker, outerHTML in the page.
import type { Page, Worker } from 'playwright-core';

export interface BareSample { screenshot: number; serialise: number; hash: number; put: number; pngBytes: number; htmlChars: number }

/** One round of the bare primitives on the tab shown in `page` (window `windowId`). */
export async function bareCapture(sw: Worker, page: Page, windowId: number): Promise<BareSample> {
  // Serialising the DOM: document.documentElement.outerHTML, timed inside the page.
  const dom = await page.evaluate(() => {
    const t0 = performance.now();
    const html = document.documentElement.outerHTML;
    return { ms: performance.now() - t0, html };
  });
  return sw.evaluate(async ([win, html]) => {
    const t0 = performance.now();
    const dataUrl = await chrome.tabs.captureVisibleTab(win, { format: 'png' });
    const t1 = performance.now();
    const b64 = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
    const png = Uint8Array.from(b64, (c) => c.charCodeAt(0));
    const text = new TextEncoder().encode(html);
    const t2 = performance.now();
    await crypto.subtle.digest('SHA-256', png);
    await crypto.subtle.digest('SHA-256', text);
    const t3 = performance.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('ww-bench-bare', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('items', { keyPath: 'id' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const t4 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('items', 'readwrite');
      tx.objectStore('items').put({ id: crypto.randomUUID(), png: new Blob([png], { type: 'image/png' }), html });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const t5 = performance.now();
    db.close();
    return { screenshot: t1 - t0, serialise: 0, hash: t3 - t2, put: t5 - t4, pngBytes: png.byteLength, htmlChars: html.length };
  }, [windowId, dom.html] as const).then((r) => ({ ...r, serialise: dom.ms }));
}
