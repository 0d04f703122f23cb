// The budgets (issue 7), checked against a run's results. The README lists the same numbers.
import type { BenchResults } from './results';

export interface BudgetCheck {
  budget: string;
  limit: string;
  value: string;
  pass: boolean;
}

const BUDGETS = {
  detection20kMs: 5,
  pageCostRatio: 1.03,
  captureRatio: 1.3,
  historyMs: 150,
  historyRatio: 1.5,
  storageRatio: 1.5,
  registryRatio: 1.2,
  contentScriptBytes: 25_000,
  guardScriptBytes: 25_000,
  lookalikeMs: 1,
} as const;

export function checkBudgets(r: BenchResults): BudgetCheck[] {
  const out: BudgetCheck[] = [];
  const add = (budget: string, value: number | undefined, limit: number, show: (x: number) => string) => {
    if (value === undefined) return;
    out.push({ budget, limit: `≤ ${show(limit)}`, value: show(value), pass: Number.isFinite(value) && value <= limit });
  };
  const x = (n: number) => `${n.toFixed(3)}×`;
  const msf = (n: number) => `${n.toFixed(2)} ms`;
  add('detection median, 20,000 elements', r.detection?.generated.find((g) => g.elements === 20_000)?.median, BUDGETS.detection20kMs, msf);
  add('page cost ratio (load-to-idle, 20,000 elements)', r.pageCost?.ratio, BUDGETS.pageCostRatio, x);
  add('capture ratio (one click / bare primitives)', r.capture?.ratio, BUDGETS.captureRatio, x);
  if (r.history) {
    add('history open-to-rendered, 1,000 cases', r.history.full.median, BUDGETS.historyMs, (n) => `${n.toFixed(1)} ms`);
    add('history ratio (1,000 cases / empty)', r.history.ratio, BUDGETS.historyRatio, x);
  }
  add('storage ratio (repositories / raw IndexedDB)', r.storage?.ratio, BUDGETS.storageRatio, x);
  if (r.registry?.length)
    add('registry-scale ratio (1,000 sites / real), worst page', Math.max(...r.registry.map((g) => g.ratio)), BUDGETS.registryRatio, x);
  add('look-alike check median, every navigation', r.lookalike?.median, BUDGETS.lookalikeMs, msf);
  add(
    'guard script (opt-in), minified',
    r.size?.find((s) => s.part === 'guard script (opt-in)')?.bytes,
    BUDGETS.guardScriptBytes,
    (n) => `${(n / 1000).toFixed(1)} kB`,
  );
  add(
    'content script, minified',
    r.size?.find((s) => s.part === 'content script')?.bytes,
    BUDGETS.contentScriptBytes,
    (n) => `${(n / 1000).toFixed(1)} kB`,
  );
  return out;
}
