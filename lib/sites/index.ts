import type { WalletSite } from './types';
import { normalizeHost } from './support-url';
import { paypal } from './paypal';
import { venmo } from './venmo';
import { cashapp } from './cashapp';
import { wise } from './wise';
import { revolut } from './revolut';
import { skrill } from './skrill';
import { payoneer } from './payoneer';
import { googlepay } from './googlepay';
import { alipay } from './alipay';
import { wechatpay } from './wechatpay';
import { unionpay } from './unionpay';
import { coinbase } from './coinbase';
import { binance } from './binance';
import { kraken } from './kraken';
import { okx } from './okx';
import { bybit } from './bybit';
import { cryptocom } from './cryptocom';
import { metamask } from './metamask';
import { etherscan } from './etherscan';
import { bscscan } from './bscscan';
import { polygonscan } from './polygonscan';
import { solscan } from './solscan';
import { tronscan } from './tronscan';
import { blockchain } from './blockchain';

export type {
  WalletSite,
  Channel,
  ChannelKind,
  RegionId,
  Localized,
  SiteCategory,
} from './types';
export { isSupportUrl } from './support-url';

/** The registry: one entry per provider, one file per provider. Order is display order. */
export const SITES: readonly WalletSite[] = [
  paypal,
  venmo,
  cashapp,
  wise,
  revolut,
  skrill,
  payoneer,
  googlepay,
  alipay,
  wechatpay,
  unionpay,
  coinbase,
  binance,
  kraken,
  okx,
  bybit,
  cryptocom,
  metamask,
  etherscan,
  bscscan,
  polygonscan,
  solscan,
  tronscan,
  blockchain,
];

/** Host → site lookup. Built once; lookups cost O(labels in the host), not O(sites). */
export function buildHostIndex(sites: readonly WalletSite[]): Map<string, WalletSite> {
  const index = new Map<string, WalletSite>();
  for (const site of sites) {
    for (const host of site.hosts) {
      const key = host.toLowerCase();
      if (index.has(key)) throw new Error(`host ${key} is claimed by two sites`);
      index.set(key, site);
    }
  }
  return index;
}

const defaultIndex = buildHostIndex(SITES);

/** The site serving `hostname` (itself or any parent domain listed in the registry). */
export function siteForHost(
  hostname: string,
  index: Map<string, WalletSite> = defaultIndex,
): WalletSite | null {
  let host = normalizeHost(hostname);
  for (;;) {
    const hit = index.get(host);
    if (hit) return hit;
    const dot = host.indexOf('.');
    if (dot < 0) return null;
    host = host.slice(dot + 1);
  }
}

export function siteForUrl(url: string, index?: Map<string, WalletSite>): WalletSite | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return siteForHost(parsed.hostname, index);
}

export function siteById(id: string | null | undefined): WalletSite | null {
  return SITES.find((s) => s.id === id) ?? null;
}

/** Match patterns for the content script and host permissions, generated from the registry. */
export function registryMatchPatterns(sites: readonly WalletSite[] = SITES): string[] {
  return sites.flatMap((s) => s.hosts.map((h) => `*://*.${h}/*`));
}
