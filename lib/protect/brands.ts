import { SITES, type WalletSite } from '../sites';
import { registrableDomain } from './domain';
import { skeleton } from './skeleton';

/** How a registry provider is named in domains (marks) and on pages (words). */
export interface Brand {
  siteId: string;
  /** Lowercase ASCII names a look-alike domain borrows (`paypal`, `cashapp`, `weixin`). */
  marks: string[];
  /** The provider's own registrable domains (`paypal.com`), for "imitates …". */
  domains: string[];
}

/**
 * Registrable labels that are ordinary words or shared platforms: never a brand mark on their own
 * (cash.app, crypto.com, blockchain.com, pay.google.com, kf.qq.com). Their joined names
 * (`cashapp`, `cryptocom`) are marks instead. `wise` stays a mark: marks under five letters only
 * count as whole words next to a lure ("wise-support"), never inside other words ("otherwise").
 */
const GENERIC = new Set(['cash', 'crypto', 'blockchain', 'google', 'qq', 'pay', 'wallet']);

/** Names a provider goes by that its hosts do not spell. */
const EXTRA_MARKS: Record<string, string[]> = {
  cashapp: ['cashapp'],
  cryptocom: ['cryptocom'],
  blockchain: ['blockchaincom'],
  googlepay: ['googlepay', 'googlewallet'],
  wechatpay: ['wechatpay', 'weixinpay', 'wechat', 'weixin'],
  unionpay: ['yunshanfu'],
};

function brandOf(site: WalletSite): Brand {
  const domains = [...new Set(site.hosts.map(registrableDomain))];
  const labels = domains.map((d) => d.split('.')[0]!).filter((l) => /^[a-z]+$/.test(l) && !GENERIC.has(l));
  return { siteId: site.id, marks: [...new Set([...labels, ...(EXTRA_MARKS[site.id] ?? [])])], domains };
}

/** One entry per registry site, in registry order. */
const BRANDS: readonly Brand[] = SITES.map(brandOf);

/** Every mark with its brand and its confusable skeleton, longest first (the most specific wins). */
export const MARKS: readonly { mark: string; skeleton: string; brand: Brand }[] = BRANDS.flatMap((brand) =>
  brand.marks.map((mark) => ({ mark, skeleton: skeleton(mark), brand })),
).sort((a, b) => b.mark.length - a.mark.length);

/**
 * Hosts that are the providers' own (each with its subdomains): the registry's hosts, the hosts
 * of its support and status pages. Nothing here is ever warned about.
 */
export const OWN_HOSTS: ReadonlySet<string> = new Set(
  SITES.flatMap((s) => [...s.hosts, ...[...s.supportUrls, ...(s.statusUrl ? [s.statusUrl] : [])].map((u) => new URL(u).hostname)]).map(
    (h) => h.toLowerCase().replace(/^www\./, ''),
  ),
);

/** Whether `host` is one of OWN_HOSTS or below one. */
export function isOwnHost(host: string): boolean {
  let h = host;
  for (;;) {
    if (OWN_HOSTS.has(h)) return true;
    const dot = h.indexOf('.');
    if (dot < 0) return false;
    h = h.slice(dot + 1);
  }
}
