import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeProtection } from '../../../lib/protect/judge';
import { readProtectPage } from '../../../lib/protect/page-read';
import { indexPhishingList } from '../../../lib/protect/phishing-list';
import { phishingListData } from '../../../scripts/phishing-list';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/protect/pages');
const INDEX = JSON.parse(readFileSync(path.join(DIR, 'index.json'), 'utf8')) as {
  file: string;
  url: string;
  expect: 'recovery-scam' | 'fake-support' | 'none';
  siteId?: string;
}[];
const list = indexPhishingList(phishingListData());

function read(file: string) {
  const doc = new DOMParser().parseFromString(readFileSync(path.join(DIR, file), 'utf8'), 'text/html');
  return readProtectPage(doc);
}

describe('fund-recovery and fake support pages (en + zh-CN), with hard negatives', () => {
  for (const page of INDEX) {
    it(`${page.file} at ${new URL(page.url).host}: ${page.expect}`, () => {
      const verdict = judgeProtection(page.url, read(page.file), list);
      if (page.expect === 'none') expect(verdict).toBeNull();
      else expect(verdict).toMatchObject({ kind: page.expect, ...(page.siteId ? { siteId: page.siteId } : {}) });
    });
  }

  it('public bodies’ and providers’ warnings read as warnings on any host, not only on their own', () => {
    const own = new Set(['paypal-security.html', 'binance-support.html']);
    for (const page of INDEX.filter((p) => p.expect === 'none' && !own.has(p.file)))
      expect(judgeProtection('https://www.consumer-notes.example.org/p', read(page.file), list), page.file).toBeNull();
    // A copy of the provider's real support page, served elsewhere, is a fake support page.
    expect(judgeProtection('https://wallet-desk.example.org/', read('binance-support.html'), list)).toMatchObject({ kind: 'fake-support' });
  });

  it('judges the page by its text: the same addresses without a reading are not warned', () => {
    for (const page of INDEX) expect(judgeProtection(page.url, null, list), page.url).toBeNull();
  });

  it('covers both languages and every kind, with more hard negatives than positives', () => {
    const kinds = INDEX.map((p) => p.expect);
    expect(kinds.filter((k) => k === 'recovery-scam').length).toBeGreaterThanOrEqual(6);
    expect(kinds.filter((k) => k === 'fake-support').length).toBeGreaterThanOrEqual(4);
    expect(kinds.filter((k) => k === 'none').length).toBeGreaterThanOrEqual(12);
    const zh = INDEX.filter((p) => readFileSync(path.join(DIR, p.file), 'utf8').includes('lang="zh-CN"'));
    expect(new Set(zh.map((p) => p.expect))).toEqual(new Set(['recovery-scam', 'fake-support', 'none']));
  });
});

describe('readProtectPage', () => {
  it('never reads what is typed into a field', () => {
    const doc = new DOMParser().parseFromString(
      '<title>x</title><body><p>visible words</p><textarea>typed secret</textarea><input value="typed value"></body>',
      'text/html',
    );
    (doc.querySelector('input') as HTMLInputElement).value = 'another typed value';
    const r = readProtectPage(doc);
    expect(JSON.stringify(r)).not.toMatch(/typed/);
    expect(r.fields).toBe(2);
    expect(r.text).toContain('visible words');
  });

  it('counts direct contact links and article markup', () => {
    const doc = new DOMParser().parseFromString(
      '<head><meta property="og:type" content="article"></head><body><a href="tel:+1555">call</a><a href="https://wa.me/1555">wa</a><a href="https://t.me/x">tg</a><a href="mailto:a@b.c">m</a></body>',
      'text/html',
    );
    expect(readProtectPage(doc)).toMatchObject({ contacts: { phone: 1, messenger: 2, email: 1 }, article: true });
  });
});
