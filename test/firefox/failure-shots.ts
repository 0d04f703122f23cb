import path from 'node:path';
import type { Page } from 'puppeteer-core';
import type { TestContext } from 'vitest';
import { type FirefoxHarness, SHOTS } from './harness';

/** afterEach hook: when a test failed, keep a screenshot of every page it opened in test-results/firefox/failures. */
export function keepShotOnFailure(get: () => [FirefoxHarness | undefined, Page[]]) {
  return async (ctx: TestContext) => {
    const [h, pages] = get();
    if (ctx.task.result?.state !== 'fail' || !h) return;
    const safe = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
    for (const [i, page] of pages.entries()) {
      if (!page.isClosed()) await h.shot(page, `${safe}-${i}`, path.join(SHOTS, 'failures')).catch(() => undefined);
    }
  };
}
