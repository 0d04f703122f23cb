// The least any page-reading extension costs: a generated extension whose content script, at
// the moment ours reads (the first idle callback after load), walks the page's text nodes once
// and joins them, and does nothing else. Loaded beside ours in the page-cost measure, it shows
// what a budget on page script time leaves to an extension that reads the page at all.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const READER = `addEventListener('load', () => requestIdleCallback(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.nodeValue);
  globalThis.wwLeastReader = texts.join('\\n').length;
}, { timeout: 1000 }), { once: true });
`;

/** Writes the extension under `dir` (git-ignored bench/tmp) for pages on `host`; returns its folder. */
export function writeLeastReader(dir: string, host: string): string {
  const out = path.join(dir, 'least-reader');
  mkdirSync(out, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'least reader (bench)',
    version: '1.0',
    // A worker, so the e2e harness's launch() finds the extension as it finds ours.
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: [`*://${host}/*`], js: ['reader.js'], run_at: 'document_start' }],
  };
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(out, 'worker.js'), '');
  writeFileSync(path.join(out, 'reader.js'), READER);
  return out;
}
