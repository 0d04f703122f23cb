// Bundled by esbuild into an IIFE and evaluated INSIDE a wallet page (main world): times the real
// detector on the live DOM with performance.now(). Exposes `globalThis.__wwBench`.
import DOMPurify from 'dompurify';
import { detectPage, detectPageWith } from '../../lib/detection';
import { SITE_CORES } from '../../lib/sites/core';
import { buildHostIndex } from '../../lib/sites/lookup';
import type { SiteCore } from '../../lib/sites/types';
import { snapshotPage } from '../../lib/evidence/snapshot';
import { type Enough, enough } from './stable';

/**
 * The registry's detection data (the SiteCores detectPage itself looks sites up in) plus generated
 * sites up to `total` (default 1,000), copies of real ones under new ids and hosts, so both
 * registries hold objects of the same shapes and differ only in size.
 */
function generatedRegistry(total = 1000): SiteCore[] {
  const out: SiteCore[] = [...SITE_CORES];
  for (let i = out.length; i < total; i++) {
    const base = SITE_CORES[i % SITE_CORES.length]!;
    const id = `gen${String(i).padStart(4, '0')}`;
    out.push({ ...base, id, hosts: [`${id}-pay.example`, `wallet.${id}.test`, `${id}.exchange.example`] });
  }
  return out;
}

const now = () => performance.now();

/**
 * The floor under detection: every text node of the body read and joined, the least any reader
 * of a page's text does (no classification, no caps).
 */
function textWalk(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  const out: string[] = [];
  if (!root) return '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node.nodeValue ?? '');
  return out.join('\n');
}

/**
 * Samples of `a` and `b` (ms per call), taken in pairs, the order swapped every pair: at least
 * `runs` pairs, then more (up to 10 × `runs`, or 20 s) until the median of a ÷ b is known to ±5 %.
 * Each sample is the fastest of 3 back-to-back batches: being descheduled only ever adds time.
 */
function interleaved(a: () => unknown, b: () => unknown, runs: number, warm: number, batch = 1): { a: number[]; b: number[] } {
  const [sa, sb] = interleavedAll([a, b], runs, warm, batch);
  return { a: sa!, b: sb! };
}

/**
 * interleaved for any number of functions: one sample of each per round, the order rotated round
 * by round so each takes every place equally often; the stopping rule is on
 * fns[0] ÷ fns[1] (the budgeted ratio).
 */
function interleavedAll(fns: (() => unknown)[], runs: number, warm: number, batch = 1): number[][] {
  const out = fns.map(() => [] as number[]);
  for (const fn of fns) sample(fn, 1, warm);
  const want: Enough = { min: runs, max: 10 * runs, tolerance: 0.1 };
  const t0 = now();
  for (let i = 0; i < want.max; i++) {
    if (
      i >= runs &&
      i % 10 === 0 &&
      (now() - t0 > 20_000 ||
        enough(
          out[0]!.map((x, k) => x / out[1]![k]!),
          want,
        ))
    )
      break;
    // With two functions: b then a, a then b, … as before.
    const order = fns.map((_, k) => (k + i + 1) % fns.length);
    for (const k of order) out[k]!.push(Math.min(...sample(fns[k]!, 3, 0, batch)));
  }
  return out;
}

/** `runs` timed calls after `warm` untimed ones; one sample per `batch` calls (ms per call). */
function sample(fn: () => unknown, runs: number, warm: number, batch = 1): number[] {
  for (let i = 0; i < warm; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    for (let k = 0; k < batch; k++) fn();
    out.push((now() - t0) / batch);
  }
  return out;
}

const bench = {
  elements: () => document.getElementsByTagName('*').length,
  detect: (url: string) => detectPage(document, url),
  /** detectPage samples in ms. */
  time: (url: string, runs: number, warm = 5) => sample(() => detectPage(document, url), runs, warm),
  /** detectPage against its floor (the bare text walk), interleaved pair by pair (ms per call). */
  detectVsWalk(url: string, runs: number, batch = 1) {
    const r = interleaved(
      () => detectPage(document, url),
      () => textWalk(document),
      runs,
      5,
      batch,
    );
    return { detect: r.a, walk: r.b, walkChars: textWalk(document).length };
  },
  /** Real registry against 1,000 generated sites, interleaved pair by pair (ms per call). */
  registry(url: string, runs: number, batch: number) {
    const sites = generatedRegistry();
    const index = buildHostIndex(sites);
    const r = interleaved(
      () => detectPage(document, url),
      () => detectPageWith(document, url, index),
      runs,
      5,
      batch,
    );
    return { real: r.a, generated: r.b, sites: sites.length, hosts: index.size };
  },
  /** The page snapshot, as the capture probe takes it. */
  snapshot: () => snapshotPage(document),
  /**
   * snapshotPage against its floor, the bare primitives a sanitising snapshot cannot avoid: one
   * XMLSerializer pass over the document plus one DOMPurify.sanitize of that text with DOMPurify's
   * default configuration (whole document, no hooks), from the same bundled DOMPurify; and, for
   * information, against the XMLSerializer pass alone. Interleaved, the three in rotating order; on
   * small pages each sample is the mean of enough calls for the fastest to take ~4 ms.
   */
  snapshotVsFloor(runs: number, warm = 2) {
    let snapChars = 0;
    const bare = DOMPurify(window);
    const snap = () => (snapChars = snapshotPage(document).length);
    const floor = () => (bare.sanitize(new XMLSerializer().serializeToString(document), { WHOLE_DOCUMENT: true }) as string).length;
    const xml = () => new XMLSerializer().serializeToString(document).length;
    const once = Math.min(sample(snap, 1, warm)[0]!, sample(floor, 1, warm)[0]!, sample(xml, 1, warm)[0]!);
    const batch = Math.min(100, Math.max(1, Math.ceil(4 / Math.max(once, 0.02))));
    const [s, f, x] = interleavedAll([snap, floor, xml], runs, 0, batch);
    return { snapshot: s!, floor: f!, xml: x!, snapChars, batch };
  },
};

(globalThis as unknown as { __wwBench: typeof bench }).__wwBench = bench;
export type PageBench = typeof bench;
