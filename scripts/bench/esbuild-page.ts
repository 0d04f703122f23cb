// Bundles a bench script for the browser (esbuild, the copy that comes with tsx/vite): one IIFE
// string to evaluate in a page, from the working tree as it is now. Production React.
import { build } from 'esbuild';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export async function bundleForBrowser(entry: string, minify = true): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify,
    keepNames: !minify,
    write: false,
    absWorkingDir: ROOT,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}
