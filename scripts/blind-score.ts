// Scores detectPage on the blind corpus (test/blind/README.md says how batches are written and
// why each is scored once before anyone reads it):
//   npx tsx scripts/blind-score.ts                 every batch
//   npx tsx scripts/blind-score.ts batch-02        one batch (several may be named)
// Prints, per batch, kind / site / field accuracy and every page it missed, and the commit of
// the detector that was scored (with "+changes" when lib/ differs from that commit).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Window } from 'happy-dom';
import { detectPage } from '../lib/detection';
import { listBatches, percent, scoreBatch } from './blind/score';

const ROOT = path.resolve(import.meta.dirname, '../test/blind');

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

const window = new Window();
const parser = new window.DOMParser();
const detect = (html: string, url: string) => detectPage(parser.parseFromString(html, 'text/html') as unknown as Document, url);

const wanted = process.argv.slice(2);
const batches = wanted.length ? wanted : listBatches(ROOT);
const dirty = git('status', '--porcelain', '--', '../../lib').length > 0;
console.log(
  `detector: commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' +changes in lib/' : ''}, ${new Date().toISOString().slice(0, 10)}\n`,
);
console.log('| batch | pages | kind | site | fields | id | amount | currency | reason |');
console.log('|---|---|---|---|---|---|---|---|---|');
const scores = batches.map((b) => scoreBatch(path.join(ROOT, b), detect));
for (const s of scores) {
  const f = s.byField;
  const cells = [s.kind, s.site, s.fields, f.id, f.amount, f.currency, f.reason].map((r) => `${percent(r)} (${r.right}/${r.of})`);
  console.log(`| ${s.batch} | ${s.pages.length} | ${cells.join(' | ')} |`);
}
for (const s of scores) {
  const missed = s.pages.filter((p) => p.misses.length);
  console.log(`\n${s.batch}: ${missed.length} page(s) with a miss`);
  for (const p of missed) console.log(`  ${p.file}  ${p.url}\n    ${p.misses.join('\n    ')}`);
}
await window.happyDOM.close();
