import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupDetectionBadge } from '@/lib/background/badge';
import { readPage } from '@/lib/detection/reading';

// The toolbar badge contract (DESIGN.md): `!` red on a failed transaction, `?` blue on a support
// page, nothing otherwise; per tab, following navigation. Reports are what the content script
// sends: the reading of a real fixture page.

const fixture = (name: string) =>
  new DOMParser().parseFromString(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pages', name), 'utf8'), 'text/html');
const FAILED = { url: 'https://www.paypal.com/myaccount/activity/details/7XK48512TN3390215', page: 'paypal-payment-declined.html' };
const HELP = { url: 'https://www.paypal.com/us/smarthelp/contact-us', page: 'paypal-contact-us.html' };

async function report(tabId: number, url: string, page: string | null, frameId = 0) {
  const reading = page ? readPage(fixture(page)) : null;
  const sender = { id: fakeBrowser.runtime.id, tab: { id: tabId } as never, frameId, url };
  const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'page-reading', payload: { url, reading } }, sender, () => {});
  return reply;
}
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const color = (tabId: number) => fakeBrowser.action.getBadgeBackgroundColor({ tabId });
const tabState = async (tabId: number) => {
  const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'tab-state', payload: { tabId } }, sender, () => {});
  return (reply as unknown as { value: { url: string; detection: { kind: string } } | null }).value;
};

beforeEach(() => setupDetectionBadge());

describe('toolbar badge', () => {
  it('shows a red ! on a failed payment and a blue ? on a help page, per tab', async () => {
    await report(3, FAILED.url, FAILED.page);
    await report(4, HELP.url, HELP.page);
    expect([await badge(3), await badge(4)]).toEqual(['!', '?']);
    // #d93025 and #1a73e8 as the browser reports them back.
    expect([await color(3), await color(4)]).toEqual([
      [0xd9, 0x30, 0x25, 255],
      [0x1a, 0x73, 0xe8, 255],
    ]);
    expect((await tabState(3))?.detection.kind).toBe('failed-transaction');
  });

  it('clears the badge when the page no longer shows it (a single-page app moved on)', async () => {
    await report(3, FAILED.url, FAILED.page);
    await report(3, 'https://www.paypal.com/myaccount/summary', null);
    expect(await badge(3)).toBe('');
    expect((await tabState(3))?.detection.kind).toBe('none');
  });

  it('ignores reports from frames other than the top one', async () => {
    await report(5, 'https://www.paypal.com/myaccount/summary', null);
    await report(5, FAILED.url, FAILED.page, 2);
    expect(await badge(5)).toBe('');
  });

  it('refuses a report that does not come from a tab', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page-reading', payload: { url: FAILED.url, reading: readPage(fixture(FAILED.page)) } },
      sender,
      () => {},
    );
    expect(reply).toMatchObject({ ok: false });
  });

  it('forgets a tab when it navigates away or closes', async () => {
    const tab = await fakeBrowser.tabs.create({ url: FAILED.url, active: true });
    await report(tab.id!, FAILED.url, FAILED.page);
    expect(await badge(tab.id!)).toBe('!');
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading', url: 'https://www.paypal.com/signin' }, tab);
    await expect.poll(() => badge(tab.id!)).toBe('');
    expect(await tabState(tab.id!)).toBeNull();

    await report(tab.id!, FAILED.url, FAILED.page);
    await fakeBrowser.tabs.onRemoved.trigger(tab.id!, { windowId: tab.windowId!, isWindowClosing: false });
    await expect.poll(() => tabState(tab.id!)).toBeNull();
  });
});
