import { browser } from 'wxt/browser';
import type { PageDetection } from '../detection/types';

/** What the background knows about a tab. Kept in storage.session: MV3 may stop the worker. */
export interface TabState {
  url: string;
  detection: PageDetection;
  at: number;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function loadTabState(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
