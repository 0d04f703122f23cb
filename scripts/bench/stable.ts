// When to stop repeating a measure: once the 95 % confidence interval of its median (order
// statistics: no assumption about the distribution, which a busy machine skews) is narrower than
// `tolerance` × the median. Shared by the node side and the bundles evaluated in pages.

/** The 95 % confidence interval of the median of `xs`, as [low, high]. */
function medianInterval(xs: readonly number[]): [number, number] {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (!n) return [NaN, NaN];
  const half = 0.98 * Math.sqrt(n);
  const lo = Math.max(0, Math.floor(n / 2 - half) - 1);
  const hi = Math.min(n - 1, Math.ceil(n / 2 + half) - 1);
  return [s[lo]!, s[hi]!];
}

export interface Enough {
  /** Samples always taken. */
  min: number;
  /** Never more than this many samples. */
  max: number;
  /** Stop once the median's interval is this narrow, relative to the median. */
  tolerance: number;
}

/** True when `xs` holds enough samples for a median to be quoted (see `Enough`). */
export function enough(xs: readonly number[], e: Enough): boolean {
  if (xs.length < e.min) return false;
  if (xs.length >= e.max) return true;
  const [lo, hi] = medianInterval(xs);
  const s = [...xs].sort((a, b) => a - b);
  const mid = s[Math.floor(s.length / 2)]!;
  return (hi - lo) / Math.abs(mid) <= e.tolerance;
}
