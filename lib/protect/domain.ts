import { parse } from 'tldts';
import { toUnicode } from 'punycode/punycode.es6.js';

/** A URL's host, split the way look-alike rules need it. */
export interface HostParts {
  /** ASCII host as the browser has it (lowercase, punycode, no trailing dot). */
  host: string;
  /** The same host decoded for display and confusable checks. */
  unicode: string;
  /** Registrable domain, counting private suffixes (`x.github.io`), ASCII. */
  domain: string;
  /** Its first label (`paypal` of `paypal.co.uk`), decoded. */
  label: string;
  /** Labels left of the registrable domain, decoded (`['login', 'paypal']`). */
  sub: string[];
  /** Public suffix (`co.uk`, or a private one such as `github.io`). */
  suffix: string;
  /** The suffix is a private one (a hosting or platform domain, per the Public Suffix List). */
  privateSuffix: boolean;
  /** First path segment, lowercased (`/view/binance-help` → `view`): hosted pages live in paths too. */
  path: string[];
}

function decode(label: string): string {
  if (!label.startsWith('xn--')) return label;
  try {
    return toUnicode(label);
  } catch {
    return label;
  }
}

/** The parts of an http(s) URL's host, or null (other schemes, IP addresses, unknown suffixes). */
export function hostParts(url: string): HostParts | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const p = parse(host, { allowPrivateDomains: true, extractHostname: false });
  if (p.isIp || !p.domain || !p.publicSuffix || !p.domainWithoutSuffix) return null;
  const sub = p.subdomain ? p.subdomain.split('.').filter(Boolean).map(decode) : [];
  return {
    host,
    unicode: host.split('.').map(decode).join('.'),
    domain: p.domain,
    label: decode(p.domainWithoutSuffix),
    sub,
    suffix: p.publicSuffix,
    privateSuffix: p.isPrivate === true,
    path: parsed.pathname
      .split('/')
      .filter(Boolean)
      .slice(0, 3)
      .map((s) => {
        try {
          return decodeURIComponent(s).toLowerCase();
        } catch {
          return s.toLowerCase();
        }
      }),
  };
}

/** The registrable domain of a host name (ICANN and private suffixes), or the host itself. */
export function registrableDomain(host: string): string {
  return parse(host, { allowPrivateDomains: true, extractHostname: false }).domain ?? host;
}
