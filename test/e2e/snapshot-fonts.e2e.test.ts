// DESIGN.md "Page snapshot": fonts, also those loaded through the FontFace API, kept without any
// new network request. Served by a real HTTP server on 127.0.0.1, not by Playwright routing:
// routing turns the HTTP cache off and answers even `cache: 'only-if-cached'` fetches, so it
// could neither show a font read from the cache nor prove that none went to the network. The
// server's own log is the proof: nothing reaches it while the snapshot is taken.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SnapshotFacts } from '../../lib/evidence/snapshot-facts';
import { SHOTS } from './harness';
import { openLab, type Lab } from './snapshot/lab';

// A monospaced font (every glyph as wide as the next) against the default proportional one: the
// text "iiiiiiii" is as wide as "WWWWWWWW" only where the font was kept.
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf';
const haveFont = existsSync(FONT);

const PAGE = `<!doctype html><html><head><title>fonts</title>
<style>
@font-face { font-family: CssMono; src: url(/fonts/mono.ttf) format("truetype"); }
@font-face { font-family: NeverUsed; src: url(/fonts/never.ttf); }
p { font-size: 20px; margin: 4px } span { white-space: pre }
</style></head><body>
<p style="font-family: CssMono, sans-serif"><span id="css-i">iiiiiiii</span><br><span id="css-w">WWWWWWWW</span></p>
<p style="font-family: BlobMono, sans-serif"><span id="blob-i">iiiiiiii</span><br><span id="blob-w">WWWWWWWW</span></p>
<p style="font-family: BufferMono, sans-serif"><span id="buf-i">iiiiiiii</span><br><span id="buf-w">WWWWWWWW</span></p>
<script>
(async () => {
  const bytes = await (await fetch('/fonts/buffer.ttf')).arrayBuffer();
  // A blob: URL named in a stylesheet, and a face made from bytes with the FontFace API.
  const style = document.createElement('style');
  style.textContent = '@font-face { font-family: BlobMono; src: url(' + URL.createObjectURL(new Blob([bytes], { type: 'font/ttf' })) + '); }';
  document.head.append(style);
  const face = new FontFace('BufferMono', bytes);
  document.fonts.add(await face.load());
  await document.fonts.load('20px BlobMono');
  await document.fonts.ready;
  document.body.dataset.ready = '1';
})();
</script></body></html>`;

const widths = (ids: string[]) => ids.map((id) => document.getElementById(id)!.getBoundingClientRect().width);
const IDS = ['css-i', 'css-w', 'blob-i', 'blob-w', 'buf-i', 'buf-w'];

describe.skipIf(!haveFont)('page snapshot: fonts kept without a network request (real Chromium, real HTTP server)', () => {
  let server: Server;
  let origin = '';
  const hits: string[] = [];
  let browser: Browser;
  let lab: Lab;
  beforeAll(async () => {
    const font = readFileSync(FONT);
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(PAGE);
      }
      if (req.url?.startsWith('/fonts/')) {
        res.writeHead(200, { 'content-type': 'font/ttf', 'cache-control': 'max-age=3600' });
        return res.end(font);
      }
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    lab = await openLab();
  });
  afterAll(async () => {
    await browser?.close();
    await lab?.close();
    server?.close();
  });

  it('keeps @font-face (from the HTTP cache) and blob: fonts, counts the FontFace-from-bytes one as dropped; asks the network for nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 600 } });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-ready="1"]');
    const live = await page.evaluate(widths, IDS);
    // The page itself shows every face: each monospaced pair is equally wide.
    expect(live[0]).toBeCloseTo(live[1]!, 0);
    expect(live[2]).toBeCloseTo(live[3]!, 0);
    expect(live[4]).toBeCloseTo(live[5]!, 0);

    const before = [...hits];
    const timing = () => page.evaluate(() => performance.getEntriesByType('resource').length);
    const entries = await timing();
    // In an isolated world, as the extension's probe runs (created over CDP: no extension here).
    const cdp = await context.newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'probe',
    });
    await cdp.send('Runtime.evaluate', { contextId, expression: await lab.code() });
    const run = await cdp.send('Runtime.evaluate', {
      contextId,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const ww = globalThis.__wwSnapshot;
        return ww.snapshotWithFacts(document, new Date(), await ww.readFonts(document));
      })()`,
    });
    const { html, facts } = run.result.value as { html: string; facts: SnapshotFacts };
    expect(hits, 'a request reached the server while the snapshot was taken').toEqual(before);
    // Nor did the page see a fetch: no new resource-timing entry in its world.
    await page.waitForTimeout(100);
    expect(await timing()).toBe(entries);
    await context.close();

    // CssMono (from the cache) and BlobMono kept; BufferMono (FontFace from bytes) cannot be read
    // back: dropped. NeverUsed never showed: neither read nor counted.
    expect(facts.fonts).toEqual({ kept: 2, dropped: 1 });
    expect(html).toMatch(/fonts: 2 kept, 1 left out/);
    expect(hits).not.toContain('/fonts/never.ttf');
    expect(html).not.toMatch(/url\((?!"?data:)/);

    // Opened offline (every request refused and recorded), the kept faces render; the dropped one falls back.
    const opened = await lab.open(html);
    const off = await opened.page.evaluate(widths, IDS);
    await opened.page.screenshot({ path: `${SHOTS}/snapshot-fonts.png` });
    expect(opened.requests).toEqual([]);
    expect(off[0]).toBeCloseTo(off[1]!, 0);
    expect(off[2]).toBeCloseTo(off[3]!, 0);
    expect(Math.abs(off[4]! - off[5]!)).toBeGreaterThan(10);
    await opened.page.close();
  });
});
