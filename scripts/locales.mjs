// Writes public/_locales/{en,zh_CN}/messages.json from one table, so the two never drift apart.
// Run: node scripts/locales.mjs (the locale test fails when the JSON is out of date).
import { writeFileSync, mkdirSync } from 'node:fs';
import { STRINGS } from './strings.mjs';

for (const [dir, idx] of [
  ['en', 0],
  ['zh_CN', 1],
]) {
  const out = {};
  for (const [key, pair] of Object.entries(STRINGS)) {
    out[key] = { message: pair[idx] };
    if (pair[2]) out[key].description = pair[2];
  }
  mkdirSync(new URL(`../public/_locales/${dir}/`, import.meta.url), { recursive: true });
  writeFileSync(new URL(`../public/_locales/${dir}/messages.json`, import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(STRINGS).length} strings in 2 locales`);
