import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from './demo-pages';
import { SHOTS, until } from './harness';
import { counts, records } from './idb';
import { useExtension } from './use-extension';

const OUT = path.join(SHOTS, 'report');
const FAILED = DEMO_PAGES[0];

describe('report: PDF with every digest, calendar, storage, last backup, passphrase backups', () => {
  const { h, track, dir } = useExtension({ realViewport: true, serve: DEMO_PAGES, out: OUT, tmp: 'ww-report-' });
  let dash: Page;
  let caseId = '';

  const saved = async (click: () => Promise<void>) => {
    const download = dash.waitForEvent('download');
    await click();
    const d = await download;
    return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
  };

  it('the dashboard asks for persistent storage and shows the answer; after a capture it suggests a backup', async () => {
    dash = track(await h.openExtensionPage('dashboard.html#backup'));
    const state = await dash.locator('.storage-state').textContent({ timeout: 10_000 });
    const persisted = await dash.evaluate(() => navigator.storage.persisted());
    console.log(`storage in headless Chromium: persisted() = ${persisted}; shown: ${state}`);
    expect(state).toMatch(persisted ? /^Storage: persistent\./ : /^Storage: not persistent\./);
    await dash.getByText('Last backup: never').waitFor();

    const page = track(await h.context.newPage());
    await page.goto(FAILED.url);
    const tabId = await h.tabIdOf(page);
    await until(
      () => h.badge(tabId),
      (b) => b === '!',
    );
    for (let i = 0; i < 2; i++) {
      const popup = await h.openPopup(tabId);
      await popup.getByRole('button', { name: 'Capture evidence' }).click();
      await popup.getByText(/^Saved at/).waitFor({ timeout: 45_000 });
      if (i === 1) {
        await popup.getByText(/^Why send it: the details end with your evidence log's digest\./).waitFor();
        await h.shot(popup, 'popup-independent-date', OUT);
      }
      await popup.close();
    }
    const recs = (await records(dash)).filter((r) => r.kind === 'capture');
    caseId = recs[0]!.caseId!;
    await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#case=${caseId}`);
    const nudge = dash.locator('.backup-nudge');
    await expect.poll(() => nudge.textContent()).toMatch(/^You have 2 evidence records and no backup yet\./);
    await h.shot(dash, 'backup-nudge', OUT);
  }, 180_000);

  it('"Download PDF" saves a PDF whose text holds every file\'s and record\'s SHA-256; its first page is shot', async () => {
    const pdf = await saved(() => dash.getByRole('button', { name: 'Download PDF' }).click());
    expect(pdf.name).toMatch(/^wallet-witness-report-.+\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, pdf.bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
    const recs = (await records(dash)).filter((r) => r.caseId === caseId);
    expect(recs.length).toBeGreaterThanOrEqual(2);
    for (const r of recs) {
      expect(text).toContain(r.digest);
      for (const a of r.artifacts) expect(text, a.name).toContain(a.sha256);
    }
    const note = await dash.locator('.pdf-note').textContent();
    expect(note).toMatch(new RegExp(`^Saved ${pdf.name.replace(/\./g, '\\.')} \\(\\d+\\.\\d MB\\)\\.`));
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, path.join(OUT, 'pdf-page-1')]);
    console.log(`PDF: ${pdf.bytes.length} bytes, ${/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]} pages; ${note}`);
  }, 120_000);

  it('"Add to calendar" saves an .ics that ical.js reads, each event with alarms 3 days before and on the day', async () => {
    const ics = await saved(() => dash.getByRole('button', { name: 'Add to calendar' }).click());
    expect(ics.name).toMatch(/\.ics$/);
    const root = new ICAL.Component(ICAL.parse(ics.bytes.toString('utf8')));
    const events = root.getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThanOrEqual(1);
    for (const e of events) {
      const triggers = e.getAllSubcomponents('valarm').map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds());
      expect(triggers).toEqual([-3 * 86400, 0]);
    }
    expect(events[0]!.getFirstPropertyValue('summary')).toMatch(/^Follow up on the complaint: /);
  }, 60_000);

  it('a passphrase backup: "Last backup" follows; a wrong passphrase changes nothing; the right one restores', async () => {
    await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#backup`);
    await dash.getByLabel('Passphrase (optional)').fill('orange 橙子 seven');
    await dash.getByLabel('Repeat the passphrase').fill('orange 橙子 seven');
    const backup = await saved(() => dash.getByRole('button', { name: 'Download backup' }).click());
    expect(backup.name).toMatch(/^wallet-witness-backup-\d{4}-\d{2}-\d{2}\.wwbackup$/);
    expect(backup.bytes.subarray(0, 6).toString()).toBe('WWENC1');
    expect(backup.bytes.includes('backup.json')).toBe(false);
    await expect.poll(() => dash.locator('.last-backup').textContent()).toMatch(/^Last backup: (?!never)/);
    const before = await counts(dash);

    const file = path.join(dir, backup.name);
    writeFileSync(file, backup.bytes);
    const restoreInput = dash.getByLabel('Restore from backup');
    await restoreInput.setInputFiles(file);
    await dash.getByText('This backup is protected. Enter its passphrase to restore it.').waitFor();
    await dash.getByLabel('Passphrase of this backup').fill('orange seven');
    await dash.getByRole('button', { name: 'Open and restore' }).click();
    const note = dash.locator('section[aria-labelledby="backup-all-heading"] [role="status"] .notice');
    await expect
      .poll(() => note.textContent(), { timeout: 30_000 })
      .toBe('Not restored: The passphrase is wrong (or the protected file was altered): it could not be opened. Nothing was changed.');
    await h.shot(dash, 'backup-wrong-passphrase', OUT);
    expect(await counts(dash)).toEqual(before);

    await dash.getByLabel('Passphrase of this backup').fill('orange 橙子 seven');
    await dash.getByRole('button', { name: 'Open and restore' }).click();
    await dash.getByRole('button', { name: 'Delete everything here and restore' }).click({ timeout: 30_000 });
    await expect.poll(() => note.textContent(), { timeout: 30_000 }).toMatch(/^Restored \d+ complaints and 2 evidence records\./);
    expect(await counts(dash)).toEqual(before);
  }, 120_000);
});
