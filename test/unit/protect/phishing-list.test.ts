// @vitest-environment node
import PhishingDetector from 'eth-phishing-detect/src/detector.js';
import { describe, expect, it } from 'vitest';
import { indexPhishingList } from '../../../lib/protect/phishing-list';
import { phishingListData } from '../../../scripts/phishing-list';
import { LEGIT_HOSTS, LOOKALIKES } from './corpora';

const data = phishingListData();
const ours = indexPhishingList(data);
const theirs = new PhishingDetector({
  whitelist: data.allowlist,
  blacklist: data.blocklist,
  fuzzylist: data.fuzzylist,
  tolerance: data.tolerance,
});

/** Our answer in the package's terms: blocked or not, and by what. */
function verdict(host: string): { result: boolean; type: string } {
  const m = ours.check(host);
  if (!m) return { result: false, type: 'all' };
  if (m.type === 'allow') return { result: false, type: 'whitelist' };
  return { result: true, type: m.type === 'blocklist' ? 'blacklist' : 'fuzzy' };
}

describe('offline phishing list (eth-phishing-detect config, built from the pinned package)', () => {
  it('ships the package’s lists, with its source named', () => {
    expect(data.source).toMatch(/^eth-phishing-detect@\d+\.\d+\.\d+$/);
    expect(data.blocklist.length).toBeGreaterThan(10_000);
    expect(data.allowlist.length).toBeGreaterThan(500);
    expect(data.fuzzylist).toContain('metamask.io');
  });

  it('gives the same verdicts as the package’s own detector', () => {
    const hosts = [
      ...data.blocklist.filter((_, i) => i % 23 === 0),
      ...data.blocklist.filter((_, i) => i % 97 === 0).map((h) => `login.${h}`),
      ...data.allowlist.filter((_, i) => i % 7 === 0),
      ...LEGIT_HOSTS,
      ...LOOKALIKES.map((l) => new URL(l.url).hostname),
      'metamask.io',
      'www.metamask.io',
      'metamaks.io',
      'metarnask.io',
      'meta-mask.com',
      'www.etherscan.io',
      'etherscann.io',
      'etherscan.co',
      'opensea.io',
      'opensae.io',
      'example.com',
    ];
    expect(hosts.length).toBeGreaterThan(1500);
    for (const host of hosts) {
      const want = theirs.check(host);
      expect({ host, ...verdict(host) }).toEqual({ host, result: want.result, type: want.type });
    }
  });
});
