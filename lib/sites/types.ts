/** Where a complaint body or a channel applies. */
export type RegionId = 'CN' | 'US' | 'UK' | 'EU' | 'GLOBAL';

export type ChannelKind = 'phone' | 'chat' | 'forum' | 'email' | 'form' | 'social';

export interface Localized {
  en: string;
  zh: string;
}

/**
 * Where a fact (a phone number, address, link, time limit or complaint body) comes from.
 * `checked`: the date (YYYY-MM-DD) it was read on `source`, the provider's or regulator's own
 * page. `unverified`: it was found only in third-party copies (news, mirrors, directories), so the
 * UI says "unverified" beside it; `source` is then the official page to check it on.
 */
export type FactCheck = { source: string; checked: string; unverified?: never } | { source: string; unverified: true; checked?: never };

/** One way to reach the provider. `url` is `tel:`, `mailto:` or https. */
export type Channel = FactCheck & {
  kind: ChannelKind;
  url: string;
  label: Localized;
  /** Region the channel serves; omitted when it serves everyone. */
  region?: RegionId;
};

export type SiteCategory = 'wallet' | 'payment-app' | 'exchange' | 'explorer';

export interface WalletSite {
  /** Stable registry id; never renamed (DESIGN.md). */
  id: string;
  names: Localized;
  category: SiteCategory;
  /**
   * Hosts the provider serves its app, help centre or explorer on. A host matches itself and
   * every subdomain, so list `paypal.com` rather than `www.paypal.com`.
   */
  hosts: string[];
  /** Help / contact / dispute pages. */
  supportUrls: string[];
  /** Service status or announcement page, for "is it down?". */
  statusUrl?: string;
  channels: Channel[];
  regions: RegionId[];
  /** Site-specific detection hints, used on top of the generic detector. */
  hints?: {
    /** Path prefixes or fragments that mean "help / contact / dispute page". */
    supportPaths?: string[];
    /** Hosts that are entirely help centres (e.g. `cshall.alipay.com`). */
    supportHosts?: string[];
    /** Explorer-style transaction page paths (e.g. `/tx/`). */
    txPaths?: string[];
    /** Default currency symbol/code shown on the site when none is printed. */
    defaultCurrency?: string;
    /**
     * The site routes in the URL fragment (`https://tronscan.org/#/transaction/<hash>`), so
     * `txPaths` and `supportPaths` are looked for in `location.hash` as well as in the path.
     */
    hashRouting?: boolean;
  };
  /** URLs that must resolve to this site and no other (cross-tested). */
  examples: string[];
}

/**
 * What the detector needs of a site: id, kind, hosts and hints. The content script bundles only
 * these (lib/sites/cores.generated.ts), not names, channels and sources, to stay small.
 */
export type SiteCore = Pick<WalletSite, 'id' | 'category' | 'hosts' | 'hints'>;
