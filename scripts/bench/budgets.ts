// The budgets (issue 18): every timing budget is a ratio to a floor measured in the same run,
// side by side, so a busy machine slows both and the ratio holds. The README lists the same.
import type { BenchRound } from './results';
import type { Spread } from './stats';

export interface BudgetCheck {
  budget: string;
  limit: string;
  value: string;
  /** The middle half of the samples behind the value (p25–p75), where there are samples. */
  spread: string;
  pass: boolean;
}

const BUDGETS = {
  detectionRatio: 8,
  registryRatio: 1.2,
  pageScriptRatio: 1.05,
  captureRatio: 1.3,
  historyRatio: 1.5,
  storageRatio: 1.5,
  snapshotRatio: 2.5,
  singleFileTimeRatio: 0.5,
  singleFileFidelity: 0,
  lookalikeRatio: 30,
  contentScriptBytes: 25_000,
  guardScriptBytes: 25_000,
} as const;

const x = (n: number) => `${n.toFixed(3)}×`;
const range = (s: Spread) => `${s.p25.toFixed(2)}–${s.p75.toFixed(2)}`;

export function checkBudgets(r: BenchRound): BudgetCheck[] {
  const out: BudgetCheck[] = [];
  const atMost = (budget: string, s: Spread | undefined, limit: number, note = '') => {
    if (s)
      out.push({
        budget,
        limit: `≤ ${x(limit)}`,
        value: `${x(s.median)}${note}`,
        spread: range(s),
        pass: Number.isFinite(s.median) && s.median <= limit,
      });
  };
  const d20k = r.detection?.floor.find((f) => f.page === 'generated 20000');
  atMost('detection ÷ bare text walk, 20,000-element page', d20k?.ratio, BUDGETS.detectionRatio);
  if (r.registry?.length) {
    const worst = r.registry.reduce((a, b) => (b.ratio.median > a.ratio.median ? b : a));
    atMost('registry 1,000 sites ÷ real, worst page', worst.ratio, BUDGETS.registryRatio, ` (${worst.page})`);
  }
  atMost('page script time with ÷ without the extension, 20,000-element app page', r.pageCost?.ratio, BUDGETS.pageScriptRatio);
  atMost('capture, one click ÷ bare primitives with commitments', r.capture?.ratio, BUDGETS.captureRatio);
  atMost('history, 10,000 items ÷ empty', r.history?.ratio, BUDGETS.historyRatio);
  atMost('storage, repositories ÷ raw IndexedDB', r.storage?.ratio, BUDGETS.storageRatio);
  const s20k = r.snapshot?.floor.find((f) => f.page === 'generated 20000');
  atMost(
    'snapshotPage ÷ XMLSerializer + DOMPurify, 20,000-element page',
    s20k?.ratio,
    BUDGETS.snapshotRatio,
    s20k ? ` (÷ XMLSerializer alone ${x(s20k.xmlRatio.median)})` : '',
  );
  const peer = r.snapshot?.peer;
  if (peer) {
    const ratios = peer.rows.map((p) => p.ratio.median);
    out.push({
      budget: `snapshot time ours ÷ SingleFile ${peer.version}, median page`,
      limit: `≤ ${x(BUDGETS.singleFileTimeRatio)}`,
      value: x(peer.timeRatio),
      spread: `pages ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}`,
      pass: peer.timeRatio <= BUDGETS.singleFileTimeRatio,
    });
    const diffs = peer.rows.map((p) => p.fidelity.ours - p.fidelity.singlefile);
    out.push({
      budget: 'snapshot fidelity ours − SingleFile, median page',
      limit: `≥ ${BUDGETS.singleFileFidelity}`,
      value: `${(peer.fidelity.difference * 100).toFixed(2)} pts (${(peer.fidelity.ours * 100).toFixed(2)} % vs ${(peer.fidelity.singlefile * 100).toFixed(2)} %)`,
      spread: `pages ${(Math.min(...diffs) * 100).toFixed(2)}–${(Math.max(...diffs) * 100).toFixed(2)} pts`,
      pass: peer.fidelity.difference >= BUDGETS.singleFileFidelity,
    });
  }
  atMost('look-alike check ÷ bare host-name parse, every navigation', r.lookalike?.ratio, BUDGETS.lookalikeRatio);
  const bytes = (budget: string, part: string, limit: number) => {
    const b = r.size?.find((s) => s.part === part)?.bytes;
    if (b !== undefined)
      out.push({ budget, limit: `≤ ${(limit / 1000).toFixed(1)} kB`, value: `${(b / 1000).toFixed(1)} kB`, spread: '', pass: b <= limit });
  };
  bytes('content script, minified (bytes: no load in it)', 'content script', BUDGETS.contentScriptBytes);
  bytes('guard script (opt-in), minified', 'guard script (opt-in)', BUDGETS.guardScriptBytes);
  return out;
}

/**
 * The verdict over the rounds run so far: a budget fails only when it is out in two consecutive
 * full rounds. `again` when the last round missed something not yet confirmed.
 */
export function settle(rounds: readonly BudgetCheck[][]): { again: boolean; confirmed: string[]; unconfirmed: string[] } {
  const failed = (k: number) => new Set((rounds[k] ?? []).filter((b) => !b.pass).map((b) => b.budget));
  const last = failed(rounds.length - 1);
  const prev = failed(rounds.length - 2);
  const confirmed = [...last].filter((b) => prev.has(b));
  const unconfirmed = [...last].filter((b) => !prev.has(b));
  return { again: confirmed.length === 0 && unconfirmed.length > 0, confirmed, unconfirmed };
}
