import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { decode } from 'fast-png';
import { SHOTS } from './harness';
import { blobBytes, records } from './idb';
import { useExtension } from './use-extension';

const OUT = path.join(SHOTS, 'pane');
const URL = 'https://www.binance.com/en/chat/support';
const TOP = [220, 40, 40];
const BOTTOM = [40, 60, 220];
/** A support chat of 30 messages in a 400 px pane; the first is red, the last blue, the rest grey. */
const messages = Array.from({ length: 30 }, (_, i) => {
  const bg = i === 0 ? `rgb(${TOP})` : i === 29 ? `rgb(${BOTTOM})` : '#eee';
  return `<div class="msg" style="background:${bg}">Message ${i + 1}: ${i % 2 ? 'Agent Lin' : 'Me'} wrote line ${i + 1}</div>`;
}).join('');
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Support chat – Binance</title>
<style>body{margin:0;font:15px sans-serif}header{height:80px;background:#222;color:#fff;padding:20px}
#chat{position:absolute;top:120px;left:100px;width:500px;height:400px;overflow-y:auto;border:2px solid #999}
.msg{height:60px;margin:0;padding:8px;box-sizing:border-box;border-bottom:1px solid #ccc}</style></head>
<body><header>Chat with support</header><div id="chat">${messages}</div><p style="margin-top:600px">Case 2026-1207-55</p></body></html>`;

describe('scrolling pane capture in real Chromium', () => {
  const { h } = useExtension({ realViewport: true, out: OUT, checkRequests: false });
  beforeAll(() => h.serve(URL, PAGE));

  it('scrolls a 30-message chat pane, stitches it whole and keeps its text', async () => {
    const page = await h.context.newPage();
    await page.goto(URL);
    await page.evaluate(() => {
      document.getElementById('chat')!.scrollTop = 500;
    });
    const popup = await h.openPopup(await h.tabIdOf(page));
    await popup.getByText('Capture options').click();
    await popup.getByLabel('Scrolling pane: chat or list (scrolls it)').check();
    await popup.getByLabel('Also a copy with the address and time below it').check();
    await popup.getByRole('button', { name: 'Capture evidence' }).click();
    await popup.getByText(/^Capturing screen \d+ of \d+/).waitFor({ timeout: 20_000 });
    await popup.getByText(/^Saved at/).waitFor({ timeout: 60_000 });
    await expect(popup.getByText(/^Scrolling pane: \d+ screens stitched, its text kept\.$/).count()).resolves.toBe(1);
    await h.shot(popup, 'popup-after-pane', OUT);
    // The pane is back where the user had it.
    await expect(page.evaluate(() => document.getElementById('chat')!.scrollTop)).resolves.toBe(500);

    const ext = await h.openExtensionPage('dashboard.html');
    const rec = (await records(ext)).at(-1)!;
    const art = (name: string) => rec.artifacts.find((a) => a.name === name)!;
    const png = await blobBytes(ext, art('pane.png').blobId);
    writeFileSync(path.join(OUT, 'pane.png'), png);
    const img = decode(png);
    const dpr = rec.meta!.viewport.devicePixelRatio;
    // 30 messages of 60 px: 1800 CSS px, the pane's inner width 500 px.
    expect(img.height).toBe(Math.round(1800 * dpr));
    expect(img.width).toBe(Math.round(500 * dpr));
    const px = (x: number, y: number) => [...img.data.subarray((y * img.width + x) * img.channels, (y * img.width + x) * img.channels + 3)];
    expect(px(Math.round(450 * dpr), Math.round(30 * dpr))).toEqual(TOP);
    expect(px(Math.round(450 * dpr), img.height - Math.round(30 * dpr))).toEqual(BOTTOM);
    const text = (await blobBytes(ext, art('pane.txt').blobId)).toString('utf8');
    expect(text).toContain('Message 1: Me wrote line 1');
    expect(text).toContain('Message 30: Agent Lin wrote line 30');
    expect(text.split('\n').filter((l) => l.startsWith('Message ')).length).toBe(30);
    // The pane's text is also in the snapshot, and pane.png and pane.txt are committed for redaction.
    expect((await blobBytes(ext, art('page.html').blobId)).toString('utf8')).toContain('Message 30: Agent Lin');
    const commitments = (rec.meta as { commitments?: { files: { file: string }[] } }).commitments!;
    expect(commitments.files.map((f) => f.file)).toEqual(['page.html', 'pane.png', 'pane.txt', 'screenshot.png']);

    // The caption strip is a copy: screenshot.png is as shot, the copy has it above a strip.
    const shot = decode(await blobBytes(ext, art('screenshot.png').blobId));
    const captioned = await blobBytes(ext, art('screenshot-captioned.png').blobId);
    writeFileSync(path.join(OUT, 'screenshot-captioned.png'), captioned);
    const cap = decode(captioned);
    expect(cap.width).toBe(shot.width);
    expect(cap.height).toBe(shot.height + Math.round(32 * dpr));
    /** RGB of every pixel of row y (the PNGs may differ in having an alpha channel). */
    const rgbRow = (im: typeof shot, y: number) =>
      Array.from({ length: im.width * 3 }, (_, k) => im.data[(y * im.width + Math.floor(k / 3)) * im.channels + (k % 3)]);
    for (const y of [0, Math.floor(shot.height / 2), shot.height - 1]) expect(rgbRow(cap, y)).toEqual(rgbRow(shot, y));
    expect([...cap.data.subarray((cap.height - 2) * cap.width * cap.channels, (cap.height - 2) * cap.width * cap.channels + 3)]).toEqual([
      27, 27, 27,
    ]);
  });

  it('Cancel stops a pane capture and saves nothing', async () => {
    const page = await h.context.newPage();
    await page.goto(URL);
    const ext = await h.openExtensionPage('dashboard.html');
    const before = (await records(ext)).length;
    const popup = await h.openPopup(await h.tabIdOf(page));
    await popup.getByText('Capture options').click();
    await popup.getByLabel('Scrolling pane: chat or list (scrolls it)').check();
    await popup.getByRole('button', { name: 'Capture evidence' }).click();
    await popup.getByRole('button', { name: 'Cancel' }).click({ timeout: 20_000 });
    await popup.getByText('Capture cancelled. Nothing was saved.').waitFor({ timeout: 20_000 });
    await h.shot(popup, 'popup-pane-cancelled', OUT);
    expect((await records(ext)).length).toBe(before);
  });
});
