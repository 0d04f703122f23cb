// Bundled by esbuild into an IIFE and evaluated INSIDE a wallet page (main world): times the real
// detector on the live DOM with performance.now(). Exposes `globalThis.__wwBench`.
import { detectPage, detectPageWith } from '../../lib/detection';
import { SITE_CORES } from '../../lib/sites/core';
import { buildHostIndex } from '../../lib/sites/lookup';
import type { SiteCore } from '../../lib/sites/types';
import { snapshotPage } from '../../lib/evidence/snapshot';

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
  detectWithGenerated: (url: string) => detectPageWith(document, url, buildHostIndex(generatedRegistry())),
  /** detectPage samples in ms. */
  time: (url: string, runs: number, warm = 5) => sample(() => detectPage(document, url), runs, warm),
  /** Real registry against 1,000 generated sites, interleaved pair by pair (ms per call). */
  registry(url: string, runs: number, batch: number) {
    const sites = generatedRegistry();
    const index = buildHostIndex(sites);
    const real: number[] = [];
    const generated: number[] = [];
    sample(() => detectPageWith(document, url, index), 1, 5);
    sample(() => detectPage(document, url), 1, 5);
    for (let i = 0; i < runs; i++) {
      const a = () => real.push(...sample(() => detectPage(document, url), 1, 0, batch));
      const b = () => generated.push(...sample(() => detectPageWith(document, url, index), 1, 0, batch));
      if (i % 2) {
        a();
        b();
      } else {
        b();
        a();
      }
    }
    return { real, generated, sites: sites.length, hosts: index.size };
  },
  /** The DOM serialized bare (outerHTML) and by the extension's snapshotPage, in ms. */
  serialize(runs: number) {
    let outerChars = 0;
    let snapChars = 0;
    const outer = sample(() => (outerChars = document.documentElement.outerHTML.length), runs, 2);
    const snapshot = sample(() => (snapChars = snapshotPage(document).length), runs, 2);
    return { outer, snapshot, outerChars, snapChars };
  },
};

(globalThis as unknown as { __wwBench: typeof bench }).__wwBench = bench;
export type PageBench = typeof bench;
