import { expect } from 'vitest';
import { detectPage, type PageDetection } from '../../../lib/detection';

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** detectPage on an HTML string; the URL defaults to a page of no registry site. */
export function detect(html: string, url = 'https://wallet.example/activity/1'): PageDetection {
  return detectPage(parse(html), url);
}

const KINDS = ['failed-transaction', 'support-page', 'none'];
const REASONS = ['insufficient-funds', 'verification-required', 'network-or-system', 'declined-by-recipient-or-bank', 'unknown'];

/** The result honours the contract in DESIGN.md, whatever the page was. */
export function expectValid(r: PageDetection): void {
  expect(KINDS).toContain(r.kind);
  expect(r.siteId === null || typeof r.siteId === 'string').toBe(true);
  expect(Array.isArray(r.signals)).toBe(true);
  expect(r.signals.length).toBeLessThanOrEqual(8);
  for (const s of r.signals) expect(typeof s).toBe('string');
  if (r.kind === 'failed-transaction') {
    expect(REASONS).toContain(r.transaction?.reason);
    for (const key of ['id', 'amount', 'currency', 'message'] as const) {
      const v = r.transaction?.[key];
      expect(v === undefined || typeof v === 'string').toBe(true);
    }
    if (r.transaction?.amount !== undefined) expect(r.transaction.amount).toMatch(/^\d+(\.\d+)?$/);
  } else {
    expect(r.transaction).toBeUndefined();
  }
}
