import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../lib/report/png-size';
import { SHOTS } from './harness';
import { records, type StoredRecord } from './idb';
import { useExtension } from './use-extension';

const OUT = path.join(SHOTS, 'report-html');
const LONG_URL = 'https://www.paypal.com/myaccount/activity/all';

/** A long activity page of numbered text lines (so a cut through a line would show), about 4 screens. */
function activityPage(): string {
  const rows = Array.from(
    { length: 70 },
    (_, k) =>
      `<li style="background:${k % 2 ? '#fff' : '#eef3fb'}">Line ${k + 1}: payment to Shop ${k + 1}, reference 8RT0${1000 + k}, ${(k * 13.5 + 20).toFixed(2)} USD</li>`,
  ).join('');
  return `<!doctype html><html><head><title>Activity: all transactions</title><style>body{margin:0;font:20px/1.6 sans-serif}
h1{margin:0;padding:24px 40px;background:#003087;color:#fff}ul{margin:0;padding:0 40px;list-style:none}li{height:48px;line-height:48px;border-bottom:1px solid #ccd}</style></head>
<body><h1>Activity</h1><ul>${rows}</ul></body></html>`;
}

describe('report.html: every image at the page width, tall ones in print slices, every file digest', () => {
  const { h, track, dir } = useExtension({ realViewport: true, out: OUT, tmp: 'ww-report-html-' });
  let report: Page;
  let rec: StoredRecord;
  const requests: string[] = [];

  beforeAll(() => h.serve(LONG_URL, activityPage()));

  it('a whole-page capture exported from the dashboard: report.html from the unzipped bundle shows every digest and decodes every slice', async () => {
    const page = track(await h.context.newPage());
    await page.goto(LONG_URL);
    const popup = track(await h.openPopup(await h.tabIdOf(page)));
    await popup.getByText('Capture options').click();
    await popup.getByLabel('Whole page (scrolls)').check();
    await popup.getByLabel('File under').selectOption({ label: 'A new complaint' });
    await popup.getByRole('button', { name: 'Capture evidence' }).click();
    await popup.getByText(/^Saved at/).waitFor({ timeout: 60_000 });
    await popup.close();

    const dash = track(await h.openExtensionPage('dashboard.html'));
    rec = (await records(dash)).filter((r) => r.kind === 'capture').at(-1)!;
    expect(rec.artifacts.map((a) => a.name)).toEqual(expect.arrayContaining(['screenshot.png', 'full-page.png', 'page.html']));
    await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#case=${rec.caseId}`);
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: 'Export bundle' }).click()]);
    const files = unzipSync(new Uint8Array(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c))));
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), data);
    }
    execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir });

    report = track(await h.context.newPage());
    report.on('request', (r) => {
      if (!/^(data|file):/.test(r.url())) requests.push(r.url());
    });
    await report.goto(`file://${path.join(dir, 'report.html')}`);
    const text = (await report.locator('body').textContent()) ?? '';
    expect(text).toContain(rec.digest);
    for (const a of rec.artifacts) expect(text, a.name).toContain(a.sha256);

    // Every <img> decodes in the browser; the full page is in slices at most 1.2 widths tall that
    // together cover it, and each slice shows the same pixels as the file at its rows.
    const full = files[`evidence/${rec.seq}-${rec.id}/full-page.png`]!;
    const size = pngSize(full)!;
    const check = await report.evaluate(async (fullB64) => {
      const imgs = [...document.images];
      const decoded = await Promise.all(imgs.map((i) => i.decode().then(() => i.naturalWidth > 0)));
      const bytes = Uint8Array.from(atob(fullB64), (c) => c.charCodeAt(0));
      const whole = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const pixels = (src: CanvasImageSource, w: number, h: number) => {
        const c = new OffscreenCanvas(w, h);
        const ctx = c.getContext('2d')!;
        ctx.drawImage(src, 0, 0);
        return ctx.getImageData(0, 0, w, h).data;
      };
      const all = pixels(whole, whole.width, whole.height);
      const slices = imgs.filter((i) => i.alt.startsWith('full-page.png'));
      const captions = slices.map((i) => i.closest('figure')!.querySelector('figcaption')!.textContent ?? '');
      let mismatched = 0;
      for (const [k, img] of slices.entries()) {
        const top = Number(/pixel rows (\d+)/.exec(captions[k]!)?.[1] ?? (k ? Number.NaN : 0));
        const own = pixels(img, img.naturalWidth, img.naturalHeight);
        for (let y = 0; y < img.naturalHeight; y += 7)
          for (let x = 0; x < img.naturalWidth; x += 53) {
            const a = (y * img.naturalWidth + x) * 4;
            const b = ((top + y) * whole.width + x) * 4;
            if (own[a] !== all[b] || own[a + 1] !== all[b + 1] || own[a + 2] !== all[b + 2]) mismatched++;
          }
      }
      return { decoded, sizes: slices.map((i) => [i.naturalWidth, i.naturalHeight]), captions, mismatched, count: imgs.length };
    }, Buffer.from(full).toString('base64'));
    expect(check.decoded.every(Boolean)).toBe(true);
    expect(check.count).toBe(1 + check.sizes.length);
    expect(check.sizes.length).toBe(Math.max(1, Math.ceil((size.height - 36) / (Math.round(size.width * 1.2) - 36))));
    expect(check.sizes.length).toBeGreaterThan(1);
    for (const [w, hgt] of check.sizes) {
      expect(w).toBe(size.width);
      expect(hgt).toBeLessThanOrEqual(Math.round(size.width * 1.2));
    }
    expect(check.mismatched).toBe(0);
    expect(requests, 'report.html made requests').toEqual([]);
    await h.shot(report, 'report-html', OUT);
    console.log(
      `report.html ${files['report.html']!.byteLength} bytes; full-page.png ${size.width}×${size.height} in ${check.sizes.length} slices`,
    );
  }, 180_000);

  it('prints to PDF with every digest in its text and every slice whole on a page', async () => {
    const file = path.join(dir, 'printed.pdf');
    await report.emulateMedia({ media: 'print' });
    // The margins Chromium's print dialog uses by default ("Default": 0.4 in), as a clerk would print it.
    const margin = { top: '0.4in', bottom: '0.4in', left: '0.4in', right: '0.4in' };
    writeFileSync(file, await report.pdf({ format: 'A4', printBackground: true, margin }));
    const text = execFileSync('pdftotext', [file, '-']).toString('utf8');
    expect(text).toContain(rec.digest);
    for (const a of rec.artifacts) expect(text, a.name).toContain(a.sha256);
    const pagesCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
    // Each slice image lands whole on one page: pdfimages lists one image per slice (a slice cut
    // across two pages would be listed twice), each drawn no smaller than 70 % of the page width.
    const list = execFileSync('pdfimages', ['-list', file])
      .toString('utf8')
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    console.log(`printed report.html: ${pagesCount} A4 pages, ${list.length} images`);
    execFileSync('pdftoppm', ['-png', '-r', '40', file, path.join(OUT, 'printed')]);
    expect(list.length).toBe(await report.locator('img').count());
    // Columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi ...
    const rows = list.map((l) => l.trim().split(/\s+/));
    const drawnInches = rows.map((c) => Number(c[3]) / Number(c[12]));
    // A4 (8.27 in) less Chromium's default margins (0.4 in each side) is about 7.5 in of text width.
    for (const w of drawnInches) expect(w).toBeGreaterThan(0.7 * 7.47);
    // The slices (every image but the first, the visible screenshot) are each on a page of their own.
    const slicePages = rows.slice(1).map((c) => c[0]);
    expect(new Set(slicePages).size).toBe(slicePages.length);
    console.log(`images drawn ${drawnInches.map((w) => w.toFixed(2)).join(', ')} in wide on pages ${rows.map((c) => c[0]).join(', ')}`);
  }, 120_000);
});
