// Issue 15 end to end: capture an unseen transaction page, the case lists the facts read from it
// (with a mistyped address warned about, never dropped), and they travel in the bundle.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { until } from './harness';
import { patchCase, records, storedCase } from './idb';
import { useExtension } from './use-extension';

const TX_URL = 'https://www.binance.com/en/my/wallet/history/withdraw-crypto?id=ww-4471';
const TXID = '9c2f8d3e1b7a4c6d5e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d';

describe('complaint packs: facts from a capture (real Chromium)', () => {
  const { h, track } = useExtension({
    realViewport: true,
    serve: [{ url: TX_URL, file: 'test/fixtures/e2e/binance-withdrawal-detail.html' }],
  });
  let ext: Page;
  let caseId = '';
  beforeAll(async () => {
    ext = track(await h.openExtensionPage('dashboard.html'));
  });

  it('a capture of an unseen withdrawal page lists its facts in the case, each with where it was found', async () => {
    const page = track(await h.context.newPage());
    await page.goto(TX_URL);
    const tabId = await h.tabIdOf(page);
    await until(
      () => h.badge(tabId),
      (b) => b === '!',
    );
    const popup = track(await h.openPopup(tabId));
    await popup.getByRole('button', { name: 'Capture evidence' }).click();
    await popup.getByText(/^Saved at/).waitFor({ timeout: 30_000 });
    const rec = (await records(ext)).filter((r) => r.kind === 'capture').at(-1)!;
    expect(rec.caseId).toEqual(expect.any(String));
    caseId = rec.caseId!;

    const dash = track(await h.openExtensionPage(`dashboard.html#case=${encodeURIComponent(caseId)}`));
    const table = dash.getByRole('table').filter({ has: dash.getByRole('columnheader', { name: 'Where on the page' }) });
    await table.waitFor();
    const row = (value: string) => table.getByRole('row').filter({ hasText: value });
    await expect(row(TXID).textContent()).resolves.toMatch(/Transaction id \/ hash.*TxID.*#\d+ Withdrawal Details/);
    await expect(row('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj7t').textContent()).resolves.toContain(
      'This address does not validate: typed by hand?',
    );
    await expect(row('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed').textContent()).resolves.toMatch(/Ethereum \/ EVM.*checksum valid/);
    await expect(row('250.00').textContent()).resolves.toMatch(/Amount.*USDT/);
    await expect(row('88412095').textContent()).resolves.toMatch(/Ticket \/ case number/);
    await expect(row('2026-11-26 14:03:22').count()).resolves.toBe(1);
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await row(TXID).getByRole('button').click();
    await dash.getByText(`Copied: ${TXID.slice(0, 60)}`).waitFor();
    expect(await dash.evaluate(() => navigator.clipboard.readText())).toBe(TXID);
    await dash.getByRole('heading', { name: 'Facts from the evidence' }).scrollIntoViewIfNeeded();
    await h.shot(dash, 'complaint-facts');
    // The new case is dated by the page's own transaction time (claim deadlines count from it).
    expect(((await storedCase(dash, caseId))!.transactions as { at?: string }[])[0]).toMatchObject({ at: '2026-11-26T14:03:22+08:00' });
  });

  it('deadlines count from the transaction date; without one the case asks for it once', async () => {
    // The same case as a PayPal payment in the US with no date known.
    const dash = track(await h.openExtensionPage('dashboard.html'));
    await patchCase(dash, caseId, { siteId: 'paypal', provider: 'PayPal', region: 'US', transactions: [{ id: 'ww-1' }] });
    await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#case=${encodeURIComponent(caseId)}`);
    const panel = dash.locator('section[aria-labelledby="claim-heading"]');
    await panel.getByText('When did the transaction take place?').waitFor();
    const dispute = panel.locator('li[data-rule="paypal-dispute-180d"]');
    await expect(dispute.textContent()).resolves.toMatch(/Needs the transaction date/);
    // The date read from the evidence is offered; taking it dates every deadline and the question goes.
    await panel.getByRole('button', { name: /Use .*2026.* \(from the evidence\)/ }).click();
    await dispute.getByText(/By 25 May 2027: Open a dispute/).waitFor();
    await expect(panel.locator('li[data-rule="us-rege-60d"]').textContent()).resolves.toMatch(
      /By 25 Jan 2027: Electronic transfer error.*counted from the transaction date 26 Nov 2026/,
    );
    expect(await panel.getByText('When did the transaction take place?').count()).toBe(0);
    await expect(dispute.getByRole('link').first().getAttribute('href')).resolves.toMatch(/^https:\/\/www\.paypal\.com\//);
    await panel.scrollIntoViewIfNeeded();
    await h.shot(dash, 'complaint-claim-deadlines');
  });
});
