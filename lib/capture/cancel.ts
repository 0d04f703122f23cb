import type { Localized } from '../sites/types';

const TEXT: Localized = {
  en: 'Capture cancelled. Nothing was saved.',
  zh: '已取消截取，本次未保存任何内容。',
};

/** The user stopped a screen-by-screen capture (whole page or pane). */
export class CaptureCancelledError extends Error {
  override name = 'CaptureCancelledError';
  constructor() {
    super(TEXT.en);
  }
  text(lang: 'en' | 'zh'): string {
    return TEXT[lang];
  }
}

/** Tabs whose running capture the user asked to stop. Only a capture in flight reads it, so the
 * worker's memory is enough: a worker that restarts has no capture running either. */
const stopped = new Set<number>();

export function cancelCapture(tabId: number): void {
  stopped.add(tabId);
}

/** Start listening for a cancel of this tab's capture: the returned check throws once it came. */
export function cancelCheck(tabId: number): () => void {
  stopped.delete(tabId);
  return () => {
    if (stopped.delete(tabId)) throw new CaptureCancelledError();
  };
}
