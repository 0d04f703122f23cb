import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decode, encode } from 'fast-png';
import { unzipSync } from 'fflate';
import { SHOTS } from './harness';
import { records } from './idb';
import { useExtension } from './use-extension';

const OUT = path.join(SHOTS, 'redact');
const URL = 'https://www.paypal.com/activity/payment/8RX01234AB5678901';
// Invented person and account; the IBAN is the format's published example number.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Payment declined – PayPal</title>
<style>body{font:16px sans-serif;margin:40px}h1{color:#b00}.row{margin:12px 0}</style></head><body>
<h1>Payment declined</h1>
<p class="row">Your payment of 120.00 EUR to Example Shop was declined by your bank.</p>
<p class="row">From: Alice Example, alice.example@example.org, +44 20 7946 0958</p>
<p class="row">Bank account: GB29 NWBK 6016 1331 9268 19</p>
<p class="row">Transaction ID 8RX01234AB5678901</p>
</body></html>`;

/** Unpack a redacted copy into a folder, optionally edit a file, and run the recipient's verifier. */
function verify(files: Record<string, Uint8Array>, edit?: (f: Record<string, Uint8Array>) => void) {
  const copy = { ...files };
  edit?.(copy);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'redacted-e2e-'));
  for (const [name, data] of Object.entries(copy)) writeFileSync(path.join(dir, name), data);
  const run = spawnSync('python3', [path.join(dir, 'verify-redaction.py')], { encoding: 'utf8' });
  return { ok: run.status === 0, out: run.stdout + run.stderr };
}

describe('redaction in real Chromium', () => {
  const { h } = useExtension({ realViewport: true, out: OUT, checkRequests: false });
  beforeAll(() => h.serve(URL, PAGE));

  it('a capture commits its parts; a redacted copy from the dashboard verifies, and a tampered byte or pixel fails', async () => {
    const page = await h.context.newPage();
    await page.goto(URL);
    const popup = await h.openPopup(await h.tabIdOf(page));
    await popup.getByText('Capture options').click();
    await popup.getByLabel('File under').selectOption({ label: 'A new complaint' });
    await popup.getByRole('button', { name: 'Capture evidence' }).click();
    await popup.getByText(/^Saved at/).waitFor({ timeout: 45_000 });

    const ext = await h.openExtensionPage('dashboard.html');
    const rec = (await records(ext)).at(-1)! as Awaited<ReturnType<typeof records>>[number] & {
      saltKey?: string;
      meta: { commitments?: { scheme: string; files: { file: string; kind: string }[] } };
    };
    expect(rec.meta.commitments?.scheme).toBe('ww-salted-parts-1');
    expect(rec.meta.commitments?.files.map((f) => [f.file, f.kind])).toEqual([
      ['page.html', 'text'],
      ['screenshot.png', 'image'],
    ]);
    expect(rec.saltKey).toMatch(/^[0-9a-f]{64}$/);

    await ext.goto(`chrome-extension://${h.extensionId}/dashboard.html#case=${rec.caseId}`);
    await ext
      .getByRole('button', { name: /^Open evidence captured/ })
      .first()
      .click();
    await ext.locator('summary', { hasText: 'Redacted copy' }).click();
    // Suggested from the page: the e-mail address, the phone number and the IBAN.
    for (const s of ['alice.example@example.org', '+44 20 7946 0958', 'GB29 NWBK 6016 1331 9268 19'])
      await expect(ext.getByRole('checkbox', { name: s }).isChecked()).resolves.toBe(true);
    await ext.getByLabel('Also hide').fill('Alice Example');
    await ext.getByRole('button', { name: 'Add', exact: true }).click();
    // A box over the top-left corner of the screenshot, drawn with the mouse.
    const img = ext.locator('.redact-canvas img');
    await img.scrollIntoViewIfNeeded();
    const box = (await img.boundingBox())!;
    await ext.mouse.move(box.x + 5, box.y + 5);
    await ext.mouse.down();
    await ext.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.1, { steps: 4 });
    await ext.mouse.up();
    await expect(ext.getByText(/^Area \d+ × \d+ at/).count()).resolves.toBe(1);
    await h.shot(ext, 'redact-panel', OUT);
    const [download] = await Promise.all([
      ext.waitForEvent('download'),
      ext.getByRole('button', { name: 'Download redacted copy' }).click(),
    ]);
    await ext.getByText(/^Redacted copy downloaded: \d+ text part\(s\) and \d+ image square\(s\) taken out\.$/).waitFor();
    const zipPath = path.join(OUT, download.suggestedFilename());
    await download.saveAs(zipPath);
    const files = unzipSync(readFileSync(zipPath));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'page.html', 'redaction.json', 'screenshot.png', 'verify-redaction.py']);
    const html = new TextDecoder().decode(files['page.html']);
    for (const s of ['Alice', 'alice.example@example.org', '7946', 'NWBK']) expect(html).not.toContain(s);
    expect(html).toContain('was declined by your bank');
    writeFileSync(path.join(OUT, 'redacted-screenshot.png'), files['screenshot.png']!);
    writeFileSync(path.join(OUT, 'redacted-page.html'), files['page.html']!);

    const good = verify(files);
    expect(good.out).toContain(`digest ${rec.digest}`);
    expect(good.ok, good.out).toBe(true);

    const byte = verify(files, (f) => {
      const at = Buffer.from(f['page.html']!).indexOf('declined by');
      f['page.html'] = Uint8Array.from(f['page.html']!, (b, i) => (i === at ? b ^ 0x20 : b));
    });
    expect(byte.ok).toBe(false);
    expect(byte.out).toContain('FAILED page.html');

    const pixel = verify(files, (f) => {
      const png = decode(f['screenshot.png']!);
      const data = Uint8Array.from(png.data as Uint8Array);
      const at = ((png.height - 1) * png.width + png.width - 1) * png.channels; // bottom right: not boxed
      data[at] = data[at]! ^ 1;
      f['screenshot.png'] = encode({ width: png.width, height: png.height, data, channels: png.channels, depth: 8 });
    });
    expect(pixel.ok).toBe(false);
    expect(pixel.out).toContain('FAILED screenshot.png');

    // The salts' key never leaves the browser in a bundle.
    const [bundle] = await Promise.all([ext.waitForEvent('download'), ext.getByRole('button', { name: 'Export bundle' }).click()]);
    const bundlePath = path.join(OUT, 'bundle.zip');
    await bundle.saveAs(bundlePath);
    const unpacked = unzipSync(readFileSync(bundlePath));
    const manifest = new TextDecoder().decode(unpacked['manifest.json']);
    expect(manifest).toContain('ww-salted-parts-1');
    expect(manifest).not.toContain(rec.saltKey);
  });
});
