import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../../lib/db/types';
import { renderReport, type ReportInput } from '../../../lib/archive/report';
import { caseRecord, meta } from '../evidence/helpers';

const XSS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>"];

function input(locale: string, hostile = XSS.join(' '), fingerprint: string | null = 'f'.repeat(64)): ReportInput {
  const record: EvidenceRecord = {
    id: 'e1',
    seq: 7,
    caseId: 'c1',
    kind: 'capture',
    recordedAt: '2026-11-26T12:00:01.000+08:00',
    meta: meta({ title: hostile, url: `https://pay.example/${hostile}`, note: `line 1\n${hostile}` }),
    artifacts: [{ name: 'screenshot.png', type: 'image/png', size: 8, sha256: 'd'.repeat(64), blobId: 'b1' }],
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
        images: [
          { name: 'screenshot.png', width: 2, height: 1, slices: [{ src: 'data:image/png;base64,iVBORw0KGgo=', top: 0, height: 1 }] },
        ],
      },
      { record: js, files: [], deletedAt: '2026-11-27T09:00:00.000+08:00' },
    ],
    imports: [
      {
        fileName: `${hostile}.zip`,
        importedAt: '2026-11-28T09:00:00.000+08:00',
        signature: { state: 'other', fingerprint: 'c'.repeat(64) },
        problems: [{ kind: 'file-digest', path: 'report.html' }],
        items: [
          {
            record: {
              ...record,
              id: 'i1',
              seq: 3,
              meta: meta({ title: `imported ${hostile}` }),
              artifacts: [{ name: 'page.html', type: 'text/html', size: 9, sha256: 'e'.repeat(64), blobId: 'b2' }],
            },
            flags: [
              { kind: 'gap', seq: 3 },
              { kind: 'file-digest', path: 'evidence/3-i1/page.html' },
            ],
            files: [{ name: 'page.html', path: 'imported/1/evidence/3-i1/page.html' }],
          },
        ],
      },
    ],
    fingerprint,
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

  it('is self-contained and printable: strict CSP, inline CSS with print rules, embedded image', () => {
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
    expect(doc.querySelector('.deleted')?.textContent).toMatch(/Content erased by the user on/);
  });

  it('says what each check proves, prints the key fingerprint, and that case details and timeline are not chained', () => {
    const doc = new DOMParser().parseFromString(renderReport(input('en', 'x')), 'text/html');
    const text = doc.body.textContent ?? '';
    expect(text).toContain('SHA256SUMS proves that the files are unchanged since export, not who made them');
    expect(text).toContain('was made by the holder of that key; it does not prove that the content is true');
    expect(text).toContain('f'.repeat(64));
    expect(text).toContain('openssl dgst -sha256 -verify signing-key.pem -signature manifest.json.sig manifest.json');
    expect(text).toContain('The case details and the timeline above are not covered by the hash chain');
    const unsigned = new DOMParser().parseFromString(renderReport(input('en', 'x', null)), 'text/html').body.textContent ?? '';
    expect(unsigned).toContain('This bundle is not signed');
    expect(unsigned).toContain('not covered by the hash chain or by a signature');
  });

  it('shows where imported evidence came from and what is wrong with it, item by item', () => {
    const doc = new DOMParser().parseFromString(renderReport(input('en', 'x')), 'text/html');
    const imported = doc.querySelector('section.import');
    expect(imported?.querySelector('h3')?.textContent).toBe('Imported from x.zip on 2026-11-28T09:00:00.000+08:00');
    expect(imported?.textContent).toContain(`Signed by another install's key ${'c'.repeat(16)}`);
    expect(imported?.textContent).toContain('File does not match its digest: report.html');
    const item = imported?.querySelector('.item');
    expect(item?.querySelector('.origin')?.textContent).toBe(
      `Imported from x.zip on 2026-11-28T09:00:00.000+08:00 · Signed by another install's key ${'c'.repeat(16)}`,
    );
    expect([...(item?.querySelectorAll('.flags li') ?? [])].map((li) => li.textContent)).toEqual([
      'Gap before #3',
      'File does not match its digest: evidence/3-i1/page.html',
    ]);
    expect(item?.querySelector('a[href="imported/1/evidence/3-i1/page.html"]')).not.toBeNull();
    const zh = new DOMParser().parseFromString(renderReport(input('zh-CN', 'x')), 'text/html').body.textContent ?? '';
    expect(zh).toContain('导入自 x.zip');
    expect(zh).toContain('#3 之前有缺口');
  });

  it('names evidence an earlier version imported into the log', () => {
    const base = input('en', 'x');
    const legacy = { ...base, items: [{ ...base.items[0]!, legacySeq: 12 }] };
    const doc = new DOMParser().parseFromString(renderReport(legacy), 'text/html');
    expect(doc.querySelector('.item .origin')?.textContent).toBe(
      "Imported by an earlier version, which added it to this browser's log (originally #12)",
    );
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
    const base = input('en');
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
