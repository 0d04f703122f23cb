// Issue 15 end to end: capture an unseen transaction page, the case lists the facts read from it
// (with a mistyped address warned about, never dropped), and they travel in the bundle.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, until, type Harness } from './harness';
import { keepShotOnFailure } from './failure-shots';
import { records, storedCase } from './idb';

const TX_URL = 'https://www.binance.com/en/my/wallet/history/withdraw-crypto?id=ww-4471';
const TXID = '9c2f8d3e1b7a4c6d5e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d';

describe('complaint packs: facts from a capture (real Chromium)', () => {
  let h: Harness;
  let ext: Page;
  let caseId = '';
  const pages: Page[] = [];
  const track = <T extends Page>(p: T) => {
    pages.push(p);
    return p;
  };
  beforeAll(async () => {
    h = await launch({ realViewport: true });
    h.serve(TX_URL, { file: 'test/fixtures/e2e/binance-withdrawal-detail.html' });
    ext = track(await h.openExtensionPage('dashboard.html'));
  });
  afterAll(async () => {
    expect(h.extensionRequests, 'the extension made network requests').toEqual([]);
    await h?.close();
  });
  afterEach(keepShotOnFailure(() => [h, pages]));

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
});
