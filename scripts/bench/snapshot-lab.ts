// The snapshot comparison's browser: headless Chromium without the extension, pages served by a
// local HTTP server (cacheable, as a site's assets are: a snapshot tool that reads them again
// meets the browser's cache, not the network), every other host unresolvable. Each tool runs in
// an isolated world of its own, as an extension's content script does; snapshots are opened in a
// second context where only the snapshot itself is served and every other request is refused.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type CDPSession, type Page } from 'playwright-core';

const VIEWPORT = { width: 1200, height: 800 };

interface WorldScript {
  world: string;
  source: string;
}

export interface LabPage {
  page: Page;
  /** Evaluate `expression` in isolated world `world` (awaited, returned by value). */
  inWorld<T>(world: string, expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface Lab {
  origin: string;
  serve(path: string, body: string | Buffer, type?: string): void;
  /** Open `path` with `main` scripts in the main world and `worlds` in isolated worlds, all at document start. */
  open(path: string, worlds: WorldScript[], main?: string[]): Promise<LabPage>;
  /** Screenshot of `html` opened offline at the same viewport, and the requests it tried. */
  offline(html: string): Promise<{ png: Buffer; requests: string[] }>;
  close(): Promise<void>;
}

/** The page's own readiness (window.__ready on the rich pages), then fonts and two frames. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (window as unknown as { __ready?: Promise<unknown> }).__ready;
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

export async function openLab(): Promise<Lab> {
  const routes = new Map<string, { body: string | Buffer; type: string }>();
  const server: Server = createServer((req, res) => {
    const hit = routes.get((req.url ?? '/').split('?')[0]!);
    if (!hit) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': hit.type, 'cache-control': 'max-age=3600' }).end(hit.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const live = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
  const offline = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US', javaScriptEnabled: true });
  const SNAPSHOT_URL = 'http://snapshot.invalid/page.html';
  let current = '';
  let tried: string[] = [];
  await offline.route('**/*', (route) => {
    const url = route.request().url();
    if (url === SNAPSHOT_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: current });
    tried.push(url);
    return route.abort('blockedbyclient');
  });

  return {
    origin,
    serve: (p, body, type = 'text/html; charset=utf-8') => void routes.set(p, { body, type }),
    async open(p, worlds, main = []) {
      const page = await live.newPage();
      const cdp: CDPSession = await live.newCDPSession(page);
      // Frames get the same worlds: key by frame too, and ask for the main frame's.
      const contexts = new Map<string, number>();
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        if (context.auxData?.type === 'isolated') contexts.set(`${context.auxData.frameId} ${context.name}`, context.id);
      });
      await cdp.send('Page.enable');
      await cdp.send('Runtime.enable');
      for (const source of main) await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source, runImmediately: true });
      for (const w of worlds)
        await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: w.source, worldName: w.world, runImmediately: true });
      await page.goto(origin + p, { waitUntil: 'load' });
      await settled(page);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      return {
        page,
        async inWorld<T>(world: string, expression: string): Promise<T> {
          const contextId = contexts.get(`${frameTree.frame.id} ${world}`);
          if (contextId === undefined) throw new Error(`bench: no isolated world ${world} in ${p}`);
          const r = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
          if (r.exceptionDetails)
            throw new Error(`bench: ${world} in ${p}: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
          return r.result.value as T;
        },
        close: () => page.close(),
      };
    },
    async offline(html) {
      current = html;
      tried = [];
      const page = await offline.newPage();
      await page.goto(SNAPSHOT_URL, { waitUntil: 'load' });
      await settled(page).catch(() => undefined);
      const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
      await page.close();
      return { png, requests: tried };
    },
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}
