import { browser } from 'wxt/browser';

/**
 * How far a capture of one tab has got. The service worker writes it to storage.session and the
 * popup listens with storage.onChanged: no message channel to keep open, and a popup opened
 * during a capture still sees where it is (MV3 may stop the worker; session storage survives).
 */
export type CaptureProgress = { stage: 'page' } | { stage: 'screens'; done: number; total: number } | { stage: 'saving' };

const key = (tabId: number) => `capture:${tabId}`;

export async function reportProgress(tabId: number, progress: CaptureProgress | null): Promise<void> {
  if (progress) await browser.storage.session.set({ [key(tabId)]: progress });
  else await browser.storage.session.remove(key(tabId));
}

/** Call `onProgress` with every change for this tab until the returned function is called. */
export function watchProgress(tabId: number, onProgress: (p: CaptureProgress | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && key(tabId) in changes) onProgress((changes[key(tabId)]!.newValue as CaptureProgress | undefined) ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
