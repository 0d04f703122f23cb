// Bundled by esbuild into an IIFE and evaluated INSIDE the extension's service worker, where the
// guard's look-alike check runs on every navigation: loads the built offline list as the worker
// does and times checkLookalike. Exposes `globalThis.__wwLookalike`.
import { checkLookalike } from '../../lib/protect/lookalike';
import { indexPhishingList, type PhishingList, type PhishingListData } from '../../lib/protect/phishing-list';

let list: PhishingList | null = null;

const api = {
  /** Load and index the list shipped in the build (ms). */
  async init(): Promise<number> {
    const t0 = performance.now();
    const data = (await (await fetch(chrome.runtime.getURL('/protect/phishing-list.json'))).json()) as PhishingListData;
    list = indexPhishingList(data);
    return performance.now() - t0;
  },
  /**
   * Per URL, the mean time of one check over `batch` calls (ms): the worker's timer is coarse
   * (not cross-origin isolated), so each sample is a batch. Also how many URLs were warned.
   */
  time(urls: string[], batch: number): { perCall: number[]; warned: number } {
    for (const u of urls) checkLookalike(u, list);
    const perCall: number[] = [];
    let warned = 0;
    for (const u of urls) {
      const t0 = performance.now();
      for (let i = 0; i < batch; i++) checkLookalike(u, list);
      perCall.push((performance.now() - t0) / batch);
      if (checkLookalike(u, list)) warned++;
    }
    return { perCall, warned };
  },
};
/** What the bench calls in the worker (scripts/bench/lookalike.ts). */
export type LookalikeBench = typeof api;
(globalThis as unknown as { __wwLookalike: LookalikeBench }).__wwLookalike = api;
