// The same headless Chromium as test/e2e/harness.ts launch(), with NO extension: the baseline of
// the page-cost measurement. Only routed URLs reach a page; everything else is aborted.
import { chromium, type BrowserContext } from 'playwright-core';

export interface BareBrowser {
  context: BrowserContext;
  serve(url: string, body: string): void;
  close(): Promise<void>;
}

export async function launchBare(): Promise<BareBrowser> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'en-US',
    viewport: { width: 1200, height: 800 },
    env: { ...process.env, LANGUAGE: 'en_US', LANG: 'en_US.UTF-8' },
    args: [
      '--lang=en',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const routes = new Map<string, string>();
  await context.route(/^(https?|wss?|ftp):/i, async (route) => {
    const hit = routes.get(route.request().url().split('#')[0]!);
    if (hit !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hit });
    return route.abort('blockedbyclient');
  });
  return {
    context,
    serve: (url, body) => void routes.set(url.split('#')[0]!, body),
    close: () => context.close(),
  };
}
