import { describe, expect, it } from 'vitest';
import { probePage } from '@/lib/capture/page-probe';
import { MAX_EVIDENCE_TITLE } from '@/lib/evidence/record-limits';

describe('probePage (runs in the captured page)', () => {
  it('cuts an absurdly long title so the evidence stays exportable', () => {
    const doc = new DOMParser().parseFromString(
      `<html><head><title>${'A'.repeat(50_000)}</title></head><body><p>x</p></body></html>`,
      'text/html',
    );
    const probe = probePage(doc, window);
    expect(probe.title).toHaveLength(MAX_EVIDENCE_TITLE);
    // The snapshot itself needs a real browser's parser and CSSOM: test/e2e/snapshot-page.e2e.test.ts.
    expect(probe.html).toMatch(/^<!DOCTYPE html>\n<html><head><meta charset="utf-8">/);
    expect(probe.detection.kind).toBe('none');
    expect(probe.snapshot).toEqual({ blanked: {}, fonts: { kept: 0, dropped: 0 } });
  });
});
