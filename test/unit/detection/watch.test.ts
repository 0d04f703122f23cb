import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentLifetime } from '../../../lib/content/lifetime';
import { DETECT_THROTTLE_MS, setupWalletWatcher } from '../../../lib/content/watch';

// The content script's schedule (lib/content/watch.ts): one reading after load, one per change,
// and none for events that change nothing, so a wallet page pays for as few reads as possible.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function pageShow(persisted: boolean): Event {
  return Object.assign(new Event('pageshow'), { persisted });
}

describe('wallet page watcher', () => {
  afterEach(() => {
    // End the watcher of each test: a newer lifetime ends the older one.
    contentLifetime();
    document.body.innerHTML = '';
  });

  async function watched(): Promise<{ sends: () => number }> {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      sent.push(m);
      return { ok: true, value: true };
    });
    document.body.innerHTML = '<div role="alert"><h2>Payment failed</h2><p>Your bank declined this payment.</p></div>';
    setupWalletWatcher();
    await sleep(50);
    return { sends: () => sent.length };
  }

  it('reports once after load, then again when the text changes', async () => {
    const { sends } = await watched();
    expect(sends()).toBe(1);
    document.querySelector('p')!.textContent = 'Payment completed.';
    await sleep(DETECT_THROTTLE_MS + 50);
    expect(sends()).toBe(2);
  });

  it('ignores the pageshow of a first load, and reports anew when the page returns from the back/forward cache', async () => {
    const { sends } = await watched();
    window.dispatchEvent(pageShow(false));
    await sleep(DETECT_THROTTLE_MS + 50);
    expect(sends()).toBe(1);
    window.dispatchEvent(pageShow(true));
    await sleep(DETECT_THROTTLE_MS + 50);
    expect(sends()).toBe(2);
  });
});
