import { normalizeHost } from './support-url';
import type { SiteCore } from './types';

type Hosted = Pick<SiteCore, 'hosts'>;

/** Host → site lookup. Built once; lookups cost O(labels in the host), not O(sites). */
export function buildHostIndex<S extends Hosted>(sites: readonly S[]): Map<string, S> {
  const index = new Map<string, S>();
  for (const site of sites) {
    for (const host of site.hosts) {
      const key = host.toLowerCase();
      if (index.has(key)) throw new Error(`host ${key} is claimed by two sites`);
      index.set(key, site);
    }
  }
  return index;
}

/** The site serving `hostname` (itself or any parent domain listed in the index). */
export function lookupHost<S>(hostname: string, index: Map<string, S>): S | null {
  let host = normalizeHost(hostname);
  for (;;) {
    const hit = index.get(host);
    if (hit) return hit;
    const dot = host.indexOf('.');
    if (dot < 0) return null;
    host = host.slice(dot + 1);
  }
}

/** The site of an http(s) URL, or null (other schemes, unparsable input, unknown hosts). */
export function lookupUrl<S>(url: string, index: Map<string, S>): S | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return lookupHost(parsed.hostname, index);
}

/** `*://*.host/*` for every host: matches the host itself and its subdomains, http and https. */
export function matchPatterns(sites: readonly Hosted[]): string[] {
  return sites.flatMap((s) => s.hosts.map((h) => `*://*.${h}/*`));
}
