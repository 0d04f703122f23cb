// npm run bench: the built test extension in headless Chromium, every timing budget a ratio to a
// floor measured beside it in the same run (issue 18; README "Performance"). Runs full rounds
// until the budgets settle: a budget fails only when it is missed in two consecutive rounds.
// Prints a Markdown table, writes bench/results.json, exits 1 on a confirmed miss.
// `tsx scripts/bench.ts --only=size,detection` runs some parts (no file written).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PAGES } from '../test/e2e/demo-pages';
import { type Harness, launch, ROOT } from '../test/e2e/harness';
import { launchBare } from './bench/bare-browser';
import { checkBudgets, settle } from './bench/budgets';
import { copyTestBuild } from './bench/build-copy';
import { bundleForBrowser } from './bench/esbuild-page';
import { benchCapture } from './bench/capture-click';
import { benchDetection, coldDetection } from './bench/detection';
import { benchHistory, counts, seedHistory } from './bench/history';
import { benchLookalike } from './bench/lookalike';
import { machine } from './bench/machine';
import { METHODS } from './bench/methods';
import { benchPageCost } from './bench/page-cost';
import { writeLeastReader } from './bench/least-reader';
import { WALLET_PAGE_URL } from './bench/wallet-page';
import { renderReport } from './bench/markdown-report';
import type { BenchResults, BenchRound } from './bench/results';
import { measureSizes } from './bench/size';
import { benchSnapshot } from './bench/snapshot-bench';
import { progress } from './bench/stats';
import { benchStorage, dbPage } from './bench/storage';

const PARTS = ['size', 'detection', 'pagecost', 'capture', 'storage', 'history', 'snapshot', 'lookalike'] as const;
const MAX_ROUNDS = 3;
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const only = new Set(onlyArg ? onlyArg.split(',') : PARTS);
for (const p of only)
  if (!(PARTS as readonly string[]).includes(p)) throw new Error(`bench: unknown part ${p} (parts: ${PARTS.join(', ')})`);
const run = (p: (typeof PARTS)[number]) => only.has(p);

function chromiumVersion(): string {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const out = spawnSync(exe, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return (
    out
      .split('\n')
      .find((l) => /\d+\.\d+/.test(l))
      ?.trim() ?? 'unknown'
  );
}

function git(...args: string[]): { out: string; ok: boolean } {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return { out: r.stdout?.trim() ?? '', ok: r.status === 0 };
}

/** The failed-payment demo page open in a tab of `h`; its tab id. */
async function demoTab(h: Harness): Promise<number> {
  const demo = DEMO_PAGES[0];
  h.serve(demo.url, { file: demo.file });
  const page = await h.context.newPage();
  await page.goto(demo.url);
  return h.tabIdOf(page);
}

interface Code {
  detector: string;
  db: string;
  app: string;
  lookalike: string;
  capture: string;
}

async function runRound(round: number, dir: string, code: Code): Promise<BenchRound> {
  const started = Date.now();
  const r: BenchRound = { round, loadAverage: { before: os.loadavg(), after: [] }, seconds: 0, budgets: [] };
  const open: { close(): Promise<void> }[] = [];
  try {
    if (run('size')) r.size = measureSizes(dir);
    const h = await launch({ extensionDir: dir });
    open.push(h);
    // Page cost first, while the extension's browser has seen nothing else.
    const bare = run('pagecost') || run('detection') ? await launchBare() : null;
    if (bare) open.push(bare);
    if (bare && run('pagecost')) {
      const reader = await launch({ extensionDir: writeLeastReader(path.join(ROOT, 'bench/tmp'), new URL(WALLET_PAGE_URL).host) });
      open.push(reader);
      r.pageCost = await benchPageCost(h, bare, reader, code.app);
      await reader.close();
    }
    if (bare && run('detection')) {
      const { registry, ...detection } = await benchDetection(h, code.detector);
      const cold = await coldDetection(
        bare,
        code.detector,
        detection.generated.find((g) => g.elements === 20_000),
      );
      r.detection = { ...detection, cold };
      r.registry = registry;
    }
    await bare?.close();
    if (run('lookalike')) r.lookalike = await benchLookalike(h, code.lookalike);
    if (run('capture')) {
      // A browser of its own (same build): the parts before leave it dozens of closed 20,000-
      // element pages and their reports to digest, which is not what a capture meets.
      const fresh = await launch({ extensionDir: dir });
      open.push(fresh);
      r.capture = await benchCapture(fresh, code.capture);
    }
    const dbp = run('storage') || run('history') ? await dbPage(h, code.db) : null;
    if (dbp && run('storage')) r.storage = await benchStorage(dbp);
    if (dbp && run('history')) {
      // Two profiles of the same build, popups opened alternately: one empty, one seeded.
      const empty = await launch({ extensionDir: dir });
      open.push(empty);
      const seeding = await seedHistory(dbp);
      const res = await benchHistory(
        { h: empty, tabId: await demoTab(empty), cases: 0, evidence: 0 },
        { h, tabId: await demoTab(h), ...(await counts(dbp)) },
      );
      r.history = {
        ...res,
        seeding: {
          ...seeding,
          how: 'Dexie bulkAdd through the extension schema (WitnessDB), chained with lib/evidence/chain linkRecords, in dashboard.html',
        },
      };
    }
    for (const b of open.splice(0)) await b.close().catch(() => undefined);
    if (run('snapshot')) r.snapshot = await benchSnapshot(code.detector);
  } finally {
    for (const b of open) await b.close().catch(() => undefined);
  }
  r.loadAverage.after = os.loadavg();
  r.seconds = Math.round((Date.now() - started) / 1000);
  r.budgets = checkBudgets(r);
  return r;
}

const started = Date.now();
// The commit the build was made from, read before anything runs (a commit made during a run of
// half an hour is not what was measured).
const startHead = git('rev-parse', 'HEAD').out;
const startDirty = git('status', '--porcelain', '--untracked-files=no').out !== '';
const build = copyTestBuild();
const rounds: BenchRound[] = [];
let verdict = { again: false, confirmed: [] as string[], unconfirmed: [] as string[] };
try {
  // Bundled from the working tree as it is now, only when a selected part needs them.
  const code: Code = {
    detector: run('detection') || run('snapshot') ? await bundleForBrowser('page-detector.ts') : '',
    db: run('storage') || run('history') ? await bundleForBrowser('page-db.ts') : '',
    app: run('pagecost') ? await bundleForBrowser('page-app.tsx') : '',
    lookalike: run('lookalike') ? await bundleForBrowser('worker-lookalike.ts') : '',
    capture: run('capture') ? await bundleForBrowser('worker-capture.ts') : '',
  };
  do {
    progress(`round ${rounds.length + 1}`);
    const r = await runRound(rounds.length + 1, build.dir, code);
    rounds.push(r);
    verdict = settle(rounds.map((x) => x.budgets));
    for (const b of r.budgets.filter((x) => !x.pass)) progress(`round ${r.round}: out of budget: ${b.budget} ${b.value} (${b.limit})`);
    if (verdict.again && rounds.length < MAX_ROUNDS) progress('a budget was missed once: another full round to confirm it');
  } while (verdict.again && rounds.length < MAX_ROUNDS);
} finally {
  build.dispose();
}
const latest = rounds.at(-1)!;
const mainHead = git('rev-parse', '--verify', '--quiet', 'main').out;
const results: BenchResults = {
  machine: machine(chromiumVersion()),
  commit: {
    head: startHead,
    main: mainHead && git('merge-base', '--is-ancestor', mainHead, startHead).ok ? mainHead : null,
    dirty: startDirty,
  },
  build: '.output/test/chrome-mv3 (npm run build:test; the same bundles as the release build, whose manifest only lacks <all_urls>)',
  methods: METHODS,
  rounds: rounds.map(({ round, loadAverage, seconds, budgets }) => ({ round, loadAverage, seconds, budgets })),
  latest,
  verdict: { pass: verdict.confirmed.length === 0, confirmed: verdict.confirmed, unconfirmed: verdict.unconfirmed },
  durationSeconds: Math.round((Date.now() - started) / 1000),
};
if (!onlyArg) {
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  progress('wrote bench/results.json');
}
console.log(renderReport(results));
process.exitCode = results.verdict.pass ? 0 : 1;
