import type { Page } from 'puppeteer-core';
import { byLabel, click, find, waitText } from './dom';

/** Everything the popup's status line showed during one capture, in order. */
export interface PopupCapture {
  statuses: string[];
  text: string;
  ms: number;
}

/** Click "Capture evidence"; record every text the status line showed until saved or failed. */
export async function captureFromPopup(popup: Page, opts: { fullPage?: boolean } = {}): Promise<PopupCapture> {
  const button = await find(popup, 'button', 'Capture evidence');
  if (opts.fullPage) {
    await click(popup, 'button', 'Capture options');
    await (await byLabel(popup, 'Whole page (scrolls)')).click();
  }
  await popup.evaluate(() => {
    const el = document.querySelector('.capture-status')!;
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const text = el.textContent ?? '';
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(el, { subtree: true, childList: true, characterData: true });
  });
  const t0 = Date.now();
  await button.click();
  await waitText(popup, /^(Saved at|Capture failed)/, 45_000);
  const ms = Date.now() - t0;
  const statuses = await popup.evaluate(() => (window as unknown as { seen: string[] }).seen);
  const text = await popup.evaluate(() => document.querySelector('.capture-status')?.textContent ?? '');
  return { statuses, text, ms };
}
