// @vitest-environment node
// The bench's rules that decide a verdict: pairs' ratios, when to stop repeating, and a budget
// failing only when two consecutive rounds miss it.
import { describe, expect, it } from 'vitest';
import { type BudgetCheck, checkBudgets, settle } from '../../../scripts/bench/budgets';
import type { BenchRound } from '../../../scripts/bench/results';
import { enough } from '../../../scripts/bench/stable';
import { pairedRatio, spread } from '../../../scripts/bench/stats';

const check = (budget: string, pass: boolean): BudgetCheck => ({ budget, limit: '≤ 1×', value: '', spread: '', pass });

describe('settle', () => {
  it('passes a round with no miss, without another round', () => {
    expect(settle([[check('a', true), check('b', true)]])).toEqual({ again: false, confirmed: [], unconfirmed: [] });
  });

  it('asks for another round after a first miss', () => {
    expect(settle([[check('a', false), check('b', true)]])).toEqual({ again: true, confirmed: [], unconfirmed: ['a'] });
  });

  it('fails a budget missed in two consecutive rounds', () => {
    const r = settle([
      [check('a', false), check('b', true)],
      [check('a', false), check('b', true)],
    ]);
    expect(r).toEqual({ again: false, confirmed: ['a'], unconfirmed: [] });
  });

  it('does not fail budgets missed in rounds that are not consecutive for them', () => {
    const r = settle([
      [check('a', false), check('b', true)],
      [check('a', true), check('b', false)],
    ]);
    expect(r).toEqual({ again: true, confirmed: [], unconfirmed: ['b'] });
    expect(
      settle([
        [check('a', false), check('b', true)],
        [check('a', true), check('b', false)],
        [check('a', false), check('b', true)],
      ]).confirmed,
    ).toEqual([]);
  });

  it('fails a budget first missed in the second round and again in the third', () => {
    const r = settle([[check('a', false)], [check('a', true), check('b', false)], [check('b', false)]]);
    expect(r).toEqual({ again: false, confirmed: ['b'], unconfirmed: [] });
  });
});

describe('checkBudgets', () => {
  const round = (parts: Partial<BenchRound>): BenchRound => ({
    round: 1,
    loadAverage: { before: [], after: [] },
    seconds: 0,
    budgets: [],
    ...parts,
  });
  const ratio = (median: number) => ({ median, p25: median * 0.9, p75: median * 1.1, n: 20 });
  const lookalike = (median: number) => ({ ratio: ratio(median) }) as BenchRound['lookalike'];

  it('judges a part by the median of its ratio, with its spread beside it', () => {
    const [ok] = checkBudgets(round({ lookalike: lookalike(14) }));
    expect(ok).toMatchObject({ pass: true, value: '14.000×', spread: '12.60–15.40' });
    const [over] = checkBudgets(round({ lookalike: lookalike(31) }));
    expect(over).toMatchObject({ pass: false, limit: '≤ 30.000×' });
  });

  it('checks only the parts that ran, and a ratio that is not a number fails', () => {
    expect(checkBudgets(round({}))).toEqual([]);
    expect(checkBudgets(round({ lookalike: lookalike(NaN) }))[0]?.pass).toBe(false);
  });
});

describe('pairedRatio', () => {
  it('takes the median of the pair ratios, not the ratio of the medians', () => {
    // Load hits both sides of a pair: each pair's ratio is 2 however slow the pair was.
    const floor = [1, 10, 3, 7, 2];
    const r = pairedRatio(
      floor.map((x) => 2 * x),
      floor,
    );
    expect(r).toMatchObject({ median: 2, p25: 2, p75: 2, n: 5 });
  });

  it('refuses samples that do not pair up', () => {
    expect(() => pairedRatio([1, 2], [1])).toThrow(/2 samples against 1/);
  });
});

describe('spread', () => {
  it('gives the median and the quartiles', () => {
    expect(spread([4, 1, 3, 2, 5])).toEqual({ median: 3, p25: 2, p75: 4, n: 5 });
  });
});

describe('enough', () => {
  const want = { min: 10, max: 100, tolerance: 0.1 };

  it('wants the minimum first, even of identical samples', () => {
    expect(enough(Array(9).fill(1), want)).toBe(false);
    expect(enough(Array(10).fill(1), want)).toBe(true);
  });

  it('wants more of scattered samples, and stops at the maximum', () => {
    const scattered = Array.from({ length: 40 }, (_, i) => 1 + (i % 4));
    expect(enough(scattered, want)).toBe(false);
    expect(
      enough(
        Array.from({ length: 100 }, (_, i) => 1 + (i % 4)),
        want,
      ),
    ).toBe(true);
  });

  it('stops once the median is known closely enough', () => {
    const tight = Array.from({ length: 30 }, (_, i) => 1 + (i % 5) * 0.01);
    expect(enough(tight, want)).toBe(true);
  });
});
