// The shape of bench/results.json: the machine, every round's budgets, and the last round whole.
import type { BudgetCheck } from './budgets';
import type { CaptureResultRow } from './capture-click';
import type { ColdRow, DetectionResult, RegistryRow } from './detection';
import type { HistoryRow } from './history';
import type { LookalikeResult } from './lookalike';
import type { Machine } from './machine';
import type { PageCostResult } from './page-cost';
import type { SizeRow } from './size';
import type { SnapshotResult } from './snapshot-bench';
import type { Spread } from './stats';
import type { StorageResult } from './storage';

/** os.loadavg() (1, 5, 15 min) before and after: what else the machine was doing. */
interface Load {
  before: number[];
  after: number[];
}

/** One full round of measurements (every selected part) and its budget checks. */
export interface BenchRound {
  round: number;
  loadAverage: Load;
  seconds: number;
  detection?: Omit<DetectionResult, 'registry'> & { cold?: ColdRow };
  registry?: RegistryRow[];
  pageCost?: PageCostResult;
  capture?: CaptureResultRow;
  history?: { empty: HistoryRow; full: HistoryRow; ratio: Spread; seeding: { cases: number; evidence: number; ms: number; how: string } };
  storage?: StorageResult;
  snapshot?: SnapshotResult;
  lookalike?: LookalikeResult;
  size?: SizeRow[];
  budgets: BudgetCheck[];
}

export interface BenchResults {
  machine: Machine;
  /** The code measured: this checkout's commit, and main's when it has been merged in. */
  commit: { head: string; main: string | null; dirty: boolean };
  build: string;
  methods: Record<string, string>;
  /** Each round's budget checks, in order (a failure counts only when two rounds in a row agree). */
  rounds: { round: number; loadAverage: Load; seconds: number; budgets: BudgetCheck[] }[];
  /** The last round, all its figures. */
  latest: BenchRound;
  verdict: { pass: boolean; confirmed: string[]; unconfirmed: string[] };
  durationSeconds: number;
}
