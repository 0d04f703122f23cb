import { SITE_CORE_LINES } from './cores.generated';
import { buildHostIndex, lookupUrl } from './lookup';
import type { SiteCategory, SiteCore } from './types';

type Hints = NonNullable<SiteCore['hints']>;

/** One-letter codes of the hints in the generated lines (scripts/site-cores.ts writes them). */
export const HINT_CODES = {
  p: 'supportPaths',
  h: 'supportHosts',
  t: 'txPaths',
  c: 'defaultCurrency',
  r: 'hashRouting',
} as const satisfies Record<string, keyof Hints>;

/** Reads the generated lines (`id category host,host [code:value …]` or `… -`) back into SiteCores. */
export function parseCores(text: string): SiteCore[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [id = '', category, hosts = '', ...hints] = line.split(' ');
      const core: SiteCore = { id, category: category as SiteCategory, hosts: hosts.split(',') };
      if (hints[0] === '-') return core;
      const out: Record<string, unknown> = {};
      for (const hint of hints) {
        const key = HINT_CODES[hint[0] as keyof typeof HINT_CODES];
        const value = hint.slice(2);
        out[key] = key === 'hashRouting' ? value === '1' : key === 'defaultCurrency' ? value : value.split(',');
      }
      core.hints = out as Hints;
      return core;
    });
}

/** The registry's detection data (ids, kinds, hosts, hints): what the content script carries. */
export const SITE_CORES: readonly SiteCore[] = parseCores(SITE_CORE_LINES);

let coreIndex: Map<string, SiteCore> | undefined;

/** The registry site (detection data only) serving `url`, or null. */
export function coreForUrl(url: string, index?: Map<string, SiteCore>): SiteCore | null {
  // Built on first use: a bundle that imports this module for its data does not pay for it.
  return lookupUrl(url, index ?? (coreIndex ??= buildHostIndex(SITE_CORES)));
}
