import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './harness';

/**
 * A support page whose form is a real React app (test/fixtures/react-form/app.tsx with the
 * project's own react and react-dom, bundled here), for prefill against controlled inputs.
 */
export async function reactFormPage(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'test/fixtures/react-form/app.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const js = out.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contact us | PayPal</title></head>
<body><div id="root"></div><script>${js}</script></body></html>`;
}
