// npm run bench: the built test extension in headless Chromium, measured against the budgets of
// issue 7 (README "Benchmark"). Prints a Markdown table, writes bench/results.json, and exits 1
// when a budget is missed. `tsx scripts/bench.ts --only=size,detection` runs a subset (no file).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, ROOT, type Harness } from '../test/e2e/harness';
import { DEMO_PAGES } from '../test/e2e/demo-pages';
import { launchBare } from './bench/bare-browser';
import { checkBudgets } from './bench/budgets';
import { copyTestBuild } from './bench/build-copy';
import { bundleForBrowser } from './bench/esbuild-page';
import { benchCapture } from './bench/capture-click';
import { benchDetection, coldDetection } from './bench/detection';
import { benchHistory, counts, seedHistory } from './bench/history';
import { machine } from './bench/machine';
import { benchPageCost } from './bench/page-cost';
import { renderReport } from './bench/markdown-report';
import type { BenchResults } from './bench/results';
import { METHODS } from './bench/methods';
import { measureSizes } from './bench/size';
import { progress } from './bench/stats';
import { benchStorage, dbPage } from './bench/storage';

const PARTS = ['size', 'detection', 'pagecost', 'capture', 'storage', 'history'] as const;
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const only = new Set(onlyArg ? onlyArg.split(',') : PARTS);
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

/** The failed-payment demo page open in a tab of `h`; its tab id. */
async function demoTab(h: Harness): Promise<number> {
  const demo = DEMO_PAGES[0];
  h.serve(demo.url, { file: demo.file });
  const page = await h.context.newPage();
  await page.goto(demo.url);
  return h.tabIdOf(page);
}

const started = Date.now();
const build = copyTestBuild();
const results: BenchResults = {
  machine: machine(chromiumVersion()),
  loadAverage: { before: os.loadavg(), after: [] },
  build: '.output/test/chrome-mv3 (npm run build:test; the same bundles as the release build, whose manifest only lacks <all_urls>)',
  methods: METHODS,
};
const open: { close(): Promise<void> }[] = [];
try {
  if (run('size')) results.size = measureSizes(build.dir);
  // Bundled from the working tree as it is now, only when a selected part needs it.
  const detector = run('detection') || run('capture') ? await bundleForBrowser('page-detector.ts') : '';
  const dbCode = run('storage') || run('history') ? await bundleForBrowser('page-db.ts') : '';
  const h = await launch({ extensionDir: build.dir });
  open.push(h);
  // Page cost first, while the extension's browser has seen nothing else.
  const bare = run('pagecost') || run('detection') ? await launchBare() : null;
  if (bare) open.push(bare);
  if (bare && run('pagecost')) results.pageCost = await benchPageCost(h, bare);
  if (bare && run('detection')) {
    const { registry, ...detection } = await benchDetection(h, detector);
    const cold = await coldDetection(
      bare,
      detector,
      detection.generated.find((g) => g.elements === 20_000),
    );
    results.detection = { ...detection, cold };
    results.registry = registry;
  }
  await bare?.close();
  if (run('capture')) {
    // A browser of its own (same build): the parts before leave it dozens of closed 20,000-
    // element pages and their reports to digest, which is not what a capture meets.
    const fresh = await launch({ extensionDir: build.dir });
    open.push(fresh);
    results.capture = await benchCapture(fresh, detector);
  }
  const dbp = run('storage') || run('history') ? await dbPage(h, dbCode) : null;
  if (dbp && run('storage')) results.storage = await benchStorage(dbp);
  if (dbp && run('history')) {
    // Two profiles of the same build, popups opened alternately: one empty, one seeded.
    const empty = await launch({ extensionDir: build.dir });
    open.push(empty);
    const seeding = await seedHistory(dbp);
    const [e, f] = await benchHistory([
      { h: empty, tabId: await demoTab(empty), cases: 0, evidence: 0 },
      { h, tabId: await demoTab(h), ...(await counts(dbp)) },
    ]);
    results.history = {
      empty: e!,
      full: f!,
      ratio: Math.round((f!.median / e!.median) * 1000) / 1000,
      seeding: {
        ...seeding,
        how: 'Dexie bulkAdd through the extension schema (WitnessDB), chained with lib/evidence/chain linkRecords, in dashboard.html',
      },
    };
  }
} finally {
  for (const b of open) await b.close().catch(() => undefined);
  build.dispose();
}
results.loadAverage.after = os.loadavg();
results.budgets = checkBudgets(results);
results.durationSeconds = Math.round((Date.now() - started) / 1000);
if (!onlyArg) {
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  progress('wrote bench/results.json');
}
console.log(renderReport(results));
const failed = results.budgets.filter((b) => !b.pass);
console.log(failed.length ? `${failed.length} budget(s) missed.` : 'All budgets met.');
process.exitCode = failed.length ? 1 : 0;
