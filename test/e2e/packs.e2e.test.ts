// Issue 15 §3 end to end: capture an unseen withdrawal page, the case lists its facts, then a
// complaint pack for an English destination (FBI IC3, with its crypto fields) and one in Chinese
// (12363, for an Alipay payment); each zip opens and its case.json validates (zod and its JSON Schema).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readCaseJson } from '../../lib/packs/case-json';
import { until } from './harness';
import { patchCase, records } from './idb';
import { useExtension } from './use-extension';

const TX_URL = 'https://www.binance.com/en/my/wallet/history/withdraw-crypto?id=ww-5120';
const TXID = '9c2f8d3e1b7a4c6d5e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d';
const ALIPAY_URL = 'https://consumeprod.alipay.com/record/detail.htm?bizInNo=20261125200040011100560088123456';

/** The zip's files, after checking every line of SHA256SUMS against them. */
function openZip(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const sums = strFromU8(files.SHA256SUMS!).trim().split('\n');
  for (const line of sums) {
    const [digest, name] = line.split(/ {2}/);
    expect(createHash('sha256').update(files[name!]!).digest('hex'), name).toBe(digest);
  }
  expect(sums.some((l) => l.endsWith('  case.json'))).toBe(true);
  return files;
}

function validCaseJson(files: Record<string, Uint8Array>) {
  const raw = strFromU8(files['case.json']!);
  const validate = new Ajv2020({ strict: false }).compile(JSON.parse(strFromU8(files['case.schema.json']!)));
  expect(validate(JSON.parse(raw)), JSON.stringify(validate.errors)).toBe(true);
  const parsed = readCaseJson(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('complaint packs (real Chromium)', () => {
  const { h, track } = useExtension({
    realViewport: true,
    serve: [
      { url: TX_URL, file: 'test/fixtures/e2e/binance-withdrawal-detail.html' },
      { url: ALIPAY_URL, file: 'test/fixtures/pages/alipay-transfer-failed.html' },
    ],
  });
  beforeAll(() => h.context.grantPermissions(['clipboard-read', 'clipboard-write']));

  /** Captures `url` from the popup; the id of the case the capture started. */
  async function capture(url: string): Promise<string> {
    const page = track(await h.context.newPage());
    await page.goto(url);
    const tabId = await h.tabIdOf(page);
    await until(
      () => h.badge(tabId),
      (b) => b === '!',
    );
    const popup = track(await h.openPopup(tabId));
    await popup.getByRole('button', { name: 'Capture evidence' }).click();
    await popup.getByText(/^Saved at/).waitFor({ timeout: 30_000 });
    const rec = (await records(popup)).filter((r) => r.kind === 'capture').at(-1)!;
    expect(rec.caseId).toEqual(expect.any(String));
    await popup.close();
    return rec.caseId!;
  }

  async function openCase(caseId: string, patch: Record<string, unknown>) {
    const dash = track(await h.openExtensionPage('dashboard.html'));
    await patchCase(dash, caseId, patch);
    await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#case=${encodeURIComponent(caseId)}`);
    const section = dash.locator('section[aria-labelledby="pack-heading"]');
    await section.waitFor();
    return { dash, section };
  }

  async function downloadPack(dash: Page, section: ReturnType<Page['locator']>) {
    const download = dash.waitForEvent('download');
    await section.getByRole('button', { name: 'Download pack (.zip)' }).click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/^wallet-witness-pack-.+\.zip$/);
    return openZip(new Uint8Array(readFileSync(await d.path())));
  }

  it('an unseen withdrawal page: the facts, then an IC3 pack with its crypto fields, and its zip validates', async () => {
    const caseId = await capture(TX_URL);
    const { dash, section } = await openCase(caseId, { region: 'US', situation: 'fraud' });
    // The case lists the facts read from the page.
    const facts = dash.getByRole('table').filter({ has: dash.getByRole('columnheader', { name: 'Where on the page' }) });
    await facts.getByRole('row').filter({ hasText: TXID }).waitFor();

    const select = section.getByRole('combobox', { name: 'Destination' });
    await expect(select.locator('option').allTextContents()).resolves.toEqual([
      'Choose a destination',
      'The provider’s own complaint form',
      'CFPB complaint',
      'FBI IC3 report',
    ]);
    await expect(section.locator('.pack-absent li').filter({ hasText: 'Financial Ombudsman' }).textContent()).resolves.toMatch(
      /Only for complaints in United Kingdom/,
    );
    await select.selectOption({ label: 'FBI IC3 report' });
    const field = (id: string) => section.locator(`tr[data-field="${id}"]`);
    await expect(field('hashes').locator('pre').textContent()).resolves.toBe(TXID);
    await expect(field('addresses').locator('pre').textContent()).resolves.toMatch(/TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj7t \(tron\)/);
    await expect(field('addresses').locator('.fact-warning').textContent()).resolves.toBe(
      '⚠ TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj7t: This address does not validate: typed by hand?',
    );
    await expect(field('amounts').textContent()).resolves.toContain('250.00 USDT');
    await expect(field('exchanges').textContent()).resolves.toContain('Binance');
    await expect(field('subject').textContent()).resolves.toContain('Not known to this case');
    await field('hashes').getByRole('button', { name: 'Copy Transaction ID (hash)' }).click();
    await section.getByText('Copied: Transaction ID (hash)').waitFor();
    expect(await dash.evaluate(() => navigator.clipboard.readText())).toBe(TXID);
    const narrative = section.locator('.pack-narrative section');
    await expect(narrative.nth(0).textContent()).resolves.toMatch(/^English.*What happened: .*fraudulent transaction with Binance/);
    await expect(narrative.nth(1).textContent()).resolves.toMatch(/^Chinese.*我在币安遇到一笔涉嫌诈骗的交易/);
    await section
      .getByText(/screenshot\.png: [0-9a-f]{64}/)
      .first()
      .waitFor();
    await section.getByRole('heading', { name: 'Complaint pack' }).scrollIntoViewIfNeeded();
    await h.shot(dash, 'pack-ic3');

    const files = await downloadPack(dash, section);
    await section.getByText(/^Saved wallet-witness-pack-us-ic3-.*1 evidence items\.$/).waitFor();
    const doc = validCaseJson(files);
    expect(doc.destination).toMatchObject({ id: 'us-ic3', lang: 'en' });
    expect(doc.fields.find((f) => f.id === 'hashes')?.value).toBe(TXID);
    expect(doc.evidence).toHaveLength(1);
    expect(doc.chainHead?.digest).toMatch(/^[0-9a-f]{64}$/);
    for (const f of doc.evidence[0]!.files) expect(createHash('sha256').update(files[f.path]!).digest('hex')).toBe(f.sha256);
    expect(strFromU8(files['report.html']!)).toContain(doc.evidence[0]!.digest);

    // The same case in the UK: a crypto exchange gets no ombudsman pack, and the case says why.
    await patchCase(dash, caseId, { region: 'UK', situation: 'failed-transfer' });
    await dash.reload();
    await section.getByText(/Financial Ombudsman generally cannot take crypto-asset complaints/).waitFor({ state: 'attached' });
    await expect(select.locator('option').allTextContents()).resolves.toEqual([
      'Choose a destination',
      'The provider’s own complaint form',
    ]);
    await expect(section.locator('.pack-absent li').filter({ hasText: 'Financial Ombudsman' }).textContent()).resolves.toMatch(
      /cannot take crypto-asset complaints/,
    );
  }, 120_000);

  it('an Alipay payment in mainland China: a 12363 pack in Chinese with English beside it, and its zip validates', async () => {
    const caseId = await capture(ALIPAY_URL);
    const { dash, section } = await openCase(caseId, { region: 'CN' });
    const select = section.getByRole('combobox', { name: 'Destination' });
    await expect(select.locator('option').allTextContents()).resolves.toEqual([
      'Choose a destination',
      'The provider’s own complaint form',
      '12363 payment institution complaint',
    ]);
    await expect(section.locator('.pack-absent li').filter({ hasText: '12315' }).textContent()).resolves.toMatch(/Not the body/);
    await select.selectOption({ label: '12363 payment institution complaint' });
    const view = section.locator('.pack-view');
    await expect(view.getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(section.locator('tr[data-field="institution"] th').textContent()).resolves.toMatch(
      /^被投诉机构 Institution complained about$/,
    );
    await expect(section.locator('tr[data-field="facts"] pre').textContent()).resolves.toMatch(/我在支付宝遇到一笔失败的交易/);
    const narrative = section.locator('.pack-narrative section');
    await expect(narrative.nth(0).textContent()).resolves.toMatch(/^Chinese/);
    await expect(narrative.nth(1).textContent()).resolves.toMatch(/^English.*I had a failed payment with/);
    await section.getByRole('heading', { name: 'Complaint pack' }).scrollIntoViewIfNeeded();
    await h.shot(dash, 'pack-12363-zh');

    const doc = validCaseJson(await downloadPack(dash, section));
    expect(doc.destination).toMatchObject({ id: 'cn-12363', lang: 'zh' });
    expect(doc.narrative.zh.happened).toMatch(/我在支付宝遇到一笔失败的交易/);
    expect(doc.narrative.en.happened).toMatch(/I had a failed payment/);
  }, 120_000);
});
