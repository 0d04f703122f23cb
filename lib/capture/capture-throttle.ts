/** Chrome allows 2 captureVisibleTab calls a second (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND);
 * a little margin keeps us clear of "exceeds quota" errors. */
export const MIN_CAPTURE_INTERVAL_MS = 510;

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}
const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

/**
 * Wrap captureVisibleTab calls so they run one at a time, each starting at least
 * MIN_CAPTURE_INTERVAL_MS after the previous one started.
 */
export function createCaptureThrottle(clock: Clock = realClock): <T>(capture: () => Promise<T>) => Promise<T> {
  let nextAt = -Infinity;
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(capture: () => Promise<T>) => {
    const run = queue.then(async () => {
      const wait = nextAt - clock.now();
      if (wait > 0) await clock.sleep(wait);
      nextAt = clock.now() + MIN_CAPTURE_INTERVAL_MS;
      return capture();
    });
    queue = run.catch(() => undefined);
    return run;
  };
}
