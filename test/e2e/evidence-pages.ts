import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEST_BUILD } from './harness';

/** Fixture pages for the evidence e2e, served at wallet URLs (the content script runs there). */

/** A page of one colour, so a screenshot shows whose page it is. */
export function colourPage(title: string, colour: string): string {
  return `<!doctype html><html><head><title>${title}</title><style>html,body{margin:0;height:100%;background:${colour}}
h1{margin:0;padding:40px;font:bold 40px sans-serif;color:#fff}</style></head><body><h1>${title}</h1></body></html>`;
}

/** Screen k of a long page is this colour (k from 0): the stitched image must show them in order. */
export const BAND_COLOURS = ['#d32f2f', '#388e3c', '#1976d2', '#fbc02d', '#7b1fa2', '#00838f'];

/**
 * `screens` bands exactly one viewport (800 px) tall, and a fixed header as real wallet pages
 * have: a naive scroll-and-stitch repeats it on every screen.
 */
export function longPage(title: string, screens: number): string {
  const bands = Array.from(
    { length: screens },
    (_, k) =>
      `<section style="height:800px;background:${BAND_COLOURS[k % BAND_COLOURS.length]}"><p>Screen ${k + 1} of ${screens}</p></section>`,
  ).join('');
  return `<!doctype html><html><head><title>${title}</title><style>html,body{margin:0}
header{position:fixed;top:0;left:0;right:0;height:60px;background:#212121;color:#fff;font:bold 24px sans-serif;padding:16px;box-sizing:border-box}
p{margin:0;padding:120px 40px;font:bold 48px sans-serif;color:#fff}</style></head>
<body><header>${title}: account activity</header>${bands}</body></html>`;
}

/**
 * A page whose scripts try to show they ran, but only outside the live wallet page (in a
 * snapshot): a console line, a changed title, text, and a reach into the parent document.
 */
export const MARKER = 'SNAPSHOT-SCRIPT-RAN';
export function markerPage(title: string): string {
  const act = `if (location.protocol !== 'https:') { console.log('${MARKER}'); document.title = '${MARKER}'; document.body && document.body.append('${MARKER}'); try { parent.document.title = '${MARKER}'; } catch (e) {} }`;
  return `<!doctype html><html><head><title>${title}</title><script>${act}</script></head>
<body onload="${act.replace(/"/g, '&quot;')}"><h1>Withdrawal failed</h1><p id="visible-text">Your withdrawal of 0.5 ETH failed. Reference WD-7731.</p>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onerror="${act.replace(/"/g, '&quot;')}" alt="">
<script>window.addEventListener('load', () => { ${act} });</script></body></html>`;
}

/**
 * A copy of the test build with its manifest changed (test-only: the release build is never
 * touched), e.g. pageCapture granted at install since headless Chromium cannot click a prompt.
 */
export function variantBuild(edit: (manifest: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-variant-'));
  cpSync(TEST_BUILD, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(manifest);
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}
