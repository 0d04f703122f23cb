import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TEST_BUILD = path.join(ROOT, '.output/test/chrome-mv3');
export const SHOTS = path.join(ROOT, 'test-results');

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Requests the extension itself made (service worker or extension pages): must stay empty. */
  extensionRequests: string[];
  /** Page requests to hosts we do not serve: aborted. */
  blocked: string[];
  /** Route `url` to `body`; `headers` are sent with it (e.g. a Content-Security-Policy). */
  serve(url: string, body: string | { file: string }, contentType?: string, headers?: Record<string, string>): void;
  worker(): Promise<Worker>;
  tabIdOf(page: Page): Promise<number>;
  badge(tabId: number): Promise<string>;
  openPopup(tabId: number): Promise<Page>;
  openExtensionPage(file: string): Promise<Page>;
  shot(page: Page, name: string, dir?: string): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  lang?: 'en' | 'zh-CN';
  extensionDir?: string;
  userDataDir?: string;
  headless?: boolean;
  /**
   * No viewport emulation: pages get the window's real size (1200×900 window). Needed where
   * captureVisibleTab must agree with the page's innerWidth/innerHeight (screenshots, stitching);
   * emulation only fakes the page's idea of its size, and resizing one page resizes the window.
   */
  realViewport?: boolean;
}

/** Headless Chromium with the built extension loaded; only routed fixture URLs reach a page. */
export async function launch(opts: LaunchOptions = {}): Promise<Harness> {
  // WW_EXTENSION_DIR: a private copy of the test build, for runs that must not see a rebuild.
  const dir = opts.extensionDir ?? process.env.WW_EXTENSION_DIR ?? TEST_BUILD;
  const lang = opts.lang ?? 'en';
  const localeEnv = lang === 'zh-CN' ? 'zh_CN' : 'en_US';
  const context = await chromium.launchPersistentContext(opts.userDataDir ?? '', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: opts.headless ?? true,
    locale: lang === 'zh-CN' ? 'zh-CN' : 'en-US',
    viewport: opts.realViewport ? null : { width: 1200, height: 800 },
    env: { ...process.env, LANGUAGE: localeEnv, LANG: `${localeEnv}.UTF-8` },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(opts.realViewport ? ['--window-size=1200,900'] : []),
    ],
  });
  const routes = new Map<string, { body: string | Buffer; contentType: string; headers?: Record<string, string> }>();
  const extensionRequests: string[] = [];
  const blocked: string[] = [];
  const isOwn = (u: string) => /^(chrome-extension|data|blob|about):/.test(u);

  context.on('request', (req) => {
    const url = req.url();
    if (isOwn(url)) return;
    let initiator = '';
    try {
      initiator = req.serviceWorker()?.url() ?? req.frame().url();
    } catch {
      initiator = '';
    }
    if (initiator.startsWith('chrome-extension://')) extensionRequests.push(url);
  });
  // Every http(s) request from any page: served from fixtures, else aborted. Extension resources
  // (chrome-extension://) are not network and are left alone.
  await context.route(/^(https?|wss?|ftp):/i, async (route) => {
    const url = route.request().url();
    const key = url.split('#')[0]!;
    const hit = routes.get(key);
    if (hit) return route.fulfill({ status: 200, contentType: hit.contentType, body: hit.body, headers: hit.headers });
    blocked.push(url);
    return route.abort('blockedbyclient');
  });

  const worker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const sw = await worker();
  const extensionId = new URL(sw.url()).host;

  const harness: Harness = {
    context,
    extensionId,
    extensionRequests,
    blocked,
    serve(url, body, contentType = 'text/html; charset=utf-8', headers) {
      const content = typeof body === 'string' ? body : readFileSync(path.resolve(ROOT, body.file));
      routes.set(url.split('#')[0]!, { body: content, contentType, headers });
    },
    worker,
    async tabIdOf(page) {
      const url = page.url();
      const id = await (await worker()).evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`no tab for ${url}`);
      return id;
    },
    async badge(tabId) {
      return (await worker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async openPopup(tabId) {
      return harness.openExtensionPage(`popup.html?tabId=${tabId}`);
    },
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async shot(page, name, dir = SHOTS) {
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    close: () => context.close(),
  };
  return harness;
}

/** Poll until `fn` returns a value accepted by `ok`, or fail after `timeout` ms. */
export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 5_000): Promise<T> {
  const start = Date.now();
  let last: T = await fn();
  while (!ok(last)) {
    if (Date.now() - start > timeout) throw new Error(`timed out; last value ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await fn();
  }
  return last;
}
