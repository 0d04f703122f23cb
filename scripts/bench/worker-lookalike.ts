// Bundled by esbuild into an IIFE and evaluated INSIDE the extension's service worker, where the
// guard's look-alike check runs on every navigation: loads the built offline list as the worker
// does and times checkLookalike against its floor. Exposes `globalThis.__wwLookalike`.
import { checkLookalike } from '../../lib/protect/lookalike';
import { indexPhishingList, type PhishingList, type PhishingListData } from '../../lib/protect/phishing-list';
import { type Enough, enough } from './stable';

let list: PhishingList | null = null;

/** The floor: what any check of an address does first, parse it and take its host name. */
const bareHost = (u: string) => new URL(u).hostname;

/** ms per URL of `f` over all `urls`, the pass repeated `reps` times, the fastest of 3 such runs. */
function perUrl(f: (u: string) => unknown, urls: readonly string[], reps: number): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) for (const u of urls) f(u);
    best = Math.min(best, performance.now() - t0);
  }
  return best / (reps * urls.length);
}

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
  /**
   * checkLookalike over the whole corpus against the bare host-name parse of the same URLs, in
   * pairs, the order swapped every pair: at least `runs` pairs, then more (up to 4 × `runs`)
   * until the median ratio is known to ±5 %. Samples in ms per URL; the floor's pass is repeated
   * until it takes about as long as one check pass, for the coarse timer.
   */
  pairs(urls: string[], runs: number): { check: number[]; floor: number[]; floorReps: number } {
    const check = (u: string) => checkLookalike(u, list);
    const once = perUrl(check, urls, 1);
    const floorReps = Math.max(1, Math.min(200, Math.round(once / Math.max(perUrl(bareHost, urls, 1), 1e-5))));
    const out = { check: [] as number[], floor: [] as number[], floorReps };
    const want: Enough = { min: runs, max: 4 * runs, tolerance: 0.1 };
    for (
      let i = 0;
      !enough(
        out.check.map((x, k) => x / out.floor[k]!),
        want,
      );
      i++
    ) {
      if (i % 2) {
        out.check.push(perUrl(check, urls, 1));
        out.floor.push(perUrl(bareHost, urls, floorReps));
      } else {
        out.floor.push(perUrl(bareHost, urls, floorReps));
        out.check.push(perUrl(check, urls, 1));
      }
    }
    return out;
  },
};
/** What the bench calls in the worker (scripts/bench/lookalike.ts). */
export type LookalikeBench = typeof api;
(globalThis as unknown as { __wwLookalike: LookalikeBench }).__wwLookalike = api;
