// Size: minified and gzipped bytes of what each part of the built extension loads: the content
// script, the background, and popup / dashboard (their HTML plus the JS and CSS chunks it loads,
// following static imports). Dynamic imports are listed, not counted.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeRow {
  part: string;
  files: string[];
  bytes: number;
  gzip: number;
  lazy: string[];
}

const STATIC_IMPORT = /(?:\bimport\s*|\bfrom\s*)["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

function closure(dir: string, roots: string[]): { files: string[]; lazy: string[] } {
  const files = new Set<string>();
  const lazy = new Set<string>();
  const visit = (rel: string) => {
    const norm = path.posix.normalize(rel.replace(/^\//, ''));
    if (files.has(norm) || !existsSync(path.join(dir, norm))) return;
    files.add(norm);
    if (!norm.endsWith('.js')) return;
    const code = readFileSync(path.join(dir, norm), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(path.posix.join(path.posix.dirname(norm), m[1]!));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) lazy.add(path.posix.join(path.posix.dirname(norm), m[1]!));
  };
  roots.forEach(visit);
  return { files: [...files], lazy: [...lazy].filter((f) => !files.has(f)) };
}

function htmlRoots(dir: string, html: string): string[] {
  const text = readFileSync(path.join(dir, html), 'utf8');
  const refs = [...text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((r) => !/^[a-z]+:/i.test(r));
  return [html, ...refs];
}

function row(dir: string, part: string, roots: string[]): SizeRow {
  const { files, lazy } = closure(dir, roots);
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(path.join(dir, f));
    bytes += buf.byteLength;
    gzip += gzipSync(buf, { level: 9 }).byteLength;
  }
  return { part, files, bytes, gzip, lazy };
}

export function measureSizes(dir: string): SizeRow[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
    action?: { default_popup?: string };
    options_ui?: { page?: string };
  };
  const content = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const rows = [row(dir, 'content script', content), row(dir, 'background', [manifest.background?.service_worker ?? 'background.js'])];
  rows.push(row(dir, 'popup', htmlRoots(dir, manifest.action?.default_popup ?? 'popup.html')));
  rows.push(row(dir, 'dashboard', htmlRoots(dir, manifest.options_ui?.page ?? 'dashboard.html')));
  // Registered at run time when the user turns protection on: a budget of its own, like the content script's.
  if (existsSync(path.join(dir, 'guard.js'))) rows.push(row(dir, 'guard script (opt-in)', ['guard.js']));
  // Injected on demand (capture probe, prefill agent): listed for the record, no budget.
  for (const f of ['probe.js', 'prefill.js']) if (existsSync(path.join(dir, f))) rows.push(row(dir, `${f} (on demand)`, [f]));
  return rows;
}
