// Issue 17: Firefox private windows. Extension pages there cannot open IndexedDB (Firefox refuses
// it), so the popup offers itself in a normal window, from where it still works on the private tab.
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { colourPage } from '../e2e/evidence-pages';
import { until } from '../e2e/harness';
import { pngPixels, records } from '../e2e/idb';
import { captureFromPopup } from './capture-helpers';
import { click, waitText } from './dom';
import { keepShotOnFailure } from './failure-shots';
import { launch, type FirefoxHarness } from './harness';

const URL_ = 'https://www.paypal.com/myaccount/activity/details/PRIVATE1';
const PAGE = colourPage('Payment declined', '#6a1b9a').replace('</h1>', '</h1><div role="alert"><h2>Payment declined</h2></div>');

describe('Firefox: private windows (extension allowed there by the user)', () => {
  let h: FirefoxHarness;
  const pages: Page[] = [];
  beforeAll(async () => {
    h = await launch({ privateBrowsing: true });
    h.serve(URL_, PAGE);
  });
  afterAll(async () => {
    expect(h.extensionRequests, 'the extension (or Firefox) made network requests').toEqual([]);
    await h?.close();
  });
  afterEach(keepShotOnFailure(() => [h, pages]));

  it('the popup in a private window says why it cannot show the database and reopens in a normal window, which captures the private tab', async () => {
    const tab = await h.newPrivatePage();
    pages.push(tab);
    await tab.goto(URL_);
    const tabId = await h.tabIdOf(tab);
    const info = await h.api((id) => browser.tabs.get(id), tabId);
    expect(info.incognito).toBe(true);
    await until(
      () => h.badge(tabId),
      (b) => b === '!',
    );

    // The popup as Firefox opens it over a private tab: in that private window.
    const before = new Set(await h.browser.pages());
    await h.api((id) => browser.windows.create({ incognito: true, url: browser.runtime.getURL(`/popup.html?tabId=${id}`) }), tabId);
    const privatePopup = await until(
      async () => (await h.browser.pages()).find((p) => !before.has(p)),
      (p) => p !== undefined,
    );
    pages.push(privatePopup!);
    const text = await waitText(privatePopup!, /^This is a private window\./);
    expect(text).toContain('Open Wallet Witness in a normal window');
    expect(await privatePopup!.evaluate(() => browser.extension.inIncognitoContext)).toBe(true);
    // The limit is Firefox's: IndexedDB refuses this page (when a Firefox lifts it, this fails).
    const opened = await privatePopup!.evaluate(
      () =>
        new Promise<string>((resolve) => {
          try {
            const req = indexedDB.open('wallet-witness');
            req.onsuccess = () => resolve('opened');
            req.onerror = () => resolve(req.error?.name ?? 'error');
          } catch (e) {
            resolve((e as Error).name);
          }
        }),
    );
    expect(opened).toBe('InvalidStateError');
    await h.shot(privatePopup!, 'popup-private-window');

    await click(privatePopup!, 'button', 'Open in a normal window');
    const popup = await h.waitForExtensionTab(`popup.html?tabId=${tabId}`);
    pages.push(popup);
    expect(await popup.evaluate(() => browser.extension.inIncognitoContext)).toBe(false);
    const run = await captureFromPopup(popup);
    expect(run.text).toMatch(/^Saved at/);
    const rec = (await records(h.db)).at(-1)!;
    expect(rec.meta!.url).toBe(URL_);
    const { rgb } = await pngPixels(h.db, rec.artifacts.find((a) => a.name === 'screenshot.png')!.blobId, [[600, 600]]);
    expect(rgb[0]).toEqual([0x6a, 0x1b, 0x9a]);
  });
});
