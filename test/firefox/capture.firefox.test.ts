// Issue 17: one-click and whole-page capture in a real Firefox, stored and hashed as in Chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../e2e/demo-pages';
import { BAND_COLOURS, colourPage, longPage } from '../e2e/evidence-pages';
import { until } from '../e2e/harness';
import { blobBytes, blobInfo, counts, pngPixels, records, type StoredRecord } from '../e2e/idb';
import { captureFromPopup } from './capture-helpers';
import { click, find, waitText } from './dom';
import { keepShotOnFailure } from './failure-shots';
import { launch, SHOTS, type FirefoxHarness } from './harness';

const FAILED = DEMO_PAGES[0];
const OUT = path.join(SHOTS, 'evidence');
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/;

const artifact = (r: StoredRecord, name: string) => r.artifacts.find((a) => a.name === name)!;

describe('Firefox: capture', () => {
  let h: FirefoxHarness;
  const pages: Page[] = [];
  beforeAll(async () => {
    h = await launch();
    for (const p of DEMO_PAGES) h.serve(p.url, { file: p.file });
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    expect(h.extensionRequests, 'the extension (or Firefox) made network requests').toEqual([]);
    await h?.close();
  });
  afterEach(keepShotOnFailure(() => [h, pages]));

  async function open(url: string, html?: string) {
    if (html) h.serve(url, html);
    const opened = await h.open(url);
    pages.push(opened.page);
    return opened;
  }
  async function popupFor(tabId: number): Promise<Page> {
    const popup = await h.openPopup(tabId);
    pages.push(popup);
    return popup;
  }
  const newest = async (): Promise<StoredRecord> => (await records(h.db)).filter((r) => r.kind === 'capture').at(-1)!;

  it('one click: screenshot and page snapshot, hashed and stored with a new complaint; no MHTML (Firefox has none), and it says so', async () => {
    const failed = await open(FAILED.url);
    await until(
      () => h.badge(failed.tabId),
      (b) => b === '!',
    );
    const before = await counts(h.db);
    const popup = await popupFor(failed.tabId);
    await click(popup, 'button', 'Capture options');
    expect(await popup.evaluate(() => document.body.textContent)).not.toContain('Also save an MHTML archive');
    await waitText(popup, /Firefox cannot save MHTML archives/);
    await click(popup, 'button', 'Capture options');
    const run = await captureFromPopup(popup);
    expect(run.text).toMatch(/^Saved at/);

    const rec = await newest();
    expect(rec.artifacts.map((a) => a.name)).toEqual(['screenshot.png', 'page.html']);
    for (const a of rec.artifacts) expect(await blobInfo(h.db, a.blobId), a.name).toMatchObject({ sha256: a.sha256, size: a.size });
    expect(rec.meta).toMatchObject({ url: FAILED.url, title: expect.stringMatching(/PayPal/i) });
    expect(rec.meta!.capturedAt).toMatch(ISO_WITH_OFFSET);
    expect(rec.caseId).toEqual(expect.any(String));
    expect(await counts(h.db)).toEqual({
      cases: before.cases + 1,
      evidence: before.evidence + 1,
      blobs: before.blobs + 2,
      events: before.events + 2,
    });
    expect(run.text).toContain(`SHA-256: ${rec.digest.slice(0, 24)}…`);
    // The screenshot is the tab's viewport at its pixel ratio.
    const view = await failed.page.evaluate(() => ({ width: innerWidth * devicePixelRatio, height: innerHeight * devicePixelRatio }));
    expect(await pngPixels(h.db, artifact(rec, 'screenshot.png').blobId, [])).toMatchObject(view);
    const snapshot = (await blobBytes(h.db, artifact(rec, 'page.html').blobId)).toString('utf8');
    expect(snapshot).toContain('7XK48512TN3390215');
    expect(snapshot).not.toMatch(/<script/i);
    await find(popup, 'img', 'Preview of the captured page');
    // The popup follows the database the background wrote to: the new complaint is listed (in
    // the history, folded on a wallet page).
    // 15 s: under load (the whole suite after the Chromium one) the popup's live query took over 5 s once.
    await popup.waitForSelector('section.history .case-list li button', { timeout: 15_000 });
    await h.shot(popup, 'popup-after-capture', OUT);
    writeFileSync(path.join(OUT, 'demo-screenshot.png'), await blobBytes(h.db, artifact(rec, 'screenshot.png').blobId));
  });

  it('acts on tab N of ?tabId=N: brings N to the front and shoots N, not the active tab', async () => {
    const n = await open('https://www.paypal.com/myaccount/summary', colourPage('Tab N summary', '#c62828'));
    const other = await open('https://www.paypal.com/myaccount/wallet', colourPage('Another tab', '#1565c0'));
    const tabs = await h.api(([a, b]) => Promise.all([browser.tabs.get(a!), browser.tabs.get(b!)]), [n.tabId, other.tabId]);
    expect(tabs[0].windowId).toBe(tabs[1].windowId);
    expect(tabs[0].active).toBe(false);
    const popup = await popupFor(n.tabId);
    await captureFromPopup(popup);
    expect(await h.api((id) => browser.tabs.get(id).then((t) => t.active), n.tabId)).toBe(true);
    const rec = await newest();
    expect(rec.meta!.title).toBe('Tab N summary');
    const { rgb } = await pngPixels(h.db, artifact(rec, 'screenshot.png').blobId, [
      [600, 600],
      [1000, 300],
    ]);
    for (const px of rgb) expect(px).toEqual([0xc6, 0x28, 0x28]);
  });

  it('captures the whole page: screen i of n in the popup, stitched in order, fixed header once, scroll restored', async () => {
    const long = await open('https://www.paypal.com/myaccount/activity/all', longPage('Activity', 4));
    await long.page.evaluate(() => window.scrollTo(0, 1000));
    const popup = await popupFor(long.tabId);
    const run = await captureFromPopup(popup, { fullPage: true });
    expect(run.statuses[0]).toMatch(/Reading the page…/);
    for (let i = 1; i <= 4; i++)
      expect(
        run.statuses.some((s) => s.includes(`Capturing screen ${i} of 4`)),
        `screen ${i}`,
      ).toBe(true);
    expect(run.statuses.at(-2)).toBe('Saving and hashing…');
    expect(run.text).toContain('Whole page: 4 screens stitched.');
    expect(await long.page.evaluate(() => window.scrollY)).toBe(1000);

    const rec = await newest();
    const full = artifact(rec, 'full-page.png');
    const { scrollHeight, width, dpr, vh } = await long.page.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      width: innerWidth,
      dpr: devicePixelRatio,
      vh: innerHeight,
    }));
    const centres: [number, number][] = [0, 1, 2, 3].map((k) => [width - 100, Math.round((k * 800 + 700) * dpr)]);
    const img = await pngPixels(h.db, full.blobId, centres);
    expect(img.height).toBe(Math.round(scrollHeight * dpr));
    expect(img.width).toBe(Math.round(width * dpr));
    const hex = (c: string) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16));
    expect(img.rgb).toEqual(BAND_COLOURS.slice(0, 4).map(hex));
    const tops = await pngPixels(
      h.db,
      full.blobId,
      [10, vh + 10, 2 * vh + 10, scrollHeight - vh + 10].map((y) => [width - 100, Math.round(y * dpr)]),
    );
    expect(tops.rgb[0]).toEqual([0x21, 0x21, 0x21]);
    for (const px of tops.rgb.slice(1)) expect(px).not.toEqual([0x21, 0x21, 0x21]);
    writeFileSync(path.join(OUT, 'long-full-page.png'), await blobBytes(h.db, full.blobId));
  });
});
