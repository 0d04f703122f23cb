import { browser, type Browser } from 'wxt/browser';
import { judgePage } from '../detection';
import type { PageDetection, PageKind } from '../detection/types';
import { listen } from '../messages';
import { forgetTab, loadTabState, saveTabState } from './tab-state';

/** DESIGN.md contract: `!` red on a failed transaction, `?` blue on a support page, else none. */
const BADGE: Record<PageKind, { text: string; color: string }> = {
  'failed-transaction': { text: '!', color: '#d93025' },
  'support-page': { text: '?', color: '#1a73e8' },
  none: { text: '', color: '#5f6368' },
};

// Firefox MV2 builds expose browserAction instead of action.
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

async function showBadge(tabId: number, kind: PageKind): Promise<void> {
  const { text, color } = BADGE[kind];
  await action().setBadgeText({ tabId, text });
  if (text) await action().setBadgeBackgroundColor({ tabId, color });
}

export function setupDetectionBadge(): void {
  listen({
    'page-reading': ({ url, reading }, sender) => report(sender, url, judgePage(reading, url)),
    'tab-state': ({ tabId }) => loadTabState(tabId),
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A full navigation clears the tab's state; the content script of the new page reports anew.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' || !change.url) return;
    void loadTabState(tabId).then(async (state) => {
      if (state && state.url !== change.url) {
        await forgetTab(tabId);
        await showBadge(tabId, 'none');
      }
    });
  });
}

async function report(sender: Browser.runtime.MessageSender, url: string, detection: PageDetection): Promise<boolean> {
  const tabId = sender.tab!.id!;
  // A report from a frame other than the top one (or a stale page) must not set the badge.
  if (sender.frameId !== undefined && sender.frameId !== 0) return false;
  // The page's text changes more often than the verdict on it: keep the time of the last change.
  const before = await loadTabState(tabId);
  if (!before || before.url !== url || JSON.stringify(before.detection) !== JSON.stringify(detection)) {
    await saveTabState(tabId, { url, detection, at: Date.now() });
  }
  await showBadge(tabId, detection.kind);
  return true;
}
