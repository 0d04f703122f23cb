import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../../lib/db/types';
import { renderReport } from '../../../lib/evidence/report';
import { snapshotFacts } from '../../../lib/evidence/snapshot-facts';
import { caseRecord, meta } from './helpers';

describe('snapshotFacts (what page.html left out, as the record keeps it)', () => {
  it('keeps known kinds with whole counts, drops zero, unknown kinds and odd values', () => {
    expect(
      snapshotFacts({
        blanked: { password: 2, 'one-time-code': 6, card: 0, bogus: 3, hidden: -1, file: 1.5, secret: '4' },
        fonts: { kept: 1, dropped: 2 },
      }),
    ).toEqual({ blanked: { password: 2, 'one-time-code': 6 }, fonts: { kept: 1, dropped: 2 } });
  });

  it('is undefined for a record from before (none), and for a shape it cannot trust', () => {
    for (const odd of [
      undefined,
      null,
      'x',
      {},
      { blanked: {} },
      { blanked: {}, fonts: { kept: -1, dropped: 0 } },
      { blanked: null, fonts: { kept: 0, dropped: 0 } },
    ]) {
      expect(snapshotFacts(odd)).toBeUndefined();
    }
  });

  it('reads a prototype-shaped key as plain data', () => {
    const value = JSON.parse('{"blanked":{"__proto__":{"password":9},"card":1},"fonts":{"kept":0,"dropped":0}}');
    expect(snapshotFacts(value)).toEqual({ blanked: { card: 1 }, fonts: { kept: 0, dropped: 0 } });
  });
});

describe('report.html says what page.html left out', () => {
  const record = (m: EvidenceRecord['meta'], seq: number): EvidenceRecord => ({
    id: `e${seq}`,
    seq,
    caseId: 'c1',
    kind: 'capture',
    recordedAt: '2026-11-26T12:00:01.000+08:00',
    meta: m,
    artifacts: [],
    prevDigest: 'a'.repeat(64),
    digest: 'b'.repeat(64),
  });
  const input = (locale: string) => ({
    case: caseRecord({}),
    events: [],
    items: [
      {
        record: record(meta({ snapshot: { blanked: { password: 1, 'one-time-code': 6 }, fonts: { kept: 2, dropped: 1 } } }), 1),
        files: [],
      },
      { record: record(meta({ snapshot: { blanked: {}, fonts: { kept: 0, dropped: 0 } } }), 2), files: [] },
      { record: record(meta({}), 3), files: [] },
    ],
    locale,
    generatedAt: '2026-11-27T10:00:00.000+08:00',
    extensionVersion: '0.1.0',
  });
  const text = (html: string, seq: number) =>
    new DOMParser().parseFromString(html, 'text/html').getElementById(`e${seq}`)?.textContent ?? '';

  it('in English: kinds and counts, "No field", and "Not recorded" for a record from before', () => {
    const out = renderReport(input('en'));
    expect(text(out, 1)).toContain('Blanked in page.html1 × password, 6 × one-time code');
    expect(text(out, 1)).toContain('Fonts in page.html2 kept, 1 left out');
    expect(text(out, 2)).toContain('Blanked in page.htmlNo field');
    expect(text(out, 3)).toContain('Blanked in page.htmlNot recorded');
  });

  it('in Chinese', () => {
    const out = renderReport(input('zh-CN'));
    expect(text(out, 1)).toContain('page.html 中已隐去密码 1 个, 一次性验证码 6 个');
    expect(text(out, 1)).toContain('保留 2 个，未保留 1 个');
    expect(text(out, 3)).toContain('未记录');
  });
});

describe('the record digest covers the counts', () => {
  it('changes when a count is edited', async () => {
    const { recordDigest } = await import('../../../lib/evidence/chain');
    const base = {
      id: 'e1',
      seq: 1,
      caseId: null,
      kind: 'capture' as const,
      artifacts: [],
      recordedAt: '2026-11-26T12:00:01.000+08:00',
      prevDigest: '0'.repeat(64),
    };
    const one = recordDigest({ ...base, meta: meta({ snapshot: { blanked: { password: 1 }, fonts: { kept: 0, dropped: 0 } } }) });
    const other = recordDigest({ ...base, meta: meta({ snapshot: { blanked: { password: 0 }, fonts: { kept: 0, dropped: 0 } } }) });
    expect(one).not.toBe(other);
  });
});
