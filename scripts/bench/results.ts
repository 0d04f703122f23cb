// The shape of bench/results.json.
import type { Machine } from './machine';
import type { ColdRow, DetectionResult, RegistryRow } from './detection';
import type { PageCostResult } from './page-cost';
import type { CaptureResultRow } from './capture-click';
import type { HistoryRow } from './history';
import type { StorageResult } from './storage';
import type { SizeRow } from './size';
import type { BudgetCheck } from './budgets';

export interface BenchResults {
  machine: Machine;
  /** os.loadavg() (1, 5, 15 min) before and after: other work on the machine skews timings. */
  loadAverage: { before: number[]; after: number[] };
  build: string;
  methods: Record<string, string>;
  detection?: Omit<DetectionResult, 'registry'> & { cold?: ColdRow };
  registry?: RegistryRow[];
  pageCost?: PageCostResult;
  capture?: CaptureResultRow;
  history?: { empty: HistoryRow; full: HistoryRow; ratio: number; seeding: { cases: number; evidence: number; ms: number; how: string } };
  storage?: StorageResult;
  size?: SizeRow[];
  budgets?: BudgetCheck[];
  durationSeconds?: number;
}
