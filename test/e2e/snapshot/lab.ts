/**
 * Real Chromium for the page snapshot's own tests, without the extension: the snapshot code is
 * bundled (esbuild) and evaluated in pages served at real URLs; every other request is recorded
 * and refused. `open` loads a snapshot as a file and reports everything that would betray a
 * script or a fetch: dialogs, console lines, navigations, requests.
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { ROOT } from '../harness';

interface Opened {
  page: Page;
  dialogs: string[];
  console: string[];
  navigations: string[];
  requests: string[];
}

export interface Lab {
  context: BrowserContext;
  /** The bundled snapshot code, to evaluate in a page (it sets globalThis.__wwSnapshot). */
  code(): Promise<string>;
  /** Requests that left any page (other than routed fixtures and the file being opened). */
  requests: string[];
  serve(url: string, body: string | Buffer, type?: string): void;
  /** Load `html` at `url`, run `snapshotPage` on it (after `prepare`, in the page) and return the snapshot. */
  snapshot(url: string, html: string, prepare?: string): Promise<string>;
  /** Run `purifySnapshot` or `isolateSnapshot` on `html` inside a blank page. */
  sanitise(html: string[], fn?: 'purifySnapshot' | 'isolateSnapshot'): Promise<string[]>;
  /** Open a snapshot as a local file. */
  open(html: string, wait?: number): Promise<Opened>;
  close(): Promise<void>;
}

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(import.meta.dirname, 'entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    absWorkingDir: ROOT,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

export async function openLab(): Promise<Lab> {
  const code = await bundle();
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const routes = new Map<string, { body: string | Buffer; type: string }>();
  const requests: string[] = [];
  await context.route(/^(https?|wss?|ftp):/i, async (route) => {
    const url = route.request().url();
    const hit = routes.get(url.split('#')[0]!);
    if (hit) return route.fulfill({ status: 200, contentType: hit.type, body: hit.body });
    requests.push(url);
    return route.abort('blockedbyclient');
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-snapshot-'));
  let n = 0;
  let sanitiser: Page | undefined;
  const blank = 'https://lab.wallet-witness.test/blank';
  routes.set(blank, { body: '<!doctype html><title>lab</title>', type: 'text/html' });
  const lab: Lab = {
    context,
    code: async () => code,
    requests,
    serve(url, body, type = 'text/html; charset=utf-8') {
      routes.set(url, { body, type });
    },
    async snapshot(url, html, prepare = '') {
      lab.serve(url, html);
      const page = await context.newPage();
      try {
        await page.goto(url);
        if (prepare) await page.evaluate(prepare);
        await page.evaluate(code);
        return await page.evaluate(() =>
          (globalThis as never as { __wwSnapshot: { snapshotPage(d: Document): string } }).__wwSnapshot.snapshotPage(document),
        );
      } finally {
        await page.close();
      }
    },
    async sanitise(inputs, fn = 'purifySnapshot') {
      // One page for every call: a property test calls this hundreds of times.
      if (!sanitiser || sanitiser.isClosed()) {
        sanitiser = await context.newPage();
        await sanitiser.goto(blank);
        await sanitiser.evaluate(code);
      }
      return sanitiser.evaluate(
        ([list, name]) =>
          Promise.all(
            list.map((h) =>
              (globalThis as never as { __wwSnapshot: Record<string, (h: string, w: Window) => string | Promise<string>> }).__wwSnapshot[
                name
              ]!(h, window),
            ),
          ),
        [inputs, fn] as const,
      );
    },
    async open(html, wait = 300) {
      const file = path.join(dir, `snapshot-${++n}.html`);
      writeFileSync(file, html);
      const page = await context.newPage();
      const seen: Opened = { page, dialogs: [], console: [], navigations: [], requests: [] };
      page.on('dialog', (d) => {
        seen.dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('console', (m) => seen.console.push(m.text()));
      page.on('request', (r) => {
        if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) seen.requests.push(r.url());
      });
      page.on('framenavigated', (f) => {
        if (f.url() !== `file://${file}`) seen.navigations.push(f.url());
      });
      await page.goto(`file://${file}`);
      await page.waitForTimeout(wait);
      return seen;
    },
    close: () => browser.close(),
  };
  return lab;
}
