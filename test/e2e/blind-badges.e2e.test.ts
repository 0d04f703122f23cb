import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, until } from './harness';
import { useExtension } from './use-extension';

// Every blind-corpus page (test/blind) served at its own URL in real Chromium: the badge must say
// what the page's label says (`!` failed, `?` support page, none otherwise; an `alt` kind counts).
// Pages of no registry site sit on hosts where the content script does not run: no badge there.
// Several pages share a URL (the same history route in two batches; hash routes such as
// tronscan.org/#/transaction/…, whose document is fetched without the hash): each test serves its
// own page at that URL just before it opens it, so no page is judged on another batch's markup.
const BLIND = path.join(ROOT, 'test/blind');
const BADGE: Record<string, string> = { 'failed-transaction': '!', 'support-page': '?', none: '' };

interface Label {
  file: string;
  url: string;
  kind: string;
  siteId: string | null;
  alt?: { kind?: string | string[] };
}

const pages = readdirSync(BLIND)
  .filter((d) => /^batch-\d+$/.test(d))
  .sort()
  .flatMap((batch) => (JSON.parse(readFileSync(path.join(BLIND, batch, 'labels.json'), 'utf8')) as Label[]).map((l) => ({ ...l, batch })));

describe('blind corpus: the badge in real Chromium', () => {
  const { h, track } = useExtension({ closePagesAfterEach: true });

  it('covers every batch', () => expect(pages.length).toBeGreaterThanOrEqual(80));

  for (const p of pages) {
    const wanted = [p.kind, ...[p.alt?.kind ?? []].flat()].map((k) => (p.siteId === null ? '' : BADGE[k]));
    it(`${p.batch}/${p.file} ${p.url.slice(0, 70)} → ${JSON.stringify(wanted[0])}`, async () => {
      h.serve(p.url, { file: path.join('test/blind', p.batch, p.file) });
      const page = track(await h.context.newPage());
      await page.goto(p.url);
      const tabId = await h.tabIdOf(page);
      if (p.siteId === null) {
        // No content script here: give it the time it would take, then expect nothing.
        await page.waitForTimeout(800);
        expect(await h.badge(tabId)).toBe('');
        return;
      }
      // The content script has judged this page once its state for this URL is stored.
      const reported = async () =>
        (await h.worker()).evaluate(
          async ([id, url]) => {
            const key = `tab:${id}`;
            const got = (await chrome.storage.session.get(key))[key] as { url?: string } | undefined;
            return got?.url === url;
          },
          [tabId, page.url()] as const,
        );
      await until(reported, Boolean, 10_000);
      expect(wanted).toContain(await h.badge(tabId));
    });
  }
});
