import { describe, expect, it } from 'vitest';
import { createCaptureThrottle, MIN_CAPTURE_INTERVAL_MS } from '../../../lib/capture/capture-throttle';
import { planFullPage } from '../../../lib/capture/stitch';

describe('planFullPage', () => {
  it('takes one screen for a short page', () => {
    expect(planFullPage({ scrollHeight: 600, viewportHeight: 800, maxScreens: 10 })).toEqual({
      positions: [0],
      truncated: false,
      height: 800,
    });
  });

  it('steps by the viewport and clamps the last screen to the bottom', () => {
    expect(planFullPage({ scrollHeight: 2000, viewportHeight: 800, maxScreens: 10 })).toEqual({
      positions: [0, 800, 1200],
      truncated: false,
      height: 2000,
    });
    expect(planFullPage({ scrollHeight: 1600, viewportHeight: 800, maxScreens: 10 }).positions).toEqual([0, 800]);
  });

  it('stops at maxScreens and says so', () => {
    expect(planFullPage({ scrollHeight: 100_000, viewportHeight: 1000, maxScreens: 3 })).toEqual({
      positions: [0, 1000, 2000],
      truncated: true,
      height: 3000,
    });
  });

  it('keeps the stitched image within the canvas limit', () => {
    const plan = planFullPage({ scrollHeight: 1e6, viewportHeight: 1000, maxScreens: 100, devicePixelRatio: 2 });
    expect(plan.positions).toHaveLength(16);
    expect(plan.height * 2).toBeLessThanOrEqual(32_767);
  });

  it('survives nonsense sizes', () => {
    for (const [sh, vh] of [
      [NaN, 800],
      [1000, 0],
      [1000, -5],
      [Infinity, 800],
    ]) {
      expect(planFullPage({ scrollHeight: sh!, viewportHeight: vh!, maxScreens: 5 }).positions).toEqual([0]);
    }
  });
});

describe('createCaptureThrottle', () => {
  it('spaces captures at least MIN_CAPTURE_INTERVAL_MS apart, one at a time', async () => {
    let now = 1000;
    const clock = {
      now: () => now,
      sleep: async (ms: number) => {
        now += ms;
      },
    };
    const throttle = createCaptureThrottle(clock);
    const starts: number[] = [];
    const shot = async () => {
      starts.push(now);
      now += 30;
      return starts.length;
    };
    const fail = async () => {
      starts.push(now);
      throw new Error('quota');
    };
    const results = await Promise.all([throttle(shot), throttle(shot), throttle(fail).catch(() => 0), throttle(shot)]);
    expect(results).toEqual([1, 2, 0, 4]);
    expect(MIN_CAPTURE_INTERVAL_MS).toBe(510);
    expect(starts.map((t, i) => t - (starts[i - 1] ?? t))).toEqual([0, 510, 510, 510]);
  });
});
