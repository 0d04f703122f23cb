import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, SHOTS, until } from './harness';
import { DEMO_PAGES } from './demo-pages';
import { BAND_COLOURS, colourPage, longPage, MARKER, markerPage, variantBuild } from './evidence-pages';
import {
  blobBytes,
  blobInfo,
  counts,
  flipBlobByte,
  imports,
  pngPixels,
  records,
  replaceBlobWithHtml,
  setStoredTitle,
  type StoredRecord,
} from './idb';
import { useExtension } from './use-extension';

const FAILED = DEMO_PAGES[0];
const OUT = path.join(SHOTS, 'evidence');
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/;
const timings: Record<string, number> = {};
/** The PayPal complaint the first capture starts; later tests verify, export and import it. */
let demoCaseId = '';
let bundlePath = '';

/** Everything the popup's status line showed during one capture, in order, and how long it took. */
interface PopupCapture {
  statuses: string[];
  ms: number;
  text: string;
}

/** Click "Capture evidence" in a popup; record every status text until it says saved or failed. */
async function captureFromPopup(
  popup: Page,
  opts: { fullPage?: boolean; mhtml?: boolean; fileUnder?: string } = {},
): Promise<PopupCapture> {
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

const artifact = (r: StoredRecord, name: string) => r.artifacts.find((a) => a.name === name)!;

describe('evidence: one-click capture in real Chromium', () => {
  const { h, track } = useExtension({ realViewport: true, serve: DEMO_PAGES, out: OUT });
  let ext: Page; // an extension page, to read IndexedDB from
  beforeAll(async () => {
    ext = await h.openExtensionPage('dashboard.html');
  });

  async function open(url: string, html?: string): Promise<{ page: Page; tabId: number }> {
    if (html) h.serve(url, html);
    const page = track(await h.context.newPage());
    await page.goto(url);
    return { page, tabId: await h.tabIdOf(page) };
  }
  async function popupFor(tabId: number): Promise<Page> {
    // Not resized: one page's viewport size is the whole window's, and the tabs share the window.
    const popup = track(await h.openPopup(tabId));
    return popup;
  }
  const newest = async (): Promise<StoredRecord> => (await records(ext)).filter((r) => r.kind === 'capture').at(-1)!;
  async function keep(r: StoredRecord, name: string, as: string): Promise<void> {
    writeFileSync(path.join(OUT, as), await blobBytes(ext, artifact(r, name).blobId));
  }

  it('captures from the popup: busy, then time, digest and preview; record, artifacts and SHA-256 in IndexedDB', async () => {
    const failed = await open(FAILED.url);
    await until(
      () => h.badge(failed.tabId),
      (b) => b === '!',
    );
    const before = await counts(ext);
    const popup = await popupFor(failed.tabId);
    const run = await captureFromPopup(popup);
    timings.visibleDemoPageMs = run.ms;

    // A visible capture is too quick for steps: at most one busy line, shown only when it takes
    // longer than a flash (120 ms), until the result replaces it.
    const busy = run.statuses.slice(0, -1);
    expect(busy.length ? busy : ['Reading the page…']).toEqual(['Reading the page…']);
    const rec = await newest();
    // No thumbnail artifact: the preview is screenshot.png scaled down.
    expect(rec.artifacts.map((a) => a.name)).toEqual(['screenshot.png', 'page.html']);
    for (const a of rec.artifacts) {
      const stored = await blobInfo(ext, a.blobId);
      expect(stored, a.name).toMatchObject({ sha256: a.sha256, size: a.size });
    }
    expect(rec.meta).toMatchObject({ url: FAILED.url, title: expect.stringMatching(/PayPal/i) });
    expect(rec.meta!.capturedAt).toMatch(ISO_WITH_OFFSET);
    // A failed payment starts a complaint with the capture, in the same transaction.
    expect(rec.caseId).toEqual(expect.any(String));
    demoCaseId = rec.caseId!;
    expect(await counts(ext)).toEqual({
      ...before,
      cases: before.cases + 1,
      evidence: before.evidence + 1,
      blobs: before.blobs + 2,
      events: before.events + 2,
    });

    await popup.bringToFront();
    // The preview follows the result (one blob read).
    await popup.getByRole('img', { name: 'Preview of the captured page' }).waitFor({ state: 'visible', timeout: 5_000 });
    expect(run.text).toContain(`SHA-256: ${rec.digest.slice(0, 24)}…`);
    expect(run.text).toMatch(/Saved at \d{1,2} \w{3} \d{4}, \d\d:\d\d/);
    const view = await failed.page.evaluate(() => ({ width: innerWidth * devicePixelRatio, height: innerHeight * devicePixelRatio }));
    const shot = await pngPixels(ext, artifact(rec, 'screenshot.png').blobId, []);
    expect(shot).toMatchObject(view);
    expect(await popup.getByRole('img', { name: 'Preview of the captured page' }).evaluate((img: HTMLImageElement) => img.width)).toBe(96);
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
    const { rgb } = await pngPixels(ext, artifact(rec, 'screenshot.png').blobId, [
      [600, 600],
      [1000, 300],
    ]);
    for (const px of rgb) expect(px).toEqual([0xc6, 0x28, 0x28]);
    await keep(rec, 'screenshot.png', 'tab-n-screenshot.png');
  });

  it('from a popup window opened over the active tab: shoots at once, and still shoots N when another tab came to the front meanwhile', async () => {
    const n = await open('https://www.paypal.com/myaccount/transfer/n', colourPage('Tab N transfer', '#2e7d32'));
    const sw = await h.worker();
    await sw.evaluate((id) => chrome.tabs.update(id, { active: true }), n.tabId);
    // Like the toolbar popup: its own window, opened while N is in front of N's window.
    const url = `chrome-extension://${h.extensionId}/popup.html?tabId=${n.tabId}`;
    const opened = h.context.waitForEvent('page', (p) => p.url() === url);
    await sw.evaluate((u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 800 }), url);
    const popup = track(await opened);
    await captureFromPopup(popup);
    let rec = await newest();
    expect(rec.meta!.title).toBe('Tab N transfer');
    let { rgb } = await pngPixels(ext, artifact(rec, 'screenshot.png').blobId, [[600, 600]]);
    expect(rgb[0]).toEqual([0x2e, 0x7d, 0x32]);
    // The probe leaves nothing behind in the page's isolated world (one executeScript per capture).
    expect(
      await sw.evaluate(
        async (id) =>
          (
            await chrome.scripting.executeScript({
              target: { tabId: id },
              func: () => Object.getOwnPropertyNames(globalThis).filter((k) => /witness|^__ww/i.test(k)),
            })
          )[0]?.result,
        n.tabId,
      ),
    ).toEqual([]);

    // The popup still believes N is in front; another tab of N's window is. The shot taken at
    // once is of that tab: dropped, N brought forward and shot.
    const otherUrl = 'https://www.paypal.com/myaccount/wallet/other';
    h.serve(otherUrl, colourPage('Another tab', '#1565c0'));
    const other = await sw.evaluate(
      async ([id, u]) => {
        const { windowId } = await chrome.tabs.get(id as number);
        const t = await chrome.tabs.create({ windowId, url: u as string, active: true });
        for (let i = 0; i < 100 && (await chrome.tabs.get(t.id!)).status !== 'complete'; i++) await new Promise((r) => setTimeout(r, 50));
        return t.id!;
      },
      [n.tabId, otherUrl] as const,
    );
    expect(
      await sw.evaluate(
        ([a, b]) =>
          Promise.all([chrome.tabs.get(a!), chrome.tabs.get(b!)]).then(([x, y]) => [x.windowId === y.windowId, x.active, y.active]),
        [n.tabId, other],
      ),
    ).toEqual([true, false, true]);
    await captureFromPopup(popup);
    rec = await newest();
    expect(rec.meta!.title).toBe('Tab N transfer');
    ({ rgb } = await pngPixels(ext, artifact(rec, 'screenshot.png').blobId, [[600, 600]]));
    expect(rgb[0]).toEqual([0x2e, 0x7d, 0x32]);
    expect(await sw.evaluate((id) => chrome.tabs.get(id).then((t) => t.active), n.tabId)).toBe(true);
  });

  it('captures the whole page: screen i of n in the popup, at most 2 shots a second, stitched in order, scroll restored', async () => {
    const long = await open('https://www.paypal.com/myaccount/activity/all', longPage('Activity', 4));
    await long.page.evaluate(() => window.scrollTo(0, 1000));
    const popup = await popupFor(long.tabId);
    const run = await captureFromPopup(popup, { fullPage: true });
    timings.fullPage4ScreensMs = run.ms;
    timings.perScreenMs = Math.round(run.ms / 4);

    expect(run.statuses[0]).toMatch(/Reading the page…/);
    for (let i = 1; i <= 4; i++)
      expect(
        run.statuses.some((s) => s.includes(`Capturing screen ${i} of 4`)),
        `screen ${i}`,
      ).toBe(true);
    // Then the last step stays on screen until the result replaces it.
    expect(run.statuses.at(-2)).toBe('Saving and hashing…');
    // The visible shot plus 4 screens (the page was scrolled, so nothing is reused): 5 calls, ≥ 4 gaps of 0.5 s.
    expect(run.ms).toBeGreaterThanOrEqual(4 * 500);
    expect(run.text).toContain('Whole page: 4 screens stitched.');
    expect(await long.page.evaluate(() => window.scrollY)).toBe(1000);

    const rec = await newest();
    const full = artifact(rec, 'full-page.png');
    const { scrollHeight, width, dpr } = await long.page.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      width: innerWidth,
      dpr: devicePixelRatio,
    }));
    const bandCentres: [number, number][] = [0, 1, 2, 3].map((k) => [width - 100, Math.round((k * 800 + 700) * dpr)]);
    const img = await pngPixels(ext, full.blobId, bandCentres);
    expect(img.height).toBe(Math.round(scrollHeight * dpr));
    expect(img.width).toBe(Math.round(width * dpr));
    const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
    expect(img.rgb).toEqual(BAND_COLOURS.slice(0, 4).map(hex));
    // The fixed header shows once, at the top, not on every screen; the page gets it back.
    const vh = await long.page.evaluate(() => innerHeight);
    const tops = await pngPixels(
      ext,
      full.blobId,
      [10, vh + 10, 2 * vh + 10, scrollHeight - vh + 10].map((y) => [width - 100, Math.round(y * dpr)]),
    );
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

  // Issue 12 §5: before every screen, the same tab at the same address is still in front.
  for (const [what, change] of [
    ['navigates', (p: Page) => p.evaluate(() => location.assign('/myaccount/summary'))],
    [
      'is no longer in front',
      async (p: Page) => {
        const other = track(await p.context().newPage());
        await other.bringToFront();
      },
    ],
  ] as const) {
    it(`stops a whole-page capture, saves nothing and says why, when the page ${what} mid-capture`, async () => {
      h.serve('https://www.paypal.com/myaccount/summary', '<!doctype html><title>Summary</title><p>Summary</p>');
      const long = await open(`https://www.paypal.com/myaccount/activity/moving-${what.length}`, longPage('Moving', 12));
      const before = (await records(ext)).length;
      const popup = await popupFor(long.tabId);
      await popup.getByText('Capture options').click();
      await popup.getByLabel('Whole page (scrolls)').check();
      await popup.getByRole('button', { name: 'Capture evidence' }).click();
      // Any screen after the first and before the last: under load the popup may repaint past one number.
      await popup.getByText(/Capturing screen (?:[2-9]|1[01]) of 12/).waitFor({ timeout: 20_000 });
      await change(long.page);
      const status = popup.getByText(/^(Saved at|Capture failed)/);
      await status.waitFor({ timeout: 30_000 });
      expect(await popup.locator('.capture-status').textContent()).toMatch(
        /Capture failed.*Whole-page capture stopped: the tab or its address changed/,
      );
      expect((await records(ext)).length).toBe(before);
      await popup.locator('.capture').screenshot({ path: path.join(OUT, `popup-page-changed-${what.length}.png`) });
    }, 60_000);
  }

  it('captures tab N when it is in the background of another window', async () => {
    const sw = await h.worker();
    // A second window; Playwright opens new pages in the last focused one (this one, or not:
    // the test only needs N and the popup to end up in different windows).
    await sw.evaluate(() => chrome.windows.create({ url: 'about:blank', width: 1200, height: 900 }));
    const { tabId } = await open('https://www.paypal.com/myaccount/summary/other-window', colourPage('Other window', '#6a1b9a'));
    await open('https://www.paypal.com/myaccount/settings', colourPage('Settings', '#00838f'));
    const windowId = await sw.evaluate((id) => chrome.tabs.get(id).then((t) => t.windowId), tabId);
    const popup = await popupFor(tabId);
    // Playwright opens pages in the last focused window: move the popup out of N's window. The
    // popup names its own tab (the worker may not see an extension page's URL without "tabs").
    const popupTab = await popup.evaluate(() => chrome.tabs.getCurrent().then((t) => t!.id!));
    const popupWindow = await sw.evaluate(
      async ({ popupTab, windowId }) => {
        const other = (await chrome.windows.getAll()).find((w) => w.id !== windowId)!;
        await chrome.tabs.move(popupTab, { windowId: other.id!, index: -1 });
        await chrome.tabs.update(popupTab, { active: true });
        return (await chrome.tabs.get(popupTab)).windowId;
      },
      { popupTab, windowId },
    );
    expect(popupWindow).not.toBe(windowId);
    expect(await sw.evaluate((id) => chrome.tabs.get(id).then((t) => t.active), tabId)).toBe(false);
    const run = await captureFromPopup(popup);
    expect(run.text).toMatch(/^Saved at/);
    const rec = await newest();
    expect(rec.meta!.title).toBe('Other window');
    const { rgb } = await pngPixels(ext, artifact(rec, 'screenshot.png').blobId, [[600, 600]]);
    expect(rgb[0]).toEqual([0x6a, 0x1b, 0x9a]);
  });

  it('MHTML is opt-in; without the pageCapture permission a capture still works and stores no archive', async () => {
    const failed = await open(FAILED.url);
    const popup = await popupFor(failed.tabId);
    await popup.getByText('Capture options').click();
    const box = popup.getByLabel('Also save an MHTML archive');
    expect(await box.isVisible()).toBe(true);
    expect(await box.isChecked()).toBe(false);
    expect(await ext.evaluate(() => chrome.permissions.contains({ permissions: ['pageCapture'] }))).toBe(false);
    // What the worker does when the prompt was refused (or the permission later withdrawn): the
    // request the popup sends, sent the same way from an extension page.
    const reply = await ext.evaluate(
      (tabId) =>
        chrome.runtime.sendMessage({
          type: 'capture',
          payload: { tabId, caseId: null, newCase: false, fullPage: false, mhtml: true, note: 'mhtml refused' },
        }),
      failed.tabId,
    );
    expect(reply).toMatchObject({ ok: true, value: { mhtml: 'no-permission' } });
    const rec = await newest();
    expect(rec.artifacts.map((a) => a.name)).toEqual(['screenshot.png', 'page.html']);
  });

  it('the context menu item and the keyboard shortcut run the same capture (their listeners, fired in the worker)', async () => {
    const sw = await h.worker();
    const page = await open('https://www.paypal.com/myaccount/summary/menu', colourPage('Menu capture', '#2e7d32'));
    // The menu item exists (update refuses an unknown id) and the command has its shortcut.
    await sw.evaluate(() => chrome.contextMenus.update('capture-evidence', {}));
    await expect(sw.evaluate(() => chrome.contextMenus.update('no-such-item', {}))).rejects.toThrow();
    expect(await sw.evaluate(() => chrome.commands.getAll())).toContainEqual(
      expect.objectContaining({ name: 'capture-evidence', shortcut: 'Alt+Shift+E' }),
    );

    type Dispatchable = { dispatch(...args: unknown[]): void };
    const before = (await records(ext)).length;
    await sw.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(
        { menuItemId: 'capture-evidence', editable: false, pageUrl: tab.url },
        tab,
      );
    }, page.tabId);
    const afterMenu = await until(
      () => records(ext),
      (r) => r.length === before + 1,
      10_000,
    );
    expect(afterMenu.at(-1)!.meta).toMatchObject({ title: 'Menu capture', url: 'https://www.paypal.com/myaccount/summary/menu' });
    // Filed under the provider's open complaint, like the popup's default.
    expect(afterMenu.at(-1)!.caseId).toBe(demoCaseId);

    await page.page.evaluate(() => {
      document.title = 'Shortcut capture';
    });
    await sw.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      (chrome.commands.onCommand as unknown as Dispatchable).dispatch('capture-evidence', tab);
    }, page.tabId);
    const afterKey = await until(
      () => records(ext),
      (r) => r.length === before + 2,
      10_000,
    );
    expect(afterKey.at(-1)!.meta!.title).toBe('Shortcut capture');
    // Another command name does nothing.
    await sw.evaluate(
      async (id) => (chrome.commands.onCommand as unknown as Dispatchable).dispatch('something-else', await chrome.tabs.get(id)),
      page.tabId,
    );
    await page.page.waitForTimeout(1500);
    expect((await records(ext)).length).toBe(before + 2);
  });

  it('verifies in the dashboard, names exactly the tampered item, and still verifies after a deletion', async () => {
    const dash = track(await h.openExtensionPage(`dashboard.html#case=${demoCaseId}`));
    // The verdict is cleared when Verify starts and shown when it ends: watch for the next one.
    const verify = async () => {
      await dash.getByRole('button', { name: 'Verify' }).waitFor();
      await dash.evaluate(() => {
        const status = document.querySelector('section[aria-labelledby="evidence-heading"] [role="status"]')!;
        const w = window as unknown as { verdicts: string[] };
        w.verdicts = [];
        new MutationObserver(() => {
          const text = status.querySelector('.notice')?.textContent;
          if (text) w.verdicts.push(text);
        }).observe(status, { subtree: true, childList: true, characterData: true });
      });
      await dash.getByRole('button', { name: 'Verify' }).click();
      const got = await dash.waitForFunction(() => (window as unknown as { verdicts: string[] }).verdicts.at(-1));
      return (await got.jsonValue()) as string;
    };
    expect(await verify()).toBe('Intact: every item and link checks out.');

    const items = (await records(ext)).filter((r) => r.caseId === demoCaseId && r.kind === 'capture');
    const [first, second] = items;
    const shot = artifact(second!, 'screenshot.png');
    await flipBlobByte(ext, shot.blobId, 2000);
    const broken = await verify();
    expect(broken).toMatch(/^Problem: /);
    expect(broken).toContain(`#${second!.seq} “${second!.meta!.title}”`);
    expect(broken).toContain('its file screenshot.png was changed (SHA-256 does not match)');
    expect(broken.split('; ')).toHaveLength(1);
    await flipBlobByte(ext, shot.blobId, 2000);
    expect(await verify()).toBe('Intact: every item and link checks out.');

    await setStoredTitle(ext, first!.id, 'A quietly edited title');
    const edited = await verify();
    expect(edited).toContain(`#${first!.seq} “A quietly edited title”`);
    expect(edited).toContain('its details (address, title, time or note) were changed after capture');
    expect(edited.split('; ')).toHaveLength(1);
    await setStoredTitle(ext, first!.id, first!.meta!.title);
    expect(await verify()).toBe('Intact: every item and link checks out.');

    await dash
      .getByRole('button', { name: /^Open evidence captured/ })
      .first()
      .click();
    await dash.getByRole('button', { name: 'Delete this evidence' }).click();
    await dash.getByRole('button', { name: 'Delete', exact: true }).click();
    await dash.getByText(/^Content erased by the user on .*\. Its digest is kept, so the log still verifies\.$/).waitFor();
    expect(await verify()).toBe('Intact: every item and link checks out.');
    const tomb = (await records(ext)).at(-1)!;
    expect(tomb).toMatchObject({ kind: 'tombstone', caseId: demoCaseId });
    await dash.setViewportSize({ width: 1200, height: 900 }).catch(() => undefined);
    await h.shot(dash, 'dashboard-case-after-delete', OUT);
  });

  it('exports the case as a .zip that `sha256sum -c SHA256SUMS` verifies, with a full manifest and a script-free report', async () => {
    const dash = track(await h.openExtensionPage(`dashboard.html#case=${demoCaseId}`));
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: 'Export bundle' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^wallet-witness-paypal-\d{4}-\d\d-\d\d-[0-9a-f]{8}\.zip$/);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-bundle-'));
    bundlePath = path.join(dir, download.suggestedFilename());
    await download.saveAs(bundlePath);
    timings.bundleBytes = statSync(bundlePath).size;
    // The import limits (README, "Import limits") are set from real exports like this one.
    const entries = Object.values(unzipSync(readFileSync(bundlePath)));
    timings.bundleEntries = entries.length;
    timings.bundleUnpackedBytes = entries.reduce((n, e) => n + e.length, 0);
    timings.bundleLargestEntryBytes = Math.max(...entries.map((e) => e.length));
    const unpacked = path.join(dir, 'unpacked');
    execFileSync('unzip', ['-q', bundlePath, '-d', unpacked]);
    const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' });
    expect(check).not.toMatch(/FAILED/);

    const listed = readFileSync(path.join(unpacked, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.slice(66));
    const all = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? all(path.join(d, e.name)) : [path.relative(unpacked, path.join(d, e.name))],
      );
    expect(listed.sort()).toEqual(
      all(unpacked)
        .filter((f) => f !== 'SHA256SUMS')
        .sort(),
    );

    const manifest = JSON.parse(readFileSync(path.join(unpacked, 'manifest.json'), 'utf8'));
    expect(manifest.exportedAt).toMatch(ISO_WITH_OFFSET);
    expect(manifest.case.id).toBe(demoCaseId);
    const stored = (await records(ext)).filter((r) => r.caseId === demoCaseId);
    expect(manifest.evidence.map((e: { id: string }) => e.id)).toEqual(stored.map((r) => r.id));
    const deleted = new Set(stored.flatMap((r) => (r.deleted ? [r.deleted.id] : [])));
    for (const [i, item] of manifest.evidence.entries()) {
      const rec = stored[i]!;
      expect(item).toMatchObject({ seq: rec.seq, digest: rec.digest, prevDigest: rec.prevDigest, kind: rec.kind });
      if (item.kind === 'tombstone') continue;
      if (deleted.has(item.id)) {
        // Erased content: the digests stay, the page's address and title go with the files.
        expect(item.meta).toBeNull();
        for (const a of item.artifacts) expect(a.file).toBeNull();
        continue;
      }
      expect(item.meta.capturedAt).toMatch(ISO_WITH_OFFSET);
      expect(item.meta).toMatchObject({ url: rec.meta!.url, title: rec.meta!.title });
      for (const a of item.artifacts) {
        expect(a.sha256).toBe(rec.artifacts.find((x) => x.name === a.name)!.sha256);
        if (deleted.has(item.id)) expect(a.file).toBeNull();
        else
          expect(
            createHash('sha256')
              .update(readFileSync(path.join(unpacked, a.file)))
              .digest('hex'),
          ).toBe(a.sha256);
      }
    }
    const report = readFileSync(path.join(unpacked, 'report.html'), 'utf8');
    expect(report).not.toMatch(/<script/i);
    expect(report).not.toMatch(/\son[a-z]+\s*=/i);
    expect(report).toContain(manifest.case.title);
  });

  it('imports the bundle into a fresh profile, apart from its log, which verifies it; refuses corrupt bundles and changes nothing', async () => {
    expect(bundlePath).not.toBe('');
    const good = readFileSync(bundlePath);
    const dir = path.dirname(bundlePath);
    const write = (name: string, bytes: Uint8Array) => {
      writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    };
    // One bit flipped inside a stored screenshot; the first half only; an extra entry escaping the folder.
    const flipped = Buffer.from(good);
    const png = flipped.indexOf(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    flipped[png + 300]! ^= 0x01;
    const entries = unzipSync(good);
    const corrupt = [
      {
        file: write('flipped.zip', flipped),
        message: /^Not imported: An entry is damaged: its checksum does not match\. \(evidence\/.+\.png\)$/,
      },
      {
        file: write('truncated.zip', good.subarray(0, Math.floor(good.length / 2))),
        message: /^Not imported: The file is incomplete or damaged \(truncated ZIP\)\./,
      },
      {
        file: write('escape.zip', zipSync({ ...entries, '../escape.txt': strToU8('outside') })),
        message: /^Not imported: The file contains an entry with an unsafe path\. \("\.\.\/escape\.txt"\)$/,
      },
    ];

    const fresh = await launch({ realViewport: true });
    try {
      const dash = await fresh.openExtensionPage('dashboard.html#backup');
      const empty = await counts(dash);
      expect(empty).toEqual({ cases: 0, evidence: 0, events: 0, blobs: 0 });
      const choose = dash.getByLabel('Choose a .zip bundle');
      const note = dash.locator('section[aria-labelledby="import-heading"] :is([role="status"], [role="alert"]) .notice');
      for (const c of corrupt) {
        await choose.setInputFiles(c.file);
        await expect.poll(() => note.textContent(), { timeout: 10_000 }).toMatch(c.message);
        expect(await counts(dash), path.basename(c.file)).toEqual(empty);
      }
      await choose.setInputFiles(bundlePath);
      await expect
        .poll(() => note.textContent(), { timeout: 20_000 })
        .toMatch(/^Imported ".+" with \d+ evidence records\. Signed by another install's key [0-9a-f]{16}\.$/);
      // Kept apart from this browser's log: no local record, every record as the bundle has it.
      expect(await records(dash)).toEqual([]);
      const [row] = await imports(dash);
      expect(row!.records.length).toBeGreaterThan(5);
      expect(row!.records.flatMap((r) => r.flags)).toEqual([]);
      expect((await counts(dash)).cases).toBe(1);
      await h.shot(dash, 'import-done', OUT);

      // The same bundle again: refused, nothing doubled.
      const once = await counts(dash);
      await choose.setInputFiles(bundlePath);
      await expect
        .poll(() => note.textContent(), { timeout: 10_000 })
        .toMatch(/^Not imported: This bundle was already imported into this browser\./);
      expect(await counts(dash)).toEqual(once);

      await dash.goto(`chrome-extension://${fresh.extensionId}/dashboard.html#case=${demoCaseId}`);
      await dash.getByRole('button', { name: 'Verify' }).click();
      await dash
        .getByText(/^Imported from wallet-witness-.+\.zip on .+: Intact: every item and link checks out\.$/)
        .waitFor({ timeout: 10_000 });
      await dash
        .getByText(/^Imported from wallet-witness-.+\.zip on .+$/)
        .first()
        .waitFor();
      await dash.getByText(/^Content erased by the user on .*\. Its digest is kept, so the log still verifies\.$/).waitFor();
    } finally {
      await fresh.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('evidence: the page snapshot is shown only in a sandboxed frame with scripts off', () => {
  const { h, track } = useExtension({ realViewport: true });
  const URL_ = 'https://www.binance.com/en/my/wallet/history/withdraw-crypto';
  beforeAll(() => {
    // With secrets typed in: the record says how many of each kind page.html blanked.
    const secrets = '<input type=password value=hunter2><p><input autocomplete=one-time-code value=482913></p></body>';
    h.serve(URL_, markerPage('Withdrawal WD-7731').replace('</body>', secrets));
  });

  it('captures a page with inline scripts and handlers; in the dashboard none of them runs, the text shows', async () => {
    const page = track(await h.context.newPage());
    await page.goto(URL_);
    expect(await page.title()).toBe('Withdrawal WD-7731');
    const popup = track(await h.openPopup(await h.tabIdOf(page)));
    expect((await captureFromPopup(popup, { fileUnder: 'A new complaint' })).text).toMatch(/^Saved at/);
    const ext = track(await h.openExtensionPage('dashboard.html'));
    const rec = (await records(ext)).at(-1)!;
    const html = artifact(rec, 'page.html');
    const snapshot = (await blobBytes(ext, html.blobId)).toString('utf8');
    expect(snapshot).toContain('Your withdrawal of 0.5 ETH failed');
    expect(snapshot).not.toMatch(/<script|onload=|onerror=/i);
    expect(snapshot).not.toMatch(/hunter2|482913/);
    expect(rec.meta?.snapshot).toEqual({ blanked: { password: 1, 'one-time-code': 1 }, fonts: { kept: 0, dropped: 0 } });

    const logs: string[] = [];
    const dash = track(await h.context.newPage());
    dash.on('console', (m) => logs.push(m.text()));
    const openItem = async () => {
      await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#case=${rec.caseId}`);
      await dash
        .getByRole('button', { name: /^Open evidence captured/ })
        .first()
        .click();
      const frame = dash.locator('iframe[title="Page snapshot (scripts disabled)"]');
      await frame.waitFor();
      expect(await frame.getAttribute('sandbox')).toBe('');
      await expect(
        dash.frameLocator('iframe[title="Page snapshot (scripts disabled)"]').getByText('Your withdrawal of 0.5 ETH failed').isVisible(),
      ).resolves.toBe(true);
      // An opaque origin: the dashboard cannot reach into the frame, nor the frame into it.
      expect(await dash.evaluate(() => document.querySelector('iframe')!.contentDocument)).toBeNull();
      await dash.waitForTimeout(500);
      expect(logs.filter((l) => l.includes(MARKER))).toEqual([]);
      expect(await dash.title()).not.toBe(MARKER);
      expect(await dash.frameLocator('iframe[title="Page snapshot (scripts disabled)"]').locator('body').textContent()).not.toContain(
        MARKER,
      );
    };
    await openItem();
    await expect(dash.locator('dt:has-text("Blanked in the page snapshot") + dd').textContent()).resolves.toBe(
      '1 × password, 1 × one-time code',
    );
    await expect(dash.locator('dt:has-text("Fonts in the page snapshot") + dd').textContent()).resolves.toMatch(/^0 kept, 0 left out/);
    await h.shot(dash, 'snapshot-in-dashboard', OUT);
    await dash.locator('iframe[title="Page snapshot (scripts disabled)"]').screenshot({ path: path.join(OUT, 'snapshot-frame.png') });

    // Defence in depth: even a stored snapshot WITH live scripts (the sanitiser bypassed) stays
    // inert. Control first: the same HTML in an unsandboxed frame does run.
    const live = markerPage('Withdrawal WD-7731').replace('<head>', '<head><base href="about:srcdoc">');
    const control = track(await h.context.newPage());
    const controlLogs: string[] = [];
    control.on('console', (m) => controlLogs.push(m.text()));
    await control.setContent(`<iframe srcdoc="${live.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>`);
    await expect.poll(() => controlLogs.filter((l) => l.includes(MARKER)).length).toBeGreaterThan(0);

    await replaceBlobWithHtml(ext, html.blobId, live);
    await openItem();
  });
});

describe('evidence: storage full (quota made small through DevTools, in a test-only copy of the build)', () => {
  const { h, track } = useExtension({
    realViewport: true,
    serve: DEMO_PAGES,
    checkRequests: false,
    // The release build asks for unlimitedStorage, whose quota is the free disk; without it the
    // DevTools quota override applies, and IndexedDB refuses writes with QuotaExceededError as on a full disk.
    build: () =>
      variantBuild((m) => {
        m.permissions = (m.permissions as string[]).filter((p) => p !== 'unlimitedStorage');
      }),
  });

  it('says so clearly in the popup and leaves no partial record, not even the new complaint', async () => {
    const page = track(await h.context.newPage());
    await page.goto(FAILED.url);
    const tabId = await h.tabIdOf(page);
    await until(
      () => h.badge(tabId),
      (b) => b === '!',
    );
    // Not the dashboard: it asks for persistent storage on first use, and after that request
    // (measured) Chromium no longer holds the origin to the DevTools quota override.
    const ext = track(await h.openExtensionPage('popup.html'));
    const cdp = await h.context.newCDPSession(ext);
    const origin = `chrome-extension://${h.extensionId}`;
    const before = await counts(ext);
    const { usage } = await ext.evaluate(() => navigator.storage.estimate());
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage! + 20_000 });

    const popup = track(await h.openPopup(tabId));
    const run = await captureFromPopup(popup);
    expect(run.text).toBe(
      'Capture failed: Storage is full: the browser refused to save the evidence. Nothing was saved. Free disk space or delete old captures, then try again.',
    );
    expect(await counts(ext)).toEqual(before);
    await popup.bringToFront();
    await popup.locator('.capture').screenshot({ path: path.join(OUT, 'popup-storage-full.png') });

    // Space again: the same capture now succeeds (and starts its complaint).
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    const again = await captureFromPopup(popup);
    expect(again.text).toMatch(/^Saved at/);
    expect(await counts(ext)).toMatchObject({ cases: before.cases + 1, evidence: before.evidence + 1 });
  });
});

describe('evidence: MHTML archive (pageCapture granted at install in a test-only copy of the build)', () => {
  const { h, track } = useExtension({
    realViewport: true,
    serve: DEMO_PAGES,
    // Headless Chromium cannot answer the permission prompt; granting at install makes
    // permissions.request() resolve true at once, as it does after the user said yes.
    build: () =>
      variantBuild((m) => {
        m.permissions = [...(m.permissions as string[]), 'pageCapture'];
        m.optional_permissions = [];
      }),
  });

  it('stores page.mhtml (a copy of the blob, hashed like the rest) and remembers the choice', async () => {
    const page = track(await h.context.newPage());
    await page.goto(FAILED.url);
    const tabId = await h.tabIdOf(page);
    const popup = track(await h.openPopup(tabId));
    const run = await captureFromPopup(popup, { mhtml: true });
    timings.visibleWithMhtmlMs = run.ms;
    expect(run.text).toContain('MHTML archive saved (page.mhtml).');
    const ext = track(await h.openExtensionPage('dashboard.html'));
    const rec = (await records(ext)).at(-1)!;
    expect(rec.artifacts.map((a) => a.name)).toEqual(['screenshot.png', 'page.html', 'page.mhtml']);
    const mhtml = artifact(rec, 'page.mhtml');
    const stored = (await blobInfo(ext, mhtml.blobId))!;
    expect(stored).toMatchObject({ sha256: mhtml.sha256, size: mhtml.size, type: 'multipart/related' });
    expect(stored.head).toMatch(
      /^From: <Saved by Blink>\r?\nSnapshot-Content-Location: https:\/\/www\.paypal\.com\/myaccount\/activity\/details\/8RT01234FA5678901/,
    );
    timings.mhtmlBytes = mhtml.size;

    const again = track(await h.openPopup(tabId));
    await again.getByText('Capture options').click();
    expect(await again.getByLabel('Also save an MHTML archive').isChecked()).toBe(true);
  });
});

afterAll(() => {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  console.log('capture timings', timings);
});
