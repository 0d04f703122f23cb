// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { STRINGS } from '../../../scripts/strings.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const load = (dir: string) =>
  JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', dir, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const en = load('en');
const zh = load('zh_CN');
const CJK = /[\u3400-\u9fff]/;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}
const uiFiles = [
  ...files(path.join(ROOT, 'components'), /\.tsx?$/),
  ...files(path.join(ROOT, 'lib'), /\.tsx?$/),
  ...files(path.join(ROOT, 'entrypoints'), /\.tsx?$/),
];

describe('locales', () => {
  it('has the same keys in English and Chinese, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      expect(value.message.trim(), `en ${key}`).not.toBe('');
      expect(zh[key]!.message.trim(), `zh ${key}`).not.toBe('');
    }
  });

  it('writes Chinese in Chinese', () => {
    const notChinese = Object.entries(zh)
      .filter(([, v]) => !CJK.test(v.message))
      .map(([k]) => k);
    expect(notChinese).toEqual([]);
  });

  it('is generated from scripts/strings.mjs and up to date (node scripts/locales.mjs)', () => {
    expect(Object.keys(en)).toEqual(Object.keys(STRINGS));
    for (const [key, pair] of Object.entries(STRINGS)) {
      expect(en[key]!.message).toBe(pair[0]);
      expect(zh[key]!.message).toBe(pair[1]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      const holes = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(holes(zh[key]!.message), key).toBe(holes(en[key]!.message));
    }
  });

  it('defines every key the code asks for with t()', () => {
    const missing: string[] = [];
    for (const file of uiFiles) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z_]+)'/g)) {
        if (!(m[1]! in en)) missing.push(`${path.relative(ROOT, file)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no user-facing text hard-coded in components', () => {
    const offenders: string[] = [];
    for (const file of files(path.join(ROOT, 'components'), /\.tsx$/)) {
      const src = readFileSync(file, 'utf8');
      // Text between tags that contains a letter, e.g. <h2>Evidence</h2>.
      for (const m of src.matchAll(/(?:<[A-Za-z][\w.]*(?:\s[^<>]*)?>|<\/[\w.]*>)\s*([^<>{}\n]*[A-Za-z\u4e00-\u9fff][^<>{}\n]*?)\s*</g)) {
        const text = m[1]!.trim();
        if (text && !/^(&[a-z]+;|[·:…“”()\s])+$/.test(text) && !/^[=>&|?:)(]/.test(text))
          offenders.push(`${path.relative(ROOT, file)}: ${text}`);
      }
      for (const m of src.matchAll(/\b(aria-label|placeholder|title|alt)="([^"]*[A-Za-z\u4e00-\u9fff][^"]*)"/g)) {
        if (!/example\.com$/.test(m[2]!)) offenders.push(`${path.relative(ROOT, file)}: ${m[1]}="${m[2]}"`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
