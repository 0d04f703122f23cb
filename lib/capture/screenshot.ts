import { browser } from 'wxt/browser';

/** Chrome allows about two captureVisibleTab calls a second (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND). */
export const MIN_CAPTURE_INTERVAL_MS = 510;
let lastCapture = 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function dataUrlToBlob(dataUrl: string): Promise<Blob> {
  const res = await fetch(dataUrl); // data: URL, decoded locally; no network.
  return new Blob([await res.arrayBuffer()], { type: res.headers.get('content-type') ?? 'image/png' });
}

/** The visible part of the window's active tab, as PNG, keeping to the browser's rate limit. */
export async function captureVisible(windowId: number): Promise<Blob> {
  const wait = lastCapture + MIN_CAPTURE_INTERVAL_MS - Date.now();
  if (wait > 0) await sleep(wait);
  lastCapture = Date.now();
  const url = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  return dataUrlToBlob(url);
}

/** A small PNG preview for lists (kept apart from the evidence artifacts). */
export async function thumbnail(png: Blob, width = 320): Promise<Blob> {
  const bitmap = await createImageBitmap(png);
  const scale = Math.min(1, width / bitmap.width);
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas.convertToBlob({ type: 'image/png' });
}
