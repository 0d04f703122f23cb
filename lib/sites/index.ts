import type { SiteCore, WalletSite } from './types';
import { buildHostIndex, lookupHost, lookupUrl, matchPatterns } from './lookup';
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
  SiteCore,
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

export { buildHostIndex } from './lookup';

/**
 * Match patterns for the host permissions, generated from the registry: every host, without the
 * path-scoped entries (the content script's matches, from the same data, keep those).
 */
export function registryMatchPatterns(sites: readonly Pick<SiteCore, 'hosts'>[] = SITES): string[] {
  return matchPatterns(sites, true);
}

const defaultIndex = buildHostIndex(SITES);

/** The site serving `hostname` (itself or any parent domain listed in the registry). */
export function siteForHost(hostname: string, index: Map<string, WalletSite> = defaultIndex): WalletSite | null {
  return lookupHost(hostname, index);
}

export function siteForUrl(url: string, index: Map<string, WalletSite> = defaultIndex): WalletSite | null {
  return lookupUrl(url, index);
}

/** The detector's view of a site: only what detection reads (see SiteCore). */
export function toCore(site: WalletSite): SiteCore {
  return { id: site.id, category: site.category, hosts: site.hosts, ...(site.hints ? { hints: site.hints } : {}) };
}

export function siteById(id: string | null | undefined): WalletSite | null {
  return SITES.find((s) => s.id === id) ?? null;
}
