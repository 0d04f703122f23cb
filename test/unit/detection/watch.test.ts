import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentLifetime } from '../../../lib/content/lifetime';
import { DETECT_THROTTLE_MS, LOAD_FALLBACK_MS, setupWalletWatcher } from '../../../lib/content/watch';

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

  function start(): { sends: () => number } {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      sent.push(m);
      return { ok: true, value: true };
    });
    document.body.innerHTML = '<div role="alert"><h2>Payment failed</h2><p>Your bank declined this payment.</p></div>';
    setupWalletWatcher();
    return { sends: () => sent.length };
  }

  async function watched(): Promise<{ sends: () => number }> {
    const w = start();
    await sleep(50);
    return w;
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

  it('waits for the load event before the first read, and reads a page whose load never comes after the fallback', async () => {
    vi.useFakeTimers();
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    try {
      const { sends } = start();
      document.querySelector('p')!.textContent = 'Still loading: the DOM changes before load cost no read.';
      await vi.advanceTimersByTimeAsync(LOAD_FALLBACK_MS - 100);
      expect(sends()).toBe(0);
      await vi.advanceTimersByTimeAsync(200);
      expect(sends()).toBe(1);
    } finally {
      state.mockRestore();
      vi.useRealTimers();
    }
  });

  it('reads once the page has loaded and been idle', async () => {
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    try {
      const { sends } = start();
      await sleep(50);
      expect(sends()).toBe(0);
      state.mockReturnValue('complete');
      document.dispatchEvent(new Event('DOMContentLoaded'));
      window.dispatchEvent(new Event('load'));
      await sleep(50);
      expect(sends()).toBe(1);
    } finally {
      state.mockRestore();
    }
  });
});
