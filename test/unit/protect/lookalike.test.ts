// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkLookalike } from '../../../lib/protect/lookalike';
import { indexPhishingList } from '../../../lib/protect/phishing-list';
import { SITES } from '../../../lib/sites';
import { phishingListData } from '../../../scripts/phishing-list';
import { LEGIT_HOSTS, LOOKALIKES } from './corpora';

const list = indexPhishingList(phishingListData());
const check = (url: string) => checkLookalike(url, list);

describe('look-alike domains: corpora', () => {
  it('warns about none of 300+ real legitimate hosts (banks, shops, regulators, the providers’ regional domains)', () => {
    expect(LEGIT_HOSTS.length).toBeGreaterThanOrEqual(300);
    const warned = LEGIT_HOSTS.filter((h) => check(`https://${h}/`) || check(`https://${h}/help/contact?x=1`));
    expect(warned).toEqual([]);
  });

  it('warns about at least 95 % of 100+ generated look-alikes, naming the site they imitate', () => {
    expect(LOOKALIKES.length).toBeGreaterThanOrEqual(100);
    const results = LOOKALIKES.map((l) => ({ ...l, finding: check(l.url) }));
    const warned = results.filter((r) => r.finding);
    expect(warned.length / results.length).toBeGreaterThanOrEqual(0.95);
    expect(warned.filter((r) => r.finding!.siteId !== r.siteId).map((r) => r.url)).toEqual([]);
    // Every technique of the generator is caught most of the time, not just the easy ones.
    for (const technique of new Set(results.map((r) => r.technique))) {
      const of = results.filter((r) => r.technique === technique);
      expect(of.filter((r) => r.finding).length / of.length, technique).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('never warns on a registry host, its subdomains, support or status pages', () => {
    for (const site of SITES) {
      for (const url of [...site.examples, ...site.supportUrls, ...(site.statusUrl ? [site.statusUrl] : [])])
        expect(check(url), url).toBeNull();
      for (const host of site.hosts) expect(check(`https://login.secure.${host}/verify`), host).toBeNull();
    }
  });
});

describe('look-alike domains: each rule', () => {
  it('confusable characters: Cyrillic letters, digits for letters, rn for m, accents; shown decoded', () => {
    const cyrillic = check('https://xn--pypal-4ve.com/signin');
    expect(cyrillic).toMatchObject({ rule: 'confusable', siteId: 'paypal', imitates: 'paypal.com' });
    expect(cyrillic!.host).toBe('pаypal.com');
    expect(check('https://c0inbase.com/')).toMatchObject({ rule: 'confusable', siteId: 'coinbase' });
    expect(check('https://rnetamask.io/')).toMatchObject({ rule: 'confusable', siteId: 'metamask' });
    expect(check('https://bínance.com/')).toMatchObject({ rule: 'confusable', siteId: 'binance' });
    expect(check('https://binаnce-support.com/')).toMatchObject({ rule: 'confusable', siteId: 'binance' });
  });

  it('typos: one letter dropped, doubled, swapped or replaced; a hyphen inserted', () => {
    for (const [url, siteId] of [
      ['https://paypl.com/', 'paypal'],
      ['https://coinbasse.com/', 'coinbase'],
      ['https://metamsak.io/', 'metamask'],
      ['https://binanse.com/', 'binance'],
      ['https://pay-pal.com/', 'paypal'],
      ['https://ethrscan.io/', 'etherscan'],
    ] as const)
      expect(check(url), url).toMatchObject({ rule: 'typo', siteId });
  });

  it('typos spare real words and other companies one edit away', () => {
    for (const url of [
      'https://www.paypay.ne.jp/',
      'https://www.skillshare.com/',
      'https://finance.example.org/',
      'https://www.allpay.net/',
    ])
      expect(check(url), url).toBeNull();
  });

  it('a brand in another domain: with a lure word, spelled as a domain, or on a throwaway TLD', () => {
    expect(check('https://paypal-login-verify.com/')).toMatchObject({ rule: 'brand-elsewhere', siteId: 'paypal' });
    expect(check('https://secure-binance.net/')).toMatchObject({ rule: 'brand-elsewhere', siteId: 'binance' });
    expect(check('https://okxkefu.com/')).toMatchObject({ rule: 'brand-elsewhere', siteId: 'okx' });
    expect(check('https://metamask-io.net/')).toMatchObject({ rule: 'brand-elsewhere', siteId: 'metamask' });
    expect(check('https://coinbase.xyz/')).toMatchObject({ rule: 'brand-elsewhere', siteId: 'coinbase' });
    expect(check('https://paypal.com.account-check.info/login')).toMatchObject({ rule: 'brand-elsewhere', siteId: 'paypal' });
    expect(check('https://binance.secure-login.net/')).toMatchObject({ rule: 'brand-elsewhere', siteId: 'binance' });
    expect(check('https://paypal.com-login.ru/')).toMatchObject({ rule: 'brand-elsewhere', siteId: 'paypal' });
    expect(check('https://paypal24.com/')).toMatchObject({ rule: 'brand-elsewhere', siteId: 'paypal' });
    expect(check('https://coinbase-pro.net/')).toMatchObject({ rule: 'brand-elsewhere', siteId: 'coinbase' });
  });

  it('a brand in another domain with nothing else suspicious is left alone (regional and corporate domains)', () => {
    for (const url of [
      'https://www.paypal.de/',
      'https://www.bybit.eu/',
      'https://www.paypalobjects.com/x.js',
      'https://kraken.io/',
      'https://otherwise.com/',
    ])
      expect(check(url), url).toBeNull();
  });

  it('a provider’s name on free hosting or a form service, in the host or the path', () => {
    expect(check('https://coinbase-help.netlify.app/')).toMatchObject({ rule: 'free-hosting', siteId: 'coinbase' });
    expect(check('https://wallet-metamask.weebly.com/')).toMatchObject({ rule: 'free-hosting', siteId: 'metamask' });
    expect(check('https://sites.google.com/view/alipay-kefu/home')).toMatchObject({ rule: 'free-hosting', siteId: 'alipay' });
    expect(check('https://krakensupport.github.io/')).toMatchObject({ rule: 'free-hosting', siteId: 'kraken' });
    // An account page named exactly after the provider is the provider's own (GitHub, GitLab).
    expect(check('https://paypal.github.io/')).toBeNull();
    expect(check('https://sites.google.com/view/my-bakery')).toBeNull();
  });

  it('the offline phishing list: blocked hosts and near-matches of its targets, allowlisted near-misses spared', () => {
    const blocked = phishingListData().blocklist.find((h) => !checkLookalike(`https://${h}/`, null))!;
    expect(check(`https://${blocked}/`)).toMatchObject({ rule: 'phishing-list' });
    expect(check(`https://sub.${blocked}/x`)).toMatchObject({ rule: 'phishing-list' });
    expect(check('https://myetherwalet.com/')).toMatchObject({ rule: 'phishing-list' });
    expect(check('https://metamap.com/')).toBeNull();
    // Without the list (not loaded yet) the other rules still answer.
    expect(checkLookalike('https://paypal-login-verify.com/', null)).toMatchObject({ rule: 'brand-elsewhere' });
  });

  it('ignores what is not a web page on a named host', () => {
    for (const url of ['chrome://settings/', 'file:///tmp/paypal.html', 'https://192.168.1.10/paypal', 'not a url', 'https://localhost/'])
      expect(check(url), url).toBeNull();
  });
});
