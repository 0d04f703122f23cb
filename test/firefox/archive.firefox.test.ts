// Issue 17: bundle export and import, backup and restore, between two Firefox profiles.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../e2e/demo-pages';
import { until } from '../e2e/harness';
import { counts, records } from '../e2e/idb';
import { captureFromPopup } from './capture-helpers';
import { chooseFile, click, find, waitText } from './dom';
import { keepShotOnFailure } from './failure-shots';
import { launch, SHOTS, type FirefoxHarness } from './harness';

const FAILED = DEMO_PAGES[0];
const OUT = path.join(SHOTS, 'archive');

describe('Firefox: bundle and backup between two profiles', () => {
  let a: FirefoxHarness;
  let b: FirefoxHarness;
  const pages: Page[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-ff-archive-'));
  let caseId = '';
  let bundle = '';
  let backup = '';
  beforeAll(async () => {
    a = await launch();
    b = await launch();
    for (const h of [a, b]) for (const p of DEMO_PAGES) h.serve(p.url, { file: p.file });
  }, 120_000);
  afterAll(async () => {
    expect(a.extensionRequests, 'profile A made network requests').toEqual([]);
    expect(b.extensionRequests, 'profile B made network requests').toEqual([]);
    await a?.close();
    await b?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(keepShotOnFailure(() => [a, pages]));

  it('A: captures a failed payment, exports its bundle (sha256sum -c passes, report says why there is no MHTML)', async () => {
    const { page, tabId } = await a.open(FAILED.url);
    pages.push(page);
    await until(
      () => a.badge(tabId),
      (x) => x === '!',
    );
    const popup = await a.openPopup(tabId);
    pages.push(popup);
    expect((await captureFromPopup(popup)).text).toMatch(/^Saved at/);
    caseId = (await records(a.db)).at(-1)!.caseId!;

    const dash = await a.openExtensionPage(`dashboard.html#case=${encodeURIComponent(caseId)}`);
    pages.push(dash);
    await click(dash, 'button', 'Export bundle');
    bundle = await a.waitForDownload(/^wallet-witness-paypal-\d{4}-\d\d-\d\d-[0-9a-f]{8}\.zip$/);
    const unpacked = path.join(dir, 'bundle');
    execFileSync('unzip', ['-q', bundle, '-d', unpacked]);
    const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' });
    expect(check).not.toMatch(/FAILED/);
    expect(check).toMatch(/screenshot\.png: OK/);
    const manifest = JSON.parse(readFileSync(path.join(unpacked, 'manifest.json'), 'utf8'));
    expect(manifest.case.id).toBe(caseId);
    expect(manifest.evidence[0].meta.userAgent).toMatch(/Firefox\//);
    const report = readFileSync(path.join(unpacked, 'report.html'), 'utf8');
    expect(report).not.toMatch(/<script/i);
    expect(report).toContain('No MHTML archive: captured in Firefox');

    // The evidence item says the same in the dashboard.
    await click(dash, 'button', /^Open evidence captured/);
    await waitText(dash, /^No MHTML archive: captured in Firefox/);
    await a.shot(dash, 'evidence-item-firefox', OUT);
  });

  it('A: downloads a backup of everything', async () => {
    const dash = await a.openExtensionPage('dashboard.html#backup');
    pages.push(dash);
    await click(dash, 'button', 'Download backup');
    backup = await a.waitForDownload(/^wallet-witness-backup-\d{4}-\d\d-\d\d\.zip$/);
    await waitText(dash, /^Backup saved: 1 complaints/);
  });

  it('B: imports the bundle, then restores the backup over it (confirmed) and verifies', async () => {
    const dash = await b.openExtensionPage('dashboard.html#backup');
    pages.push(dash);
    expect(await counts(b.db)).toEqual({ cases: 0, evidence: 0, events: 0, blobs: 0 });
    await chooseFile(dash, 'Choose a .zip bundle', bundle);
    // Made in profile A, so signed by another install's key (DESIGN.md: Imported evidence).
    await waitText(dash, /^Imported ".+" with \d+ evidence records\. Signed by another install's key [0-9a-f]{16}\.$/, 20_000);
    expect((await counts(b.db)).cases).toBe(1);
    await b.shot(dash, 'import-done', OUT);

    const before = await counts(a.db);
    await chooseFile(dash, 'Restore from backup', backup);
    await waitText(dash, /This browser already holds 1 complaints/);
    await click(dash, 'button', 'Delete everything here and restore');
    await waitText(dash, 'Restored 1 complaints and 1 evidence records.', 20_000);
    expect(await counts(b.db)).toEqual(before);
    expect((await records(b.db)).map((r) => r.digest)).toEqual((await records(a.db)).map((r) => r.digest));

    await b.gotoExtension(dash, `dashboard.html#case=${encodeURIComponent(caseId)}`);
    await click(dash, 'button', 'Verify');
    await waitText(dash, 'Intact: every item and link checks out.', 10_000);
  });

  it('B: refuses a damaged backup with a clear message and changes nothing', async () => {
    const dash = await b.openExtensionPage('dashboard.html#backup');
    pages.push(dash);
    const before = await counts(b.db);
    const bad = readFileSync(backup);
    bad[Math.floor(bad.length / 2)]! ^= 0xff;
    const file = path.join(dir, 'bad.zip');
    writeFileSync(file, bad);
    await chooseFile(dash, 'Restore from backup', file);
    await waitText(dash, /^Not restored: .* Nothing was changed\./);
    expect(await counts(b.db)).toEqual(before);
    await find(dash, 'heading', /Backup/);
  });
});
