import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageProbe } from '@/lib/messages';

// What WXT's fake browser does not model, answered as Chromium would: captureVisibleTab with a
// PNG naming the tab in front, the capture probe (one executeScript of probe.js) with the page
// of the tab it targets, and the service worker's manifest and navigator.

export const pngOf = (tabId: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, tabId]);
export const PAYPAL = 'https://www.paypal.com/myaccount/transactions/details/7XK48512TN3390215';

/** The probe's answer for a PayPal page with a declined payment (detection as the detector gives it). */
export function probeOf(url: string, over: Partial<PageProbe> = {}): PageProbe {
  return {
    url,
    title: 'Payment declined',
    html: `<!DOCTYPE html><p>page at ${url}</p>`,
    detection: {
      kind: 'failed-transaction',
      siteId: 'paypal',
      transaction: { id: '7XK48512TN3390215', amount: '129.99', currency: 'USD', reason: 'insufficient-funds' },
      signals: ['declined'],
    },
    viewport: { width: 1200, height: 800, devicePixelRatio: 1 },
    scrollHeight: 800,
    scrollY: 0,
    ...over,
  };
}

export interface FakePage {
  /** Tab ids in front at each captureVisibleTab, in order. */
  shots: number[];
  /** Each executeScript injection as asked. */
  probes: unknown[];
  /** What the probe answers for a tab (replace to simulate a page that cannot be read). */
  answer: (tabId: number, url: string) => unknown;
}

/** Install the fakes (call in beforeEach; vi.restoreAllMocks and vi.unstubAllGlobals undo them). */
export function fakePageApis(): FakePage {
  const state: FakePage = { shots: [], probes: [], answer: (_id, url) => probeOf(url) };
  vi.stubGlobal('navigator', { userAgent: 'Chromium test', language: 'en-US' });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Wallet Witness', version: '0.1.0' });
  vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockImplementation((async () => {
    const [front] = await fakeBrowser.tabs.query({ active: true });
    state.shots.push(front!.id!);
    return `data:image/png;base64,${Buffer.from(pngOf(front!.id!)).toString('base64')}`;
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: { target: { tabId: number } }) => {
    state.probes.push(injection);
    const tab = await fakeBrowser.tabs.get(injection.target.tabId);
    return [{ frameId: 0, result: state.answer(tab.id!, tab.url!) }];
  }) as never);
  return state;
}
