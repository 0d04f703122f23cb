import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch, SHOTS, until, type Harness } from './harness';
import { DEMO_PAGES } from './demo-pages';
import { keepShotOnFailure } from './failure-shots';
import { BAND_COLOURS, colourPage, longPage } from './evidence-pages';
import { blobBytes, blobInfo, counts, pngPixels, records, type StoredRecord } from './idb';

const FAILED = DEMO_PAGES[0];
const OUT = path.join(SHOTS, 'evidence');
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/;
const timings: Record<string, number> = {};

/** Everything the popup's status line showed during one capture, in order, and how long it took. */
interface PopupCapture { statuses: string[]; ms: number; text: string }

/** Click "Capture evidence" in a popup; record every status text until it says saved or failed. */
export async function captureFromPopup(popup: Page, opts: { fullPage?: boolean; mhtml?: boolean; fileUnder?: string } = {}): Promise<PopupCapture> {
  const button = popup.getByRole('button', { name: 'Capture evidence' });
  await button.waitFor();
  if (opts.fullPage || opts.mhtml || opts.fileUnder) await popup.getByText('Capture options').click();
  if (opts.fullPage) await popup.getByLabel('Whole page (scrolls)').check();
  if (opts.mhtml) await popup.getByLabel('Also save an MHTML archive').check();
  if (opts.fileUnder) await popup.getByLabel('File under').selectOption({ label: opts.fileUnder });
  // A MutationObserver sees every render of the status line, even between two polls.
  await popup.evaluate(() => {
    const el = document.querySelector('.capture-status')!;
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const text = el.textContent ?? '';
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(el, { subtree: true, childList: true, characterData: true });
  });
  const t0 = Date.now();
  await button.click();
  await popup.getByText(/^(Saved at|Capture failed)/).waitFor({ timeout: 45_000 });
  const ms = Date.now() - t0;
  const statuses = await popup.evaluate(() => (window as unknown as { seen: string[] }).seen);
  return { statuses, ms, text: (await popup.locator('.capture-status').textContent()) ?? '' };
}

describe('evidence: one-click capture in real Chromium', () => {
  let h: Harness;
  let ext: Page; // an extension page, to read IndexedDB from
  const pages: Page[] = [];
  beforeAll(async () => {
    h = await launch({ realViewport: true });
    for (const p of DEMO_PAGES) h.serve(p.url, { file: p.file });
    mkdirSync(OUT, { recursive: true });
    ext = await h.openExtensionPage('dashboard.html');
  });
  afterAll(async () => {
    expect(h.extensionRequests, 'the extension made network requests').toEqual([]);
    await h?.close();
  });
  afterEach(keepShotOnFailure(() => [h, pages]));

  async function open(url: string, html?: string): Promise<{ page: Page; tabId: number }> {
    if (html) h.serve(url, html);
    const page = await h.context.newPage();
    pages.push(page);
    await page.goto(url);
    return { page, tabId: await h.tabIdOf(page) };
  }
  async function popupFor(tabId: number): Promise<Page> {
    // Not resized: one page's viewport size is the whole window's, and the tabs share the window.
    const popup = await h.openPopup(tabId);
    pages.push(popup);
    return popup;
  }
  const newest = async (): Promise<StoredRecord> => (await records(ext)).filter((r) => r.kind === 'capture').at(-1)!;
  const artifact = (r: StoredRecord, name: string) => r.artifacts.find((a) => a.name === name)!;
  async function keep(r: StoredRecord, name: string, as: string): Promise<void> {
    writeFileSync(path.join(OUT, as), await blobBytes(ext, artifact(r, name).blobId));
  }

  it('captures from the popup: progress, then thumbnail, time and digest; record, artifacts and SHA-256 in IndexedDB', async () => {
    const failed = await open(FAILED.url);
    await until(() => h.badge(failed.tabId), (b) => b === '!');
    const before = await counts(ext);
    const popup = await popupFor(failed.tabId);
    const run = await captureFromPopup(popup);
    timings.visibleDemoPageMs = run.ms;

    expect(run.statuses[0]).toMatch(/Reading the page…/);
    expect(run.statuses.some((s) => s.includes('Saving and hashing…'))).toBe(true);
    const rec = await newest();
    expect(rec.artifacts.map((a) => a.name)).toEqual(['screenshot.png', 'page.html', 'thumbnail.png']);
    for (const a of rec.artifacts) {
      const stored = await blobInfo(ext, a.blobId);
      expect(stored, a.name).toMatchObject({ sha256: a.sha256, size: a.size });
    }
    expect(rec.meta).toMatchObject({ url: FAILED.url, title: expect.stringMatching(/PayPal/i) });
    expect(rec.meta!.capturedAt).toMatch(ISO_WITH_OFFSET);
    // A failed payment starts a complaint with the capture, in the same transaction.
    expect(rec.caseId).toEqual(expect.any(String));
    expect(await counts(ext)).toEqual({ ...before, cases: before.cases + 1, evidence: before.evidence + 1, blobs: before.blobs + 3, events: before.events + 2 });

    await popup.bringToFront();
    await expect(popup.getByRole('img', { name: 'Preview of the captured page' }).isVisible()).resolves.toBe(true);
    expect(run.text).toContain(`SHA-256: ${rec.digest.slice(0, 24)}…`);
    expect(run.text).toMatch(/Saved at \d{1,2} \w{3} \d{4}, \d\d:\d\d/);
    const view = await failed.page.evaluate(() => ({ width: innerWidth * devicePixelRatio, height: innerHeight * devicePixelRatio }));
    const shot = await pngPixels(ext, artifact(rec, 'screenshot.png').blobId, []);
    expect(shot).toMatchObject(view);
    expect((await pngPixels(ext, artifact(rec, 'thumbnail.png').blobId, [])).width).toBe(320);
    await popup.locator('.capture').screenshot({ path: path.join(OUT, 'popup-after-capture.png') });
    await keep(rec, 'screenshot.png', 'demo-screenshot.png');
  });

  it('acts on tab N of ?tabId=N: brings N to the front of its window and shoots N, not the active tab', async () => {
    const n = await open('https://www.paypal.com/myaccount/summary', colourPage('Tab N summary', '#c62828'));
    const other = await open('https://www.paypal.com/myaccount/wallet', colourPage('Another tab', '#1565c0'));
    const sw = await h.worker();
    const tabs = await sw.evaluate(async ([a, b]) => Promise.all([chrome.tabs.get(a!), chrome.tabs.get(b!)]), [n.tabId, other.tabId]);
    expect(tabs[0].windowId).toBe(tabs[1].windowId);
    expect(tabs[0].active).toBe(false);

    const popup = await popupFor(n.tabId);
    await captureFromPopup(popup);
    expect(await sw.evaluate((id) => chrome.tabs.get(id).then((t) => t.active), n.tabId)).toBe(true);
    const rec = await newest();
    expect(rec.meta!.title).toBe('Tab N summary');
    expect((await blobInfo(ext, artifact(rec, 'page.html').blobId))!.head).toContain('Tab N summary');
    const { rgb } = await pngPixels(ext, artifact(rec, 'screenshot.png').blobId, [[600, 600], [1000, 300]]);
    for (const px of rgb) expect(px).toEqual([0xc6, 0x28, 0x28]);
    await keep(rec, 'screenshot.png', 'tab-n-screenshot.png');
  });

  it('captures the whole page: screen i of n in the popup, at most 2 shots a second, stitched in order, scroll restored', async () => {
    const long = await open('https://www.paypal.com/myaccount/activity/all', longPage('Activity', 4));
    await long.page.evaluate(() => window.scrollTo(0, 1000));
    const popup = await popupFor(long.tabId);
    const run = await captureFromPopup(popup, { fullPage: true });
    timings.fullPage4ScreensMs = run.ms;
    timings.perScreenMs = Math.round(run.ms / 4);

    for (let i = 1; i <= 4; i++) expect(run.statuses.some((s) => s.includes(`Capturing screen ${i} of 4`)), `screen ${i}`).toBe(true);
    // The visible shot plus 4 screens (the page was scrolled, so nothing is reused): 5 calls, ≥ 4 gaps of 0.5 s.
    expect(run.ms).toBeGreaterThanOrEqual(4 * 500);
    expect(run.text).toContain('Whole page: 4 screens stitched.');
    expect(await long.page.evaluate(() => window.scrollY)).toBe(1000);

    const rec = await newest();
    const full = artifact(rec, 'full-page.png');
    const { scrollHeight, width, dpr } = await long.page.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, width: innerWidth, dpr: devicePixelRatio }));
    const bandCentres: [number, number][] = [0, 1, 2, 3].map((k) => [width - 100, Math.round((k * 800 + 700) * dpr)]);
    const img = await pngPixels(ext, full.blobId, bandCentres);
    expect(img.height).toBe(Math.round(scrollHeight * dpr));
    expect(img.width).toBe(Math.round(width * dpr));
    const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
    expect(img.rgb).toEqual(BAND_COLOURS.slice(0, 4).map(hex));
    // The fixed header shows once, at the top, not on every screen; the page gets it back.
    const vh = await long.page.evaluate(() => innerHeight);
    const tops = await pngPixels(ext, full.blobId, [10, vh + 10, 2 * vh + 10, scrollHeight - vh + 10].map((y) => [width - 100, Math.round(y * dpr)]));
    expect(tops.rgb[0]).toEqual([0x21, 0x21, 0x21]);
    for (const px of tops.rgb.slice(1)) expect(px).not.toEqual([0x21, 0x21, 0x21]);
    expect(await long.page.evaluate(() => getComputedStyle(document.querySelector('header')!).visibility)).toBe('visible');
    await keep(rec, 'full-page.png', 'long-full-page.png');
  });

  it('times the demo page (visible, and with "Whole page")', async () => {
    const failed = await open(FAILED.url);
    const height = await failed.page.evaluate(() => document.documentElement.scrollHeight);
    const run = await captureFromPopup(await popupFor(failed.tabId), { fullPage: true });
    timings.demoPageFullPageMs = run.ms;
    timings.demoPageScrollHeight = height;
    const rec = await newest();
    // One screen or less: the visible screenshot is the whole page, no second image.
    if (height <= (await failed.page.evaluate(() => innerHeight))) expect(rec.artifacts.map((a) => a.name)).not.toContain('full-page.png');
    else expect(rec.artifacts.map((a) => a.name)).toContain('full-page.png');
  });

  it(`stops at MAX_SCREENS (20) and says so`, async () => {
    const long = await open('https://www.paypal.com/myaccount/activity/year', longPage('Year', 26));
    const run = await captureFromPopup(await popupFor(long.tabId), { fullPage: true });
    timings.fullPage20ScreensMs = run.ms;
    expect(run.statuses.some((s) => s.includes('Capturing screen 20 of 20'))).toBe(true);
    expect(run.statuses.some((s) => / of (2[1-9])/.test(s))).toBe(false);
    expect(run.text).toContain('The page is longer than 20 screens');
    const vh = await long.page.evaluate(() => innerHeight * devicePixelRatio);
    const img = await pngPixels(ext, artifact(await newest(), 'full-page.png').blobId, []);
    expect(img.height).toBe(20 * vh);
  }, 60_000);

  afterAll(() => {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
    console.log('capture timings', timings);
  });
});
