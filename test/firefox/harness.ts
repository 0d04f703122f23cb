import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { Page as ExtensionPage } from '../e2e/idb';
import { findFirefox } from './find-firefox';
import { startRecorder } from './proxy';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const FIREFOX_BUILD = path.join(ROOT, '.output/test/firefox-mv2');
export const SHOTS = path.join(ROOT, 'test-results/firefox');

/** Firefox's internal UUID of the extension (moz-extension://<uuid>/), fixed per profile by a pref. */
const UUID = 'f1ef0a5e-7e57-4c0d-9a11-0123456789ab';

export interface FirefoxHarness {
  browser: Browser;
  /** moz-extension://<uuid> */
  origin: string;
  /** Requests that reached the network proxy: the extension's own, or Firefox's. Must stay empty. */
  extensionRequests: string[];
  /** Page requests to URLs we do not serve: aborted. */
  blocked: string[];
  /** Where Firefox saves downloads, without asking. */
  downloads: string;
  serve(url: string, body: string | { file: string }, contentType?: string): void;
  /** A web page tab whose requests are served from fixtures or aborted. */
  newPage(): Promise<Page>;
  open(url: string): Promise<{ page: Page; tabId: number }>;
  /** A tab in a new private window, served like newPage() (launch with privateBrowsing). */
  newPrivatePage(): Promise<Page>;
  /** Run `fn` in an extension page (full `browser.*` API), like the Chromium suite's worker.evaluate. */
  api<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  /** That extension page, for the IndexedDB helpers of test/e2e/idb.ts. */
  db: ExtensionPage;
  tabIdOf(page: Page): Promise<number>;
  badge(tabId: number): Promise<string>;
  openPopup(tabId: number, size?: { width: number; height: number }): Promise<Page>;
  openExtensionPage(file: string): Promise<Page>;
  /** Navigate `page` to an extension page and wait until it has loaded. */
  gotoExtension(page: Page, file: string): Promise<void>;
  /** The tab the extension opened on one of its own pages (e.g. the dashboard), once loaded. */
  waitForExtensionTab(prefix: string): Promise<Page>;
  /** Resolve with the path of the next finished download whose name matches. */
  waitForDownload(name: RegExp, timeout?: number): Promise<string>;
  shot(page: Page, name: string, dir?: string): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  lang?: 'en' | 'zh-CN';
  extensionDir?: string;
  /** An existing profile folder (kept); a fresh temporary one otherwise. */
  profileDir?: string;
  /** Allow the extension in private windows, as the user can in about:addons. */
  privateBrowsing?: boolean;
  /** A touch screen, as on Firefox for Android: (pointer: coarse) and (hover: none) match. */
  touch?: boolean;
}

const manifestId = (dir: string): string =>
  (JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
    .browser_specific_settings.gecko.id;

/**
 * Headless Firefox (ESR) with the built Firefox test extension installed as a temporary add-on
 * (WebDriver BiDi, webExtension.install); only served fixture URLs reach a page, and everything
 * else that tries the network meets a recording proxy that refuses it.
 */
/**
 * page.setViewport, on a Firefox without BiDi's emulation.setScreenOrientationOverride (ESR 140):
 * puppeteer sends it beside browsingContext.setViewport, which Firefox still applies. Any other
 * error is thrown; the size is checked in the page itself.
 */
async function sizeTo(page: Page, size: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(size);
    return;
  } catch (e) {
    if (!/setScreenOrientationOverride/.test(String((e as Error).message))) throw e;
  }
  for (let i = 0; i < 100; i++) {
    if ((await page.evaluate(() => window.innerWidth).catch(() => -1)) === size.width) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`the page did not take the viewport ${size.width}×${size.height}`);
}

export async function launch(opts: LaunchOptions = {}): Promise<FirefoxHarness> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox: apt-get install -y firefox-esr, or set FIREFOX_PATH');
  const dir = opts.extensionDir ?? process.env.WW_FIREFOX_EXTENSION_DIR ?? FIREFOX_BUILD;
  const lang = opts.lang ?? 'en';
  const recorder = await startRecorder();
  const downloads = mkdtempSync(path.join(os.tmpdir(), 'ww-ff-downloads-'));
  const profile = opts.profileDir ?? mkdtempSync(path.join(os.tmpdir(), 'ww-ff-profile-'));
  // Release Firefox keeps add-on permissions in this file; the private-window grant is one of them.
  if (opts.privateBrowsing) {
    const grant = { [manifestId(dir)]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } };
    writeFileSync(path.join(profile, 'extension-preferences.json'), JSON.stringify(grant));
  }
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1200, height: 800 },
    // BiDi refuses to navigate to moz-extension:// pages unless system access is allowed.
    args: ['--remote-allow-system-access'],
    // Firefox's remote-settings client ignores its server pref in release builds without this.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', LANG: lang === 'zh-CN' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' },
    extraPrefsFirefox: {
      // The popup's address, moz-extension://<uuid>/popup.html, is known in advance.
      'extensions.webextensions.uuids': JSON.stringify({ [manifestId(dir)]: UUID }),
      'intl.locale.requested': lang,
      'intl.accept_languages': lang === 'zh-CN' ? 'zh-CN, zh' : 'en-US, en',
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      // Firefox's own captive-portal and connectivity checks (detectportal.firefox.com) are the
      // browser's, not the extension's: off, so the recorder sees only what the extension sends.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'captivedetect.canonicalURL': '',
      // Pointer capability bits: 1 coarse, 2 fine, 4 hover.
      ...(opts.touch ? { 'ui.primaryPointerCapabilities': 1, 'ui.allPointerCapabilities': 1 } : {}),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': recorder.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': recorder.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.socks_remote_dns': true,
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  await firefox.installExtension(dir);
  const origin = `moz-extension://${UUID}`;
  const routes = new Map<string, { body: string | Buffer; contentType: string }>();
  const blocked: string[] = [];

  const onRequest = (req: HTTPRequest) => {
    const url = req.url();
    if (!/^(https?|wss?|ftp):/i.test(url)) return void req.continue();
    const hit = routes.get(url.split('#')[0]!);
    if (hit) return void req.respond({ status: 200, contentType: hit.contentType, body: hit.body });
    blocked.push(url);
    return void req.abort('blockedbyclient');
  };

  async function loaded(page: Page, url: string, timeout = 15_000): Promise<void> {
    const start = Date.now();
    for (;;) {
      const ok = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
      if (ok) return;
      if (Date.now() - start > timeout) throw new Error(`extension page did not load: ${url}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const gotoExtension = async (page: Page, file: string) => {
    const url = `${origin}/${file}`;
    // Firefox reports no load event for moz-extension documents over BiDi, so goto() never
    // settles: start it, and wait for the document instead.
    void page.goto(url, { timeout: 0 }).catch(() => undefined);
    await loaded(page, url);
  };

  const apiPage = await firefox.newPage();
  await gotoExtension(apiPage, 'popup.html?tabId=-1');
  let firstPage: Page | undefined = (await firefox.pages()).find((p) => p !== apiPage);

  const harness: FirefoxHarness = {
    browser: firefox,
    origin,
    extensionRequests: recorder.seen,
    blocked,
    downloads,
    serve(url, body, contentType = 'text/html; charset=utf-8') {
      const content = typeof body === 'string' ? body : readFileSync(path.resolve(ROOT, body.file));
      routes.set(url.split('#')[0]!, { body: content, contentType });
    },
    async newPage() {
      // Reuse the blank first tab Firefox starts with, so it does not linger in front.
      const page = firstPage ?? (await firefox.newPage());
      // Firefox's first tab predates the launch's default viewport.
      if (page === firstPage) await sizeTo(page, { width: 1200, height: 800 });
      firstPage = undefined;
      await page.setRequestInterception(true);
      page.on('request', onRequest);
      return page;
    },
    async newPrivatePage() {
      const before = new Set(await firefox.pages());
      await harness.api(() => browser.windows.create({ incognito: true, url: 'about:blank' }));
      let page: Page | undefined;
      for (let i = 0; i < 100 && !page; i++) {
        page = (await firefox.pages()).find((p) => !before.has(p));
        if (!page) await new Promise((r) => setTimeout(r, 50));
      }
      if (!page) throw new Error('no private window');
      await page.setRequestInterception(true);
      page.on('request', onRequest);
      return page;
    },
    async open(url) {
      const page = await harness.newPage();
      await page.goto(url);
      return { page, tabId: await harness.tabIdOf(page) };
    },
    api: (fn, arg) => apiPage.evaluate(fn as never, arg as never) as never,
    db: { evaluate: (fn, arg) => apiPage.evaluate(fn as never, arg as never) as never },
    async tabIdOf(page) {
      const url = page.url();
      const id = await harness.api(async (u) => {
        const tabs = await browser.tabs.query({});
        return Math.max(-1, ...tabs.filter((t) => t.url === u).map((t) => t.id ?? -1));
      }, url);
      if (id < 0) throw new Error(`no tab for ${url}`);
      return id;
    },
    badge: (tabId) =>
      harness.api(
        (id) => (browser as unknown as { browserAction: typeof browser.action }).browserAction.getBadgeText({ tabId: id }),
        tabId,
      ),
    async openPopup(tabId, size = { width: 400, height: 600 }) {
      const page = await firefox.newPage();
      await sizeTo(page, size);
      await gotoExtension(page, `popup.html?tabId=${tabId}`);
      return page;
    },
    async openExtensionPage(file) {
      const page = await firefox.newPage();
      await gotoExtension(page, file);
      return page;
    },
    gotoExtension,
    async waitForExtensionTab(prefix) {
      const start = Date.now();
      while (Date.now() - start < 15_000) {
        for (const page of await firefox.pages()) {
          if (page === apiPage) continue;
          const href = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
          if (href.startsWith(`${origin}/${prefix}`)) return page;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no extension tab ${prefix}`);
    },
    async waitForDownload(name, timeout = 15_000) {
      const start = Date.now();
      for (;;) {
        const done = readdirSync(downloads).find((f) => name.test(f) && !f.endsWith('.part'));
        // Finished: no .part beside it and its size has settled.
        if (done && !readdirSync(downloads).some((f) => f.endsWith('.part'))) {
          const file = path.join(downloads, done);
          const size = statSync(file).size;
          await new Promise((r) => setTimeout(r, 200));
          if (statSync(file).size === size && size > 0) return file;
        }
        if (Date.now() - start > timeout)
          throw new Error(`no download matching ${name} in ${downloads}: ${readdirSync(downloads).join(', ')}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async shot(page, name, dir = SHOTS) {
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${name}.png`);
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
      return file;
    },
    async close() {
      await firefox.close();
      await recorder.close();
      rmSync(downloads, { recursive: true, force: true });
      if (!opts.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
  return harness;
}
