import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../lib/prefill/classify';
import { parseHtml } from './dom';

const DIR = path.resolve(__dirname, '../../fixtures/forms');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.html'));
const CONTROLS = 'input,select,textarea,[contenteditable]';

describe('classifyField on our complaint-form fixtures', () => {
  it('has fixtures', () => expect(FILES.length).toBeGreaterThanOrEqual(5));

  for (const file of FILES) {
    it(`${file}: every control classifies as its data-expect`, () => {
      const doc = parseHtml(readFileSync(path.join(DIR, file), 'utf8'));
      const controls = Array.from(doc.querySelectorAll(CONTROLS));
      expect(controls.length).toBeGreaterThan(4);
      const wrong: string[] = [];
      for (const el of controls) {
        const expected = el.getAttribute('data-expect');
        expect(expected, `${file}: ${el.outerHTML.slice(0, 80)} lacks data-expect`).not.toBeNull();
        const got = String(classifyField(el));
        if (got !== expected) wrong.push(`${el.outerHTML.slice(0, 90)} → ${got}, expected ${expected}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
