import type { SiteCore } from './types';

/** Lower-case, without the trailing dot of a fully qualified name (`PayPal.COM.` → `paypal.com`). */
export function normalizeHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

/** `host` is `parent` itself or one of its subdomains (both already normalised). */
export function hostWithin(host: string, parent: string): boolean {
  return host === parent || host.endsWith(`.${parent}`);
}

/** `/US//CSHelp/` → `/us/cshelp/`: lower-case, single slashes, always ending in one slash. */
function segmentPath(path: string): string {
  const clean = path
    .toLowerCase()
    .replace(/\/{2,}/g, '/')
    .replace(/^\/|\/$/g, '');
  return clean ? `/${clean}/` : '/';
}

/**
 * True when `url` is one of `site`'s help / contact / dispute pages: its host belongs to the site
 * and either lies under one of `hints.supportHosts`, or its path holds one of `hints.supportPaths`
 * as whole segments. Whole segments anywhere in the path, so locale prefixes need no special case
 * (`/us/cshelp/personal`, `/zh-CN/support/faq` match `/cshelp`, `/support`) while look-alike
 * segments do not (`/supported-coins` is not `/support`). Sites with `hints.hashRouting` are
 * checked in the fragment route (`#/contact`) too. A URL of another site, or no URL at all, is never one.
 */
export function isSupportUrl(url: string, site: Pick<SiteCore, 'hosts' | 'hints'>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  const host = normalizeHost(parsed.hostname);
  const first = parsed.pathname.split('/')[1]?.toLowerCase() ?? '';
  // A host entry may be scoped to a first path segment (`support.google.com/googlepay`).
  const serves = (entry: string) => {
    const [h = '', segment] = normalizeHost(entry).split('/');
    return hostWithin(host, h) && (segment === undefined || segment === first);
  };
  if (!site.hosts.some(serves)) return false;

  const hints = site.hints ?? {};
  if ((hints.supportHosts ?? []).some(serves)) return true;

  const paths = [segmentPath(parsed.pathname)];
  if (hints.hashRouting && parsed.hash.startsWith('#/')) {
    paths.push(segmentPath(parsed.hash.slice(1).split('?')[0]!));
  }
  const needles = (hints.supportPaths ?? []).map(segmentPath).filter((n) => n !== '/');
  return needles.some((needle) => paths.some((p) => p.includes(needle)));
}
