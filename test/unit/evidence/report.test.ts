import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../../lib/db/types';
import { renderReport, type ReportInput } from '../../../lib/evidence/report';
import { caseRecord, meta } from './helpers';

const XSS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>"];

function input(locale: string, hostile = XSS.join(' ')): ReportInput {
  const record: EvidenceRecord = {
    id: 'e1',
    seq: 7,
    caseId: 'c1',
    kind: 'capture',
    recordedAt: '2026-11-26T12:00:01.000+08:00',
    meta: meta({ title: hostile, url: `https://pay.example/${hostile}`, note: `line 1\n${hostile}` }),
    artifacts: [],
    prevDigest: 'a'.repeat(64),
    digest: 'b'.repeat(64),
  };
  const js: EvidenceRecord = { ...record, id: 'e2', seq: 8, meta: meta({ url: 'javascript:alert(1)' }) };
  return {
    case: caseRecord({ title: hostile, provider: hostile, transactions: [{ id: hostile, amount: '1.00', currency: 'USDT' }] }),
    events: [{ caseId: 'c1', type: 'note', at: '2026-11-26T12:00:00.000+08:00', atMs: 1, text: hostile }],
    items: [
      {
        record,
        files: [{ name: 'screenshot.png', path: 'evidence/7-e1/screenshot.png' }],
        thumbnail: 'data:image/png;base64,iVBORw0KGgo=',
      },
      { record: js, files: [], deletedAt: '2026-11-27T09:00:00.000+08:00' },
    ],
    locale,
    generatedAt: '2026-11-27T10:00:00.000+08:00',
    extensionVersion: '0.1.0',
  };
}

describe('renderReport', () => {
  it('escapes every page-supplied string: no script, no handler, no injected element', () => {
    const out = renderReport(input('en'));
    const doc = new DOMParser().parseFromString(out, 'text/html');
    expect(doc.querySelectorAll('script, svg, img[src="x"], iframe')).toHaveLength(0);
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      expect(el.getAttributeNames().filter((n) => n.startsWith('on'))).toEqual([]);
    }
    expect(out).not.toMatch(/<script|<img src=x|<svg/i);
    expect(doc.body.textContent).toContain('<script>alert(1)</script>');
    // javascript: URLs are shown, never linked.
    expect(doc.querySelector('a[href^="javascript"]')).toBeNull();
    expect(doc.body.textContent).toContain('javascript:alert(1)');
  });

  it('is self-contained and printable: strict CSP, inline CSS with print rules, embedded thumbnail', () => {
    const out = renderReport(input('en', 'Payment declined'));
    const doc = new DOMParser().parseFromString(out, 'text/html');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src/);
    expect(doc.querySelector('style')?.textContent).toMatch(/@media print/);
    expect(doc.querySelector('img')?.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(doc.querySelector('a[href="evidence/7-e1/screenshot.png"]')).not.toBeNull();
    expect(out).toContain('b'.repeat(64));
    expect(out).toMatch(/2026-11-26T12:00:00\.000\+08:00/);
    expect(doc.querySelector('.deleted')?.textContent).toMatch(/Deleted/);
  });

  it('speaks the user language', () => {
    const zh = renderReport(input('zh-CN', 'x'));
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('证据报告');
    expect(zh).toContain('sha256sum -c SHA256SUMS');
    expect(zh).toContain('草稿');
    const en = renderReport(input('en-US', 'x'));
    expect(en).toContain('Evidence report');
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('says when a capture has no MHTML archive because Firefox took it, and only then', () => {
    const FIREFOX_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
    const base = input('en', 'Payment declined');
    const item = (userAgent: string, names: string[]) => ({
      ...base.items[0]!,
      record: {
        ...base.items[0]!.record,
        meta: meta({ userAgent }),
        artifacts: names.map((name) => ({ name, type: 'x', size: 1, sha256: 'c'.repeat(64), blobId: name })),
      },
    });
    const render = (userAgent: string, names: string[], locale = 'en') =>
      renderReport({ ...base, locale, items: [item(userAgent, names)] });
    expect(render(FIREFOX_UA, ['screenshot.png', 'page.html'])).toContain('No MHTML archive: captured in Firefox');
    expect(render(FIREFOX_UA, ['screenshot.png', 'page.html'], 'zh-CN')).toContain('没有 MHTML 归档');
    expect(render(FIREFOX_UA, ['screenshot.png', 'page.html', 'page.mhtml'])).not.toContain('No MHTML archive');
    expect(render('Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36', ['screenshot.png', 'page.html'])).not.toContain(
      'No MHTML archive',
    );
  });
});
