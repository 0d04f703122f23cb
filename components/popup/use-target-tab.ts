import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { TabState } from '@/lib/background/tab-state';
import { send } from '@/lib/messages';

export interface TargetTab {
  tabId: number;
  windowId: number;
  /** Whether it was the active tab of its window when the popup opened (the toolbar popup's is). */
  active: boolean;
  url: string;
  title: string;
  state: TabState | null;
}

/**
 * The tab the popup acts on: `?tabId=N` (DESIGN.md hook for black-box checks) or the active
 * tab of the current window.
 */
async function resolveTargetTab(search: string): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tabId');
  const tab =
    param && /^\d+$/.test(param)
      ? await browser.tabs.get(Number(param)).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return null;
  const state = await send<TabState | null>('tab-state', { tabId: tab.id }).catch(() => null);
  return { tabId: tab.id, windowId: tab.windowId ?? -1, active: tab.active === true, url: tab.url ?? '', title: tab.title ?? '', state };
}

export function useTargetTab(): { tab: TargetTab | null; loading: boolean; refresh: () => void } {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick is the refresh trigger
  useEffect(() => {
    let live = true;
    void resolveTargetTab(location.search).then((t) => {
      if (!live) return;
      setTab(t);
      setLoading(false);
    });
    return () => {
      live = false;
    };
  }, [tick]);
  return { tab, loading, refresh: () => setTick((n) => n + 1) };
}
