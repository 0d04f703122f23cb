// Issue 3, user-added sites: a host the registry does not know gets the generic detector once the
// user adds it in the dashboard, and loses it when removed.
import { beforeAll, describe, expect, it } from 'vitest';
import { until } from './harness';
import { useExtension } from './use-extension';

const HOST = 'pay.northwind-wallet.net';
const URL_FAILED = `https://${HOST}/transfers/TRF-20261126-0042`;
const PAGE = `<!doctype html><html><head><title>Transfer details · Northwind Wallet</title></head><body>
<main><h1>Transfer details</h1>
<div role="alert" class="status status-failed"><strong>Transfer failed</strong>
<p>Your transfer of €250.00 could not be completed: insufficient balance.</p></div>
<dl><dt>Reference</dt><dd>TRF-20261126-0042</dd><dt>Amount</dt><dd>€250.00</dd></dl></main></body></html>`;

describe('user-added sites in real Chromium', () => {
  const { h, track } = useExtension();
  beforeAll(() => {
    // One URL per visit: tabs are found by URL, and earlier tabs stay open.
    for (const n of [1, 2, 3]) h.serve(`${URL_FAILED}?visit=${n}`, PAGE);
  });

  async function badgeAfterLoad(visit: number): Promise<{ badge: string; tabId: number }> {
    const page = track(await h.context.newPage());
    await page.goto(`${URL_FAILED}?visit=${visit}`);
    const tabId = await h.tabIdOf(page);
    await page.waitForTimeout(700);
    return { badge: await h.badge(tabId), tabId };
  }

  it('does not watch an unknown host until the user adds it', async () => {
    expect((await badgeAfterLoad(1)).badge).toBe('');
  });

  it('adds the host in the dashboard, then detects there with the generic detector', async () => {
    const dash = track(await h.openExtensionPage('dashboard.html#sites'));
    await dash.getByLabel('Site address').fill(`https://${HOST}/anything`);
    await dash.getByRole('button', { name: 'Add site' }).click();
    await dash.getByText(`Added ${HOST}.`).waitFor();
    await dash.getByLabel('Site address').fill('paypal.com');
    await dash.getByRole('button', { name: 'Add site' }).click();
    await dash.getByText('That site is already supported.').waitFor();
    await dash.getByLabel('Site address').fill('not a host');
    await dash.getByRole('button', { name: 'Add site' }).click();
    await dash.getByText(/not a site address/).waitFor();
    await h.shot(dash, 'dashboard-sites');

    const { tabId } = await badgeAfterLoad(2);
    expect(
      await until(
        () => h.badge(tabId),
        (b) => b === '!',
      ),
    ).toBe('!');
    const popup = track(await h.openPopup(tabId));
    await popup.getByRole('heading', { name: 'Failed transaction detected' }).waitFor();
    await popup.getByText('TRF-20261126-0042').waitFor();
  });

  it('removing the host stops the detector there', async () => {
    const dash = track(await h.openExtensionPage('dashboard.html#sites'));
    await dash.getByRole('button', { name: `Remove ${HOST}` }).click();
    await dash.getByRole('button', { name: `Remove ${HOST}` }).waitFor({ state: 'detached' });
    const scripts = await (await h.worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(scripts).toEqual([]);
    expect((await badgeAfterLoad(3)).badge).toBe('');
  });
});
