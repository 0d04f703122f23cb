import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectPage, detectPageWith } from '../../../lib/detection';
import { buildHostIndex, SITES, siteForUrl, type WalletSite } from '../../../lib/sites';
import { parse } from './helpers';

const DIR = path.resolve(__dirname, '../../../lib/detection');
const FAILED =
  '<body><div role="alert">Payment failed: insufficient funds.</div><p>Transaction ID: TX-1234567</p><p>Amount: $45.00</p></body>';

describe('the detector is pure', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('its source reads no browser globals', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const code = readFileSync(path.join(DIR, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      for (const banned of [
        /\bwindow\./,
        /(?<![\w.])document\./,
        /(?<![\w.])location\b/,
        /\bbrowser\./,
        /\bchrome\./,
        /\bNodeFilter\b/,
        /\bgetComputedStyle\b/,
        /\binnerText\b/,
        /\bnavigator\./,
        /\blocalStorage\b/,
      ]) {
        expect(banned.test(code), `${file} uses ${banned}`).toBe(false);
      }
    }
  });

  it('works on a DOMParser document with the page globals made unusable', () => {
    const doc = parse(FAILED);
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('global read');
        },
      },
    );
    for (const name of ['document', 'location', 'browser', 'chrome', 'navigator', 'getComputedStyle', 'NodeFilter']) {
      vi.stubGlobal(name, trap);
    }
    const r = detectPage(doc, 'https://www.paypal.com/myaccount/activity/details/TX-1234567');
    expect(r).toMatchObject({
      kind: 'failed-transaction',
      siteId: 'paypal',
      transaction: { id: 'TX-1234567', amount: '45.00', currency: 'USD', reason: 'insufficient-funds' },
    });
  });

  it('gives the same answer twice (no state kept between calls)', () => {
    const doc = parse(FAILED);
    const a = detectPage(doc, 'https://www.paypal.com/x');
    const b = detectPage(doc, 'https://www.paypal.com/x');
    expect(b).toEqual(a);
  });
});

describe('site lookup', () => {
  it("siteId is the registry id of the URL's site, or null", () => {
    const doc = parse(FAILED);
    expect(detectPage(doc, 'https://consumeprod.alipay.com/record/detail.htm').siteId).toBe('alipay');
    expect(detectPage(doc, 'https://wallet.example/').siteId).toBeNull();
    for (const site of SITES) {
      for (const url of site.examples) expect(detectPage(doc, url).siteId, url).toBe(siteForUrl(url)?.id ?? null);
    }
  });

  it('a generated registry of 1,000 sites: one host lookup per call, hints of the matched site used', () => {
    const generated: WalletSite[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `gen${i}`,
      names: { en: `Gen ${i}`, zh: `生成 ${i}` },
      category: 'wallet',
      hosts: [`wallet${i}.example`],
      supportUrls: [],
      channels: [],
      regions: ['GLOBAL'],
      hints: { supportPaths: ['/kundendienst'], defaultCurrency: 'JPY' },
      examples: [],
    }));
    const index = buildHostIndex(generated);
    let calls = 0;
    const lookup = (url: string) => {
      calls++;
      return siteForUrl(url, index);
    };
    const r = detectPageWith(
      parse('<body><h2 class="title">转账失败</h2><p>金额 ¥5,000</p></body>'),
      'https://app.wallet777.example/tx/1',
      lookup,
    );
    expect(calls).toBe(1);
    expect(r).toMatchObject({ kind: 'failed-transaction', siteId: 'gen777', transaction: { amount: '5000', currency: 'JPY' } });
    const help = detectPageWith(parse('<body><p>Hallo</p></body>'), 'https://wallet999.example/de/kundendienst', index);
    expect(help).toMatchObject({ kind: 'support-page', siteId: 'gen999' });
  });
});
