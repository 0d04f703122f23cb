// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureTab, setupCapture } from '@/lib/background/capture';
import { setDb, WitnessDB, db } from '@/lib/db';
import { getBlob, verifyLog } from '@/lib/db/evidence';
import { sha256Hex } from '@/lib/evidence/hash';
import { caseRecord } from '../evidence/helpers';
import { fakePageApis, PAYPAL, pngOf, probeOf, type FakePage } from './fake-page';

// The capture orchestration against WXT's fake browser: its tabs and windows model which tab is
// in front; the calls that touch a real page are answered by fake-page.ts.

let page: FakePage;
beforeEach(() => {
  page = fakePageApis();
  setDb(new WitnessDB(`cap-${crypto.randomUUID()}`));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function openTab(url: string, active = true) {
  return fakeBrowser.tabs.create({ url, active });
}

const request = (tabId: number, over: Partial<Parameters<typeof captureTab>[0]> = {}) => ({
  tabId,
  caseId: null,
  newCase: false,
  fullPage: false,
  mhtml: false,
  note: '',
  ...over,
});

describe('captureTab', () => {
  it('stores the screenshot and the page the probe read, hashed, in one record; the page is asked once, with probe.js', async () => {
    const tab = await openTab(PAYPAL);
    const result = await captureTab(request(tab.id!, { windowId: tab.windowId, note: 'before calling support' }));
    expect(page.probes).toEqual([{ target: { tabId: tab.id }, files: ['/probe.js'] }]);
    const rec = (await db().evidence.get(result.evidenceId))!;
    expect(rec.meta).toMatchObject({ url: PAYPAL, title: 'Payment declined', note: 'before calling support' });
    expect(rec.artifacts.map((a) => a.name)).toEqual(['screenshot.png', 'page.html']);
    const [shot, html] = rec.artifacts;
    expect(shot!.sha256).toBe(await sha256Hex(pngOf(tab.id!)));
    expect(result.screenshotDigest).toBe(shot!.sha256);
    expect(await (await getBlob(html!.blobId))!.text()).toContain(`page at ${PAYPAL}`);
    expect(result.digest).toBe(rec.digest);
    expect(await verifyLog()).toEqual({ ok: true });
  });

  it('starts a complaint from what the page shows, with its follow-up date, when asked for a new one', async () => {
    const tab = await openTab(PAYPAL);
    const result = await captureTab(request(tab.id!, { newCase: true }));
    const kase = (await db().cases.get(result.caseId!))!;
    expect(kase).toMatchObject({
      siteId: 'paypal',
      provider: 'PayPal',
      status: 'draft',
      transactions: [{ id: '7XK48512TN3390215', amount: '129.99', currency: 'USD' }],
    });
    expect(Date.parse(kase.nextFollowUpAt!)).toBeGreaterThan(Date.now());
  });

  it('files under the case it is given, and refuses an unknown one storing nothing', async () => {
    const tab = await openTab(PAYPAL);
    const kase = caseRecord();
    await db().cases.add(kase);
    expect((await captureTab(request(tab.id!, { caseId: kase.id }))).caseId).toBe(kase.id);
    await expect(captureTab(request(tab.id!, { caseId: 'gone' }))).rejects.toMatchObject({ code: 'unknown-case' });
    expect(await db().evidence.count()).toBe(1);
  });

  it('brings a tab in the background to the front before shooting it', async () => {
    const wanted = await openTab(PAYPAL, false);
    const front = await openTab('https://example.org/other', true);
    await captureTab(request(wanted.id!));
    expect(page.shots).toEqual([wanted.id]);
    expect((await fakeBrowser.tabs.get(wanted.id!)).active).toBe(true);
    expect((await fakeBrowser.tabs.get(front.id!)).active).toBe(false);
  });

  it('drops a shot taken at once of a tab that is no longer in front, and shoots the right one', async () => {
    const wanted = await openTab(PAYPAL, true);
    // The popup saw the tab in front of its window; another tab has come forward since.
    await openTab('https://example.org/other', true);
    const result = await captureTab(request(wanted.id!, { windowId: wanted.windowId }));
    expect(page.shots).toHaveLength(2);
    expect(page.shots[1]).toBe(wanted.id);
    const rec = (await db().evidence.get(result.evidenceId))!;
    expect(rec.artifacts[0]!.sha256).toBe(await sha256Hex(pngOf(wanted.id!)));
  });

  it.each([
    ['no answer (a page that cannot be scripted)', () => undefined],
    ['a snapshot that is not text', (_id: number, url: string) => probeOf(url, { html: 42 as never })],
    ['a verdict outside the contract', (_id: number, url: string) => probeOf(url, { detection: { kind: 'pwned' } as never })],
  ])('refuses %s and stores nothing', async (_what, bad) => {
    const tab = await openTab(PAYPAL);
    page.answer = bad;
    await expect(captureTab(request(tab.id!, { newCase: true }))).rejects.toThrow('the page could not be read');
    expect([await db().evidence.count(), await db().cases.count(), await db().blobs.count()]).toEqual([0, 0, 0]);
  });
});

describe('setupCapture', () => {
  const fromPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

  it("answers the popup's capture message, and refuses one from a web page", async () => {
    setupCapture();
    const tab = await openTab(PAYPAL);
    const message = { type: 'capture', payload: request(tab.id!) };
    const [fromTab] = await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id, tab, url: PAYPAL }, () => {});
    expect(fromTab).toMatchObject({ ok: false });
    expect(page.shots).toEqual([]);
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, fromPage, () => {});
    expect(reply).toMatchObject({ ok: true, value: { evidenceId: expect.any(String), mhtml: 'off', fullPage: null } });
  });

  it('says why a capture failed in words the user can read', async () => {
    setupCapture();
    const tab = await openTab(PAYPAL);
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'capture', payload: request(tab.id!, { caseId: 'deleted-meanwhile' }) },
      fromPage,
      () => {},
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/complaint/i) });
  });
});
