// Runs the classifier on real sites' forms kept in ../shared/realworld-forms (DESIGN.md): read
// at test time, never copied into the project. Skipped, and says so, when ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../lib/prefill/classify';
import { parseHtml } from './dom';

const DIR = path.resolve(__dirname, '../../../../shared/realworld-forms');
const MANIFEST = path.join(DIR, 'manifest.json');
const present = existsSync(MANIFEST);

interface Entry {
  file: string;
  fields: { selector: string; expected: string | null }[];
}

describe.skipIf(!present)(`real-world forms (${present ? DIR : 'skipped: ../shared/realworld-forms is absent'})`, () => {
  const entries: Entry[] = present ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : [];
  const score = new Map<string, { ok: number; all: number }>();
  const misses: string[] = [];

  it('classifies the corpus; sensitive fields are never given a fillable type', () => {
    for (const e of entries) {
      const doc = parseHtml(readFileSync(path.join(DIR, e.file), 'utf8'));
      for (const f of e.fields) {
        const el = doc.querySelector(f.selector);
        expect(el, `${e.file} ${f.selector}`).not.toBeNull();
        const got = classifyField(el!);
        const key = String(f.expected);
        const s = score.get(key) ?? { ok: 0, all: 0 };
        s.all++;
        if (got === f.expected) s.ok++;
        else misses.push(`${e.file} ${f.selector}: expected ${key}, got ${String(got)}`);
        score.set(key, s);
      }
    }
    const lines = [...score].map(([k, s]) => `${k.padEnd(10)} ${s.ok}/${s.all} (${Math.round((100 * s.ok) / s.all)}%)`);
    const ok = [...score.values()].reduce((a, s) => a + s.ok, 0);
    const all = [...score.values()].reduce((a, s) => a + s.all, 0);
    console.log(`real-world corpus, per expected type:\n${lines.join('\n')}\ntotal ${ok}/${all}\n${misses.join('\n')}`);
    const sens = score.get('sensitive')!;
    expect(misses.filter((m) => m.includes('expected sensitive'))).toEqual([]);
    expect(sens.ok).toBe(sens.all);
    expect(ok / all).toBeGreaterThan(0.9);
  });
});
