import { browser, type Browser } from 'wxt/browser';
import { listen, protectReadingSchema } from '../messages';
import { guardWanted, syncGuard } from '../protect/guard-setting';
import { judgeProtection, needsReading, type ProtectVerdict } from '../protect/judge';
import { readProtectPage, type ProtectReading } from '../protect/page-read';
import { indexPhishingList, type PhishingList, type PhishingListData } from '../protect/phishing-list';
import { isTrusted, setTrusted } from '../protect/trusted';
import { siteById } from '../sites';
import type { Localized } from '../sites/types';

/** What the popup and the guard get back from a check. */
export interface ProtectionReport {
  verdict: ProtectVerdict | null;
  /** The user trusts this site: the verdict is kept for the record, no warning is shown. */
  trusted: boolean;
  /** The page's text was read (false: only its address was checked). */
  read: boolean;
  /** The names of the site the verdict is about (the reader picks its UI language). */
  siteNames: Localized | null;
}

const BADGE = { text: '⚠', color: '#b3261e' };
const stateKey = (tabId: number) => `protect:${tabId}`;

// Firefox MV2 builds expose browserAction instead of action.
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** The offline list (built into the package, never fetched from the network), loaded at first use. */
let list: Promise<PhishingList | null> | null = null;
let loaded: PhishingList | null = null;
function phishingList(): Promise<PhishingList | null> {
  list ??= fetch((browser.runtime.getURL as (path: string) => string)('/protect/phishing-list.json'))
    .then((r) => r.json() as Promise<PhishingListData>)
    .then((data) => (loaded = indexPhishingList(data)))
    .catch(() => {
      list = null;
      return null;
    });
  return list;
}

/**
 * `wait`: false for the guard's first check of a page (its address, at document_start), which
 * must answer before the user can type: if the list is still loading (a worker that just
 * started), the other rules answer now and the list counts from the page's text check on.
 */
async function report(
  tabId: number | undefined,
  url: string,
  reading: ProtectReading | null,
  read: boolean,
  wait = true,
): Promise<ProtectionReport> {
  const pending = phishingList();
  const current = wait ? await pending : loaded;
  const verdict = judgeProtection(url, reading, current);
  const trusted = verdict ? await isTrusted(url) : false;
  const siteId = verdict && 'siteId' in verdict ? verdict.siteId : null;
  const site = siteById(siteId);
  if (tabId !== undefined && verdict && !trusted) {
    await browser.storage.session.set({ [stateKey(tabId)]: { url, kind: verdict.kind } });
    await action().setBadgeText({ tabId, text: BADGE.text });
    await action().setBadgeBackgroundColor({ tabId, color: BADGE.color });
  }
  return { verdict, trusted, read, siteNames: site?.names ?? null };
}

/** The popup's check: the tab's address, then (where the extension may read it) its text. */
async function checkTab(tabId: number): Promise<ProtectionReport> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  let reading: ProtectReading | null = null;
  if (needsReading(url)) {
    // activeTab (the toolbar click) or a host permission lets the extension read this one page.
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: readProtectPage }).catch(() => []);
    const parsed = protectReadingSchema.safeParse(result?.result);
    reading = parsed.success ? parsed.data : null;
  }
  return report(tabId, url, reading, reading !== null);
}

const senderUrl = (sender: Browser.runtime.MessageSender) => sender.url ?? sender.tab?.url ?? '';

export function setupProtection(): void {
  listen({
    'protect-check': ({ tabId }) => checkTab(tabId),
    'protect-trust': ({ url, trusted }) => setTrusted(url, trusted),
    // The guard reports its own frame; the browser, not the page, says which URL that is.
    'guard-check': ({ reading }, sender) => (sender.frameId ? null : report(sender.tab?.id, senderUrl(sender), reading, reading !== null)),
    'guard-trust': (_p, sender) => setTrusted(senderUrl(sender), true),
    'guard-leave': async (_p, sender) => {
      if (sender.tab?.id !== undefined) await browser.tabs.update(sender.tab.id, { url: 'about:blank' });
    },
  });
  // A navigation ends the warning of the page before it.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' || !change.url) return;
    void browser.storage.session.get(stateKey(tabId)).then(async (got) => {
      const state = got[stateKey(tabId)] as { url: string } | undefined;
      if (!state || state.url === change.url) return;
      await browser.storage.session.remove(stateKey(tabId));
      await action().setBadgeText({ tabId, text: '' });
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(stateKey(tabId)));
  // The opt-in guard follows its permission: granted → registered; revoked → unregistered.
  browser.permissions.onAdded.addListener(() => void syncGuard());
  browser.permissions.onRemoved.addListener(() => void syncGuard());
  void syncGuard();
  // With the guard on, every page asks at its start: have the list ready before the first one.
  void guardWanted().then((on) => (on ? phishingList() : null));
}
