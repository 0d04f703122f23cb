import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SITES, buildHostIndex, registryMatchPatterns, siteById, siteForHost, siteForUrl, type WalletSite } from '@/lib/sites';
import { matchPatterns } from '@/lib/sites/lookup';
import { hostWithin } from '@/lib/sites/support-url';

// DESIGN.md: these ids are never renamed; more may be added only together with this list.
const IDS = [
  'paypal',
  'venmo',
  'cashapp',
  'wise',
  'revolut',
  'skrill',
  'payoneer',
  'googlepay',
  'alipay',
  'wechatpay',
  'unionpay',
  'coinbase',
  'binance',
  'kraken',
  'okx',
  'bybit',
  'cryptocom',
  'metamask',
  'etherscan',
  'bscscan',
  'polygonscan',
  'solscan',
  'tronscan',
  'blockchain',
];

const HOSTNAME = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;
/** A host entry: a host name, or one scoped to its first path segment (`support.google.com/googlepay`). */
const HOST_ENTRY = new RegExp(`${HOSTNAME.source.slice(0, -1)}(?:/[a-z0-9-]+)?$`);
const SHARED_HELP_HOSTS = ['support.google.com'];
const each = SITES.map((s) => [s.id, s] as const);

function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

describe('registry contents', () => {
  it('holds exactly the 24 contract ids, each once, in files of the same name', () => {
    expect(SITES.map((s) => s.id).sort()).toEqual([...IDS].sort());
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    for (const id of IDS) expect(siteById(id)?.id).toBe(id);
    expect(siteById('huobi')).toBeNull();
    expect(siteById(null)).toBeNull();
  });

  it('builds its host index without a host claimed twice', () => {
    expect(() => buildHostIndex(SITES)).not.toThrow();
    const [a, b] = SITES as [WalletSite, WalletSite];
    expect(() => buildHostIndex([a, { ...b, hosts: [a.hosts[0]!.toUpperCase()] }])).toThrow(/two sites/);
  });

  it('lists hosts as bare lower-case names, none nested in another listed host', () => {
    const all = SITES.flatMap((s) => s.hosts.map((h) => ({ id: s.id, h })));
    for (const { id, h } of all) {
      expect(h, id).toMatch(HOST_ENTRY);
      for (const other of all) {
        if (other.h !== h) expect(hostWithin(h, other.h), `${h} (${id}) under ${other.h}`).toBe(false);
      }
    }
  });

  it('scopes hosts to a path only on help hosts that many products share, never the host itself', () => {
    const scoped = SITES.flatMap((s) => s.hosts.filter((h) => h.includes('/')));
    expect(scoped.length).toBeGreaterThan(0);
    for (const h of scoped) expect(SHARED_HELP_HOSTS, h).toContain(h.split('/')[0]);
    for (const shared of SHARED_HELP_HOSTS) expect(siteForHost(shared), shared).toBeNull();
  });

  it.each(each)('%s has both names, a support URL, a channel and its regions', (_, site) => {
    expect(site.names.en.trim()).not.toBe('');
    expect(site.names.zh).toMatch(/\S/);
    expect(site.supportUrls.length).toBeGreaterThan(0);
    expect(site.channels.length).toBeGreaterThan(0);
    expect(site.regions.length).toBeGreaterThan(0);
    for (const u of [...site.supportUrls, ...(site.statusUrl ? [site.statusUrl] : [])]) {
      expect(new URL(u).protocol, u).toBe('https:');
    }
  });

  it.each(each)('%s channels are dialable, mailable or https, sourced, and dated or marked unverified', (_, site) => {
    for (const c of site.channels) {
      const where = `${site.id} ${c.url}`;
      if (c.kind === 'phone') expect(c.url, where).toMatch(/^tel:\+?[0-9]{5,15}$/);
      else if (c.kind === 'email') expect(c.url, where).toMatch(/^mailto:[^@\s/]+@[a-z0-9.-]+\.[a-z]+$/);
      else expect(new URL(c.url).protocol, where).toBe('https:');
      expect(c.url.startsWith('tel:')).toBe(c.kind === 'phone');
      expect(new URL(c.source).protocol, where).toBe('https:');
      if (c.unverified === true) expect(c.checked, where).toBeUndefined();
      else expect(isValidDate(c.checked ?? ''), `${where} checked ${c.checked}`).toBe(true);
      expect(c.label.en).toMatch(/\S/);
      expect(c.label.zh).toMatch(/\S/);
      if (c.region) expect(site.regions, where).toContain(c.region);
    }
  });

  it.each(each)('%s hints stay inside the site', (_, site) => {
    for (const h of site.hints?.supportHosts ?? []) {
      expect(
        site.hosts.some((own) => hostWithin(h, own)),
        `${site.id} supportHost ${h}`,
      ).toBe(true);
    }
    for (const p of [...(site.hints?.supportPaths ?? []), ...(site.hints?.txPaths ?? [])]) {
      expect(p, site.id).toMatch(/^\/[a-z0-9/_-]+$/);
    }
    if (site.hints?.txPaths) expect(site.category).toBe('explorer');
  });
});

describe('URL → site', () => {
  const others = (site: WalletSite) => SITES.filter((s) => s !== site);

  it.each(each)('%s examples resolve to it and to no other site', (_, site) => {
    expect(site.examples.length).toBeGreaterThanOrEqual(3);
    expect(site.examples.length).toBeLessThanOrEqual(5);
    for (const url of site.examples) {
      expect(siteForUrl(url)?.id, url).toBe(site.id);
      for (const other of others(site)) {
        expect(siteForUrl(url, buildHostIndex([other])), `${url} vs ${other.id}`).toBeNull();
      }
    }
  });

  it('matches nothing on look-alike or shared hosts', () => {
    const strangers = [
      'https://paypal.com.evil.example/cshelp',
      'https://notpaypal.com/',
      'https://www.paypal.co/',
      'https://qq.com/',
      'https://weixin.qq.com/',
      'https://mail.qq.com/',
      'https://support.google.com/',
      'https://support.google.com/youtube/answer/1',
      'https://support.google.com/googlepayments/answer/1',
      'https://support.google.com/answer/googlepay',
      'https://www.google.com/googlepay/',
      'https://www.google.com/',
      'https://custhelp.com/',
      'https://paypal.custhelp.com/app/ask',
      'https://www.zendesk.com/',
      'https://binance.zendesk.com/hc/en-us',
      'https://metamask-support.zendesk.com/',
      'https://bybit.eu/',
      'https://payoneer-custhelp.com/',
      'https://payoneer.custhelp.com.example/',
      'https://paypal-status.com.example/',
      'https://etherscan.io.phish.example/tx/0x00',
      'https://etherscan-io.example/',
      'https://binance.us/',
      'https://alipay.com.cn.example/',
      'https://paypal.com@evil.example/',
    ];
    for (const url of strangers) expect(siteForUrl(url)?.id ?? null, url).toBeNull();
  });

  it('ignores case and the trailing dot of a fully qualified name', () => {
    expect(siteForUrl('https://WWW.PayPal.COM./us/cshelp')?.id).toBe('paypal');
    expect(siteForHost('CSHALL.ALIPAY.COM.')?.id).toBe('alipay');
    expect(siteForHost('Pay.Weixin.QQ.com')?.id).toBe('wechatpay');
    expect(siteForUrl('https://Support.Google.com/GooglePay/?hl=zh-Hans')?.id).toBe('googlepay');
  });

  it('resolves a path-scoped entry by its whole first segment, with any query or deeper path', () => {
    for (const url of [
      'https://support.google.com/googlepay',
      'https://support.google.com/googlepay?hl=en',
      'https://support.google.com/wallet/answer/12059326',
      'https://support.google.com/pay/answer/7625139',
      'https://support.google.com/paymentscenter/answer/7159343?hl=en',
    ])
      expect(siteForUrl(url)?.id, url).toBe('googlepay');
  });

  it('only reads web URLs', () => {
    expect(siteForUrl('not a url')).toBeNull();
    expect(siteForUrl('ftp://paypal.com/')).toBeNull();
    expect(siteForUrl('javascript:alert(1)')).toBeNull();
    expect(siteForUrl('http://paypal.com/')?.id).toBe('paypal');
  });

  it('resolves every subdomain of a listed host to its site', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    const hosts = SITES.flatMap((s) => s.hosts.filter((h) => !h.includes('/')).map((h) => [h, s.id] as const));
    fc.assert(
      fc.property(fc.constantFrom(...hosts), fc.array(label, { minLength: 1, maxLength: 3 }), ([h, id], labels) => {
        expect(siteForHost(`${labels.join('.')}.${h}`)?.id).toBe(id);
      }),
    );
  });
});

describe('registryMatchPatterns', () => {
  it('gives one valid Chrome match pattern per host, covering the host and its subdomains', () => {
    const patterns = registryMatchPatterns();
    expect(patterns).toHaveLength(SITES.reduce((n, s) => n + s.hosts.filter((h) => !h.includes('/')).length, 0));
    expect(new Set(patterns).size).toBe(patterns.length);
    for (const p of patterns) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
    expect(patterns).toContain('*://*.alipay.com/*');
    expect(patterns).toContain('*://*.pay.weixin.qq.com/*');
    expect(patterns.some((p) => p === '*://*.qq.com/*' || p === '*://*.google.com/*' || p.includes('support.google.com'))).toBe(false);
  });

  it('the content script also runs on the path-scoped help centres, and only under their paths', () => {
    const patterns = matchPatterns(SITES);
    expect(patterns).toContain('*://*.support.google.com/googlepay*');
    expect(
      patterns.filter((p) => p.includes('support.google.com')).every((p) => /^\*:\/\/\*\.support\.google\.com\/[a-z]+\*$/.test(p)),
    ).toBe(true);
  });
});
