import { normalizeHost } from './support-url';
import type { SiteCore } from './types';

type Hosted = Pick<SiteCore, 'hosts'>;

/**
 * Host → site lookup. Built once; lookups cost O(labels in the host), not O(sites). A host entry
 * may be scoped to a first path segment (`support.google.com/googlepay`): such a key matches only
 * URLs under that segment, on that host and its subdomains.
 */
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

/**
 * The site serving `hostname` (itself or any parent domain listed in the index); with `segment`
 * (the URL's first path segment, lower-case), a scoped entry for it wins over its host's.
 */
export function lookupHost<S>(hostname: string, index: Map<string, S>, segment = ''): S | null {
  let host = normalizeHost(hostname);
  for (;;) {
    const hit = (segment && index.get(`${host}/${segment}`)) || index.get(host);
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
  let segment = parsed.pathname.split('/')[1] ?? '';
  try {
    segment = decodeURIComponent(segment).toLowerCase();
  } catch {
    segment = segment.toLowerCase();
  }
  return lookupHost(parsed.hostname, index, segment);
}

/** A host entry scoped to a path segment: `support.google.com/googlepay`. */
const isScoped = (host: string) => host.includes('/');

/**
 * `*://*.host/*` for every host: matches the host itself and its subdomains, http and https. A
 * scoped entry gives `*://*.host/segment*` (the lookup then checks the whole segment), unless
 * `hostsOnly`: host permissions cannot be scoped to a path (Chrome ignores it), so those leave
 * scoped entries out, and the content script's matches keep them.
 */
export function matchPatterns(sites: readonly Hosted[], hostsOnly = false): string[] {
  return sites.flatMap((s) => s.hosts.filter((h) => !hostsOnly || !isScoped(h)).map((h) => `*://*.${h}${isScoped(h) ? '*' : '/*'}`));
}
