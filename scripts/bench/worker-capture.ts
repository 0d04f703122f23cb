// Bundled by esbuild into an IIFE and evaluated INSIDE the extension's service worker: the capture's
// floors, the browser primitives a capture is made of, called bare as an extension must call them.
// The old floor (2026-11 on): captureVisibleTab and decoding its data URL into bytes, reading the
// DOM with one scripting.executeScript (document.documentElement.outerHTML), SHA-256 of both, one
// IndexedDB put of both. The job as it now is adds what the redaction commitments cannot do
// without (lib/redact/commit.ts), on the same screenshot and page: the PNG decoded to RGBA as
// lib/redact/decode-png.ts decodes it, one SHA-256 per 64-px tile of it (each tile's rows copied
// into one buffer, as WebCrypto digests contiguous bytes), and one SHA-256 per part of the page
// text (lib/redact/parts.ts's split; @noble/hashes, the synchronous hasher the capture uses for
// parts, as a WebCrypto call per part costs more than a small part's hashing). No salts.
// Exposes `globalThis.__wwCaptureFloor`.
import { sha256 } from '@noble/hashes/sha2.js';
import { TILE, tileGrid } from '../../lib/redact/commit';
import { splitParts } from '../../lib/redact/parts';

type FromBase64 = { fromBase64?: (b64: string) => Uint8Array<ArrayBuffer> };

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('ww-bench-bare', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('items', { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const api = {
  /** One round of the bare primitives on tab `tab` (window `win`), each step timed (ms). */
  async sample(tab: number, win: number) {
    const t0 = performance.now();
    const dataUrl = await chrome.tabs.captureVisibleTab(win, { format: 'png' });
    const t1 = performance.now();
    // The fastest decode the browser has: Uint8Array.fromBase64 (Chrome 140+), else atob.
    const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
    const fromBase64 = (Uint8Array as unknown as FromBase64).fromBase64;
    const png = fromBase64 ? fromBase64(b64) : Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const t2 = performance.now();
    const [res] = await chrome.scripting.executeScript({ target: { tabId: tab }, func: () => document.documentElement.outerHTML });
    const html = String(res?.result ?? '');
    const t3 = performance.now();
    const text = new TextEncoder().encode(html);
    await crypto.subtle.digest('SHA-256', png);
    await crypto.subtle.digest('SHA-256', text);
    const t4 = performance.now();
    const db = await openDb();
    const t5 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('items', 'readwrite');
      tx.objectStore('items').put({ id: crypto.randomUUID(), png: new Blob([png], { type: 'image/png' }), html });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const t6 = performance.now();
    db.close();
    // What the commitments add: pixels, tile digests, part digests.
    const bitmap = await createImageBitmap(new Blob([png], { type: 'image/png' }), {
      colorSpaceConversion: 'none',
      premultiplyAlpha: 'none',
    });
    const { width, height } = bitmap;
    const ctx = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(bitmap, 0, 0);
    bitmap.close();
    const { data } = ctx.getImageData(0, 0, width, height);
    const t7 = performance.now();
    const { cols, count } = tileGrid(width, height);
    const digests: Promise<ArrayBuffer>[] = [];
    for (let i = 0; i < count; i++) {
      const x = (i % cols) * TILE;
      const y = Math.floor(i / cols) * TILE;
      const w = Math.min(TILE, width - x);
      const h = Math.min(TILE, height - y);
      const tile = new Uint8Array(w * h * 4);
      for (let r = 0; r < h; r++) tile.set(data.subarray(((y + r) * width + x) * 4, ((y + r) * width + x + w) * 4), r * w * 4);
      digests.push(crypto.subtle.digest('SHA-256', tile));
    }
    await Promise.all(digests);
    const t8 = performance.now();
    const enc = new TextEncoder();
    const parts = splitParts(html);
    for (const p of parts) sha256(enc.encode(p));
    const t9 = performance.now();
    return {
      screenshot: t1 - t0,
      decode: t2 - t1,
      serialize: t3 - t2,
      hash: t4 - t3,
      put: t6 - t5,
      pixels: t7 - t6,
      tiles: t8 - t7,
      parts: t9 - t8,
      pngBytes: png.byteLength,
      htmlChars: html.length,
      tileCount: count,
      partCount: parts.length,
    };
  },
};
(globalThis as unknown as { __wwCaptureFloor: typeof api }).__wwCaptureFloor = api;
/** What the bench calls in the worker (scripts/bench/capture-bare.ts). */
export type CaptureFloor = typeof api;
