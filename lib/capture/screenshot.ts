import { browser } from 'wxt/browser';
import { createCaptureThrottle } from './capture-throttle';

/** Every captureVisibleTab call of this worker goes through one throttle (2 calls a second). */
const throttle = createCaptureThrottle();

type FromBase64 = { fromBase64?: (b64: string) => Uint8Array };

/** The bytes of a base64 data: URL, decoded in place (no fetch, no Blob round trip). */
function dataUrlBytes(dataUrl: string): Uint8Array {
  const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  // Uint8Array.fromBase64: Chrome 140+, Firefox 133+; atob elsewhere.
  const native = (Uint8Array as unknown as FromBase64).fromBase64;
  if (native) return native(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Chrome counts the 2-a-second quota when a call reaches the browser process, not when the worker
 * makes it: on a busy machine two calls spaced by the throttle can still land within one second.
 * Such a refusal is retried through the throttle (so one interval after the refused call), twice
 * at most.
 */
const OVER_QUOTA = /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/;

/** The visible part of the window's active tab, as PNG bytes. */
export async function captureVisible(windowId: number, retries = 2): Promise<Uint8Array> {
  try {
    return dataUrlBytes(await throttle(() => browser.tabs.captureVisibleTab(windowId, { format: 'png' })));
  } catch (err) {
    if (retries === 0 || !OVER_QUOTA.test(String((err as Error)?.message ?? err))) throw err;
    return captureVisible(windowId, retries - 1);
  }
}
