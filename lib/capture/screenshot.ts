import { browser } from 'wxt/browser';
import { createCaptureThrottle } from '../evidence/fullpage';

/** Every captureVisibleTab call of this worker goes through one throttle (2 calls a second). */
const throttle = createCaptureThrottle();

export async function dataUrlToBlob(dataUrl: string): Promise<Blob> {
  const res = await fetch(dataUrl); // a data: URL, decoded locally: no network.
  return new Blob([await res.arrayBuffer()], { type: res.headers.get('content-type') ?? 'image/png' });
}

/** The visible part of the window's active tab, as PNG. */
export async function captureVisible(windowId: number): Promise<Blob> {
  return dataUrlToBlob(await throttle(() => browser.tabs.captureVisibleTab(windowId, { format: 'png' })));
}

/** A small PNG preview for galleries and the popup. */
export async function thumbnail(png: Blob, width = 320): Promise<Blob> {
  const bitmap = await createImageBitmap(png);
  const scale = Math.min(1, width / bitmap.width);
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas.convertToBlob({ type: 'image/png' });
}
