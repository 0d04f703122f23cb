import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SHOTS } from './harness';
import { everything, records } from './idb';
import { useExtension } from './use-extension';

const OUT = path.join(SHOTS, 'intake');
const FIXTURES = path.join(ROOT, 'test/fixtures/intake');
// A page outside the registry: a bank's statement page (invented), no provider, no open case.
const BANK = 'https://online.bank.example/statements/2026-11';
const BANK_HTML = `<!DOCTYPE html><html><head><title>November statement · Example Bank</title></head>
<body><h1>Statement, November 2026</h1><p>Transfer 9XK12 to Shop Ltd: 1,280.00 CNY, returned.</p></body></html>`;
const sha256sum = (file: string) => execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]!;

describe('intake: unfiled captures are filed into a case and its bundle; files join the log with their digests', () => {
  const { h, track } = useExtension({ out: OUT });
  let caseId = '';

  beforeAll(() => h.serve(BANK, BANK_HTML));

  it('a capture outside the registry is kept unfiled, said so, counted in the popup and listed under Unfiled', async () => {
    const page = track(await h.context.newPage());
    await page.goto(BANK);
    const tabId = await h.tabIdOf(page);
    const popup = track(await h.openPopup(tabId));
    await popup.getByText('Kept unfiled: open the dashboard to file it.').waitFor();
    await popup.getByRole('button', { name: 'Capture evidence' }).click();
    await popup.getByText(/^Saved at/).waitFor({ timeout: 45_000 });
    await popup.getByRole('button', { name: '1 unfiled: file them in the dashboard' }).waitFor();
    const [rec] = (await records(popup)).filter((r) => r.kind === 'capture');
    expect(rec!.caseId).toBeNull();
    // §6: when the capture started and ended and when each file was taken, in the digested meta.
    const timing = (rec!.meta as unknown as { timing: { startedAt: string; endedAt: string; files: Record<string, string> } }).timing;
    expect(Object.keys(timing.files).sort()).toEqual(['page.html', 'screenshot.png']);
    const ms = (iso: string) => Date.parse(iso);
    for (const at of Object.values(timing.files)) {
      expect(ms(at)).toBeGreaterThanOrEqual(ms(timing.startedAt));
      expect(ms(at)).toBeLessThanOrEqual(ms(timing.endedAt));
    }

    const dash = track(await h.openExtensionPage('dashboard.html#unfiled'));
    const section = dash.getByRole('region', { name: 'Unfiled' });
    await section.getByText('November statement · Example Bank').waitFor();
    await section.getByText(BANK).waitFor();
    await dash.getByRole('button', { name: 'Unfiled (1)' }).waitFor();
    await h.shot(dash, 'unfiled', OUT);
  }, 120_000);

  it('files it under a new case; the case lists it with the filing time; its bundle holds it and sha256sum -c passes', async () => {
    const dash = track(await h.openExtensionPage('dashboard.html#unfiled'));
    const section = dash.getByRole('region', { name: 'Unfiled' });
    await section.getByLabel('File under').selectOption('new');
    await section.getByRole('button', { name: 'File', exact: true }).click();
    await dash.waitForURL(/#case=/);
    caseId = decodeURIComponent(/#case=(.+)$/.exec(dash.url())![1]!);
    await dash.getByText(/^Filed here on /).waitFor();
    await dash.getByRole('button', { name: 'Unfiled (0)' }).waitFor();
    const all = await records(dash);
    const capture = all.find((r) => r.kind === 'capture')!;
    const filing = all.find((r) => r.kind === 'filing') as unknown as { caseId: string; filed: { id: string; digest: string } };
    expect(filing).toMatchObject({ caseId, filed: { id: capture.id, digest: capture.digest } });
    expect(capture.caseId).toBeNull();

    await dash.getByRole('button', { name: /^Open evidence captured/ }).click();
    await dash.getByText('Capture started', { exact: true }).waitFor();
    await dash.getByText('screenshot.png taken', { exact: true }).waitFor();
    await dash.getByRole('button', { name: 'Verify' }).click();
    await dash.getByText(/^Intact: every item and link checks out\.$/).waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: 'Export bundle' }).click()]);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-intake-'));
    try {
      const zip = path.join(dir, 'case.zip');
      await download.saveAs(zip);
      const unpacked = path.join(dir, 'unpacked');
      execFileSync('unzip', ['-q', zip, '-d', unpacked]);
      expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' })).not.toMatch(/FAILED/);
      const verified = execFileSync(
        'openssl',
        ['dgst', '-sha256', '-verify', 'signing-key.pem', '-signature', 'manifest.json.sig', 'manifest.json'],
        { cwd: unpacked, encoding: 'utf8' },
      );
      expect(verified).toMatch(/Verified OK/);
      const manifest = JSON.parse(readFileSync(path.join(unpacked, 'manifest.json'), 'utf8'));
      const item = manifest.evidence.find((e: { id: string }) => e.id === capture.id);
      expect(item.meta.url).toBe(BANK);
      expect(readFileSync(path.join(unpacked, item.artifacts[0].file)).byteLength).toBe(item.artifacts[0].size);
      const report = readFileSync(path.join(unpacked, 'report.html'), 'utf8');
      expect(report).toMatch(/Filed here on \d{4}-/);
      expect(report).toMatch(/Capture started<\/th><td><code>\d{4}-/);
      expect(report).toMatch(/screenshot\.png taken<\/th>/);
      expect(report).toContain('Times come from this computer’s clock; a capture shows what this browser displayed.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('"Add files": a PNG and an .eml appear with their full SHA-256 (as sha256sum gives it) and the e-mail headers', async () => {
    const dash = track(await h.openExtensionPage(`dashboard.html#case=${encodeURIComponent(caseId)}`));
    const png = path.join(FIXTURES, 'phone-screenshot.png');
    const eml = path.join(FIXTURES, 'reply.eml');
    await dash.getByLabel('Add files').setInputFiles([png, eml]);
    await dash.getByText('Added: phone-screenshot.png, reply.eml').waitFor({ timeout: 20_000 });
    for (const f of [png, eml]) await dash.getByText(sha256sum(f), { exact: true }).waitFor();
    const mail = dash.getByRole('article', { name: 'reply.eml' });
    await mail.getByText('Example Bank Support <support@bank.example>').waitFor();
    await mail.getByText('<20261124091500.4242@bank.example>').waitFor();
    await mail.getByText(/^Carries a DKIM-Signature header\. Not verified/).waitFor();
    await mail.getByText(/^This file existed, unchanged, no later than /).waitFor();
    const shot = dash.getByRole('article', { name: 'phone-screenshot.png' });
    await shot.scrollIntoViewIfNeeded();
    await h.shot(dash, 'attachment', OUT);
    await dash.getByRole('button', { name: 'Verify' }).click();
    await dash.getByText(/^Intact: every item and link checks out\.$/).waitFor({ timeout: 20_000 });
  }, 120_000);

  it('"Delete this complaint" erases its evidence content; the chain still verifies; no title, address or file is left', async () => {
    const dash = track(await h.openExtensionPage(`dashboard.html#case=${encodeURIComponent(caseId)}`));
    dash.on('dialog', (d) => void d.accept());
    await dash.getByRole('button', { name: 'Delete this complaint' }).click();
    await dash.getByText('Choose a complaint on the left.').waitFor();
    const dumped = JSON.stringify(await everything(dash));
    for (const gone of [
      'November statement',
      'online.bank.example',
      'Transfer 9XK12',
      'reply.eml',
      'support@bank.example',
      'phone-screenshot',
    ])
      expect(dumped, gone).not.toContain(gone);
    const all = await records(dash);
    expect(all.filter((r) => r.kind === 'tombstone')).toHaveLength(3);
    expect(all.filter((r) => r.kind !== 'tombstone' && r.kind !== 'filing').every((r) => r.meta === null)).toBe(true);
    // The log still verifies, from a case that is still there.
    await dash.getByRole('button', { name: 'New complaint' }).click();
    await dash.getByRole('button', { name: 'Verify' }).click();
    await dash.getByText(/^Intact: every item and link checks out\.$/).waitFor({ timeout: 20_000 });
  }, 120_000);

  it('"Erase all data" after typing the word leaves every table of the database empty', async () => {
    const dash = track(await h.openExtensionPage('dashboard.html#backup'));
    const erase = dash.getByRole('button', { name: 'Erase all data' });
    expect(await erase.isDisabled()).toBe(true);
    await dash.getByLabel('Type ERASE to confirm:').fill('ERASE');
    await erase.click();
    await dash.getByText('Everything was erased. The database is empty.').waitFor();
    const tables = await everything(dash);
    expect(Object.keys(tables)).toEqual(expect.arrayContaining(['cases', 'evidence', 'blobs', 'events', 'settings', 'imports', 'keys']));
    for (const [name, rows] of Object.entries(tables)) expect(rows, name).toEqual([]);
  }, 60_000);
});
