// Issue 17: storage in Firefox. The background page asks for persistent storage at start-up
// (entrypoints/background.ts); with unlimitedStorage Firefox grants it, the disk as its quota. (The storage-full path is tested in Chromium, whose
// DevTools shrink a quota; Firefox's temporary-storage limit pref instead makes IndexedDB refuse
// the origin outright, InvalidStateError, which is no test of a full disk.)
import { describe, expect, it } from 'vitest';
import { launch } from './harness';

describe('Firefox: storage', () => {
  it('unlimitedStorage makes the database persistent, its quota the disk', async () => {
    const h = await launch();
    try {
      const storage = await h.api(async () => ({
        persisted: await navigator.storage.persisted(),
        quota: (await navigator.storage.estimate()).quota ?? 0,
      }));
      expect(storage.persisted).toBe(true);
      expect(storage.quota).toBeGreaterThan(1e9);
    } finally {
      await h.close();
    }
  });
});
