// Small statistics and formatting helpers shared by the bench measurements.

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

export function p95(xs: readonly number[]): number {
  return quantile(xs, 0.95);
}

/** Linear-interpolated quantile (the "R-7" rule spreadsheets use). NaN for no samples. */
function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

/** A median with its spread: the middle half of the samples lies in p25–p75. */
export interface Spread {
  median: number;
  p25: number;
  p75: number;
  n: number;
}

export function spread(xs: readonly number[], digits = 3): Spread {
  return {
    median: round(quantile(xs, 0.5), digits),
    p25: round(quantile(xs, 0.25), digits),
    p75: round(quantile(xs, 0.75), digits),
    n: xs.length,
  };
}

/**
 * The ratio of two measures taken side by side: sample i of `a` over sample i of `b` (taken next
 * to each other, so load that comes and goes hits both), summarised as median and p25–p75.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): Spread {
  if (a.length !== b.length) throw new Error(`pairedRatio: ${a.length} samples against ${b.length}`);
  return spread(a.map((x, i) => x / b[i]!));
}

/** Rounded for JSON: 3 significant decimals are plenty for milliseconds. */
export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function ms(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return x < 10 ? `${x.toFixed(2)} ms` : x < 100 ? `${x.toFixed(1)} ms` : `${x.toFixed(0)} ms`;
}

function ratio(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(3)}×` : '—';
}

/** "1.234× (1.10–1.31)": a ratio with the middle half of its samples. */
export function ratioSpread(s: Spread | undefined): string {
  if (!s) return '—';
  return `${ratio(s.median)} (${s.p25.toFixed(2)}–${s.p75.toFixed(2)})`;
}

/** "12.3 ms (11.9–13.0)": a time with the middle half of its samples. */
export function msSpread(s: Spread | undefined): string {
  if (!s) return '—';
  return `${ms(s.median)} (${s.p25.toFixed(1)}–${s.p75.toFixed(1)})`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

export const sleep = (n: number) => new Promise<void>((r) => setTimeout(r, n));

/** Log a progress line to stderr (the table goes to stdout). */
export function progress(msg: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}

/** `p`, or a clear error after `ms` (a selector the UI no longer renders must not hang the bench). */
export function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
