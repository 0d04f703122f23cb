import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detection';
import { SITES } from '../../../lib/sites';
import type { FailureReason, PageKind } from '../../../lib/detection';

interface Entry {
  file: string;
  url: string;
  expect: {
    kind: PageKind;
    siteId: string | null;
    transaction?: { id?: string; amount?: string; currency?: string; reason: FailureReason };
  };
}

const dir = `${path.resolve(__dirname, '../../fixtures/pages')}/`;
const manifest = JSON.parse(readFileSync(`${dir}index.json`, 'utf8')) as Entry[];

describe('fixture corpus', () => {
  it('has a fixture file for every manifest entry', () => {
    expect(manifest.length).toBeGreaterThan(0);
    for (const entry of manifest) expect(() => readFileSync(dir + entry.file)).not.toThrow();
  });

  it('covers every registry site with a failed page and a support page', () => {
    for (const site of SITES) {
      const mine = manifest.filter((e) => e.file.startsWith(`${site.id}-`));
      expect(
        mine.some((e) => e.expect.kind === 'failed-transaction'),
        site.id,
      ).toBe(true);
      expect(
        mine.some((e) => e.expect.kind === 'support-page'),
        site.id,
      ).toBe(true);
    }
  });

  it('keeps fixtures small', () => {
    for (const entry of manifest) expect(readFileSync(dir + entry.file).length, entry.file).toBeLessThan(20_000);
  });

  for (const entry of manifest) {
    it(`${entry.file} → ${entry.expect.kind}`, () => {
      const html = readFileSync(dir + entry.file, 'utf8');
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const got = detectPage(doc, entry.url);
      const ctx = JSON.stringify(got);
      expect(got.kind, ctx).toBe(entry.expect.kind);
      expect(got.siteId, ctx).toBe(entry.expect.siteId);
      if (got.kind !== 'none') expect(got.signals.length, ctx).toBeGreaterThan(0);
      expect(got.signals.length).toBeLessThanOrEqual(8);
      if (entry.expect.kind !== 'failed-transaction') {
        expect(got.transaction, ctx).toBeUndefined();
        return;
      }
      const want = entry.expect.transaction!;
      expect(got.transaction?.reason, ctx).toBe(want.reason);
      for (const key of ['id', 'amount', 'currency'] as const) {
        if (want[key] !== undefined) expect(got.transaction?.[key], `${key}: ${ctx}`).toBe(want[key]);
      }
      expect(got.transaction?.message, ctx).toBeTruthy();
      expect(got.transaction!.message!.length).toBeLessThanOrEqual(300);
    });
  }
});
