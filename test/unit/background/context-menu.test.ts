// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupContextMenu } from '@/lib/background/context-menu';
import { setDb, WitnessDB, db } from '@/lib/db';
import { caseRecord } from '../evidence/helpers';
import { fakePageApis, PAYPAL, type FakePage } from './fake-page';

// The right-click item and the keyboard shortcut: the same capture as the popup's, filed under
// the provider's open complaint, the outcome told in a notification. WXT's fake browser has no
// contextMenus or commands: they are modelled here as the events the worker listens to.

type Listener = (...args: never[]) => unknown;
function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (fn: Listener) => void listeners.push(fn),
    removeListener: (fn: Listener) => void listeners.splice(listeners.indexOf(fn), 1),
    hasListener: (fn: Listener) => listeners.includes(fn),
    trigger: (...args: unknown[]) => Promise.all(listeners.map((fn) => (fn as (...a: unknown[]) => unknown)(...args))),
  };
}

let page: FakePage;
let menus: unknown[];
let clicked: ReturnType<typeof event>;
let command: ReturnType<typeof event>;

beforeEach(() => {
  page = fakePageApis();
  setDb(new WitnessDB(`menu-${crypto.randomUUID()}`));
  menus = [];
  clicked = event();
  command = event();
  Object.assign(fakeBrowser, {
    contextMenus: { create: (props: unknown) => void menus.push(props), onClicked: clicked },
    commands: { onCommand: command },
  });
  setupContextMenu();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Title and text of every notification shown, by id. */
const shown: Record<string, { title: string; message: string }> = {};
const notes = async () => Object.values(shown);

beforeEach(() => {
  for (const k of Object.keys(shown)) delete shown[k];
  const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: { title: string; message: string }) => {
    shown[id] = { title: options.title, message: options.message };
    return create(id, options as never);
  }) as never);
});

describe('context menu and shortcut', () => {
  it('adds "Capture as evidence" to the page menu when installed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(menus).toEqual([
      expect.objectContaining({ id: 'capture-evidence', title: 'Capture as evidence', contexts: expect.arrayContaining(['page']) }),
    ]);
  });

  it("files a right-click capture under the provider's open complaint and says it was saved, and where", async () => {
    const kase = caseRecord({ siteId: 'paypal', status: 'filed' });
    await db().cases.add(kase);
    const tab = await fakeBrowser.tabs.create({ url: PAYPAL, active: true });
    await clicked.trigger({ menuItemId: 'capture-evidence' }, tab);
    // The listener starts the capture and returns: the notification says when it is done.
    await expect.poll(notes).toHaveLength(1);
    const [rec] = await db().evidence.toArray();
    expect(rec).toMatchObject({ caseId: kase.id, meta: { url: PAYPAL } });
    expect(page.shots).toEqual([tab.id]);
    expect(await notes()).toEqual([
      { title: expect.stringMatching(/^Saved at /), message: `Filed under “${kase.title}”.\nSHA-256 ${rec!.digest.slice(0, 16)}…` },
    ]);
  });

  it('captures from the shortcut too, unfiled where no complaint is open; other menu items do nothing', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://shop.example.org/orders/17', active: true });
    await clicked.trigger({ menuItemId: 'something-else' }, tab);
    expect(await db().evidence.count()).toBe(0);
    await command.trigger('capture-evidence', tab);
    await expect.poll(notes).toHaveLength(1);
    const [rec] = await db().evidence.toArray();
    expect(rec).toMatchObject({ caseId: null, meta: { url: 'https://shop.example.org/orders/17' } });
    expect((await notes())[0]!.message).toMatch(/^Kept unfiled: open the dashboard to file it\.\nSHA-256 [0-9a-f]{16}…$/);
  });

  it('says why in a notification when the page cannot be captured, and stores nothing', async () => {
    page.answer = () => undefined;
    const tab = await fakeBrowser.tabs.create({ url: PAYPAL, active: true });
    await command.trigger('capture-evidence', tab);
    await expect.poll(notes).toHaveLength(1);
    expect(await db().evidence.count()).toBe(0);
    expect(await notes()).toEqual([{ title: 'Capture failed: the page could not be read', message: PAYPAL }]);
  });
});
