import { getSetting, setSetting } from './settings';

/**
 * What the browser says about this extension's storage:
 * - `persistent`: it will not be cleared under storage pressure (only by the user);
 * - `best-effort`: the browser may clear it when the disk runs low (and the request was refused);
 * - `unavailable`: this context has no StorageManager (a service worker in some browsers).
 */
export type PersistState = 'persistent' | 'best-effort' | 'unavailable';

type Storage = Pick<StorageManager, 'persist' | 'persisted'>;

/**
 * Ask once, from a page, for persistent storage, and report what holds. `navigator.storage.persist()`
 * exists only in windows (it is not exposed to service workers), so the dashboard calls this on
 * first use; later visits only read `persisted()` unless `askAgain` is set (a button).
 */
export async function ensurePersistence(
  opts: { askAgain?: boolean; storage?: Storage | undefined; now?: number } = {},
): Promise<PersistState> {
  const storage = 'storage' in opts ? opts.storage : globalThis.navigator?.storage;
  if (!storage?.persist || !storage.persisted) return 'unavailable';
  try {
    if (await storage.persisted()) return 'persistent';
    const asked = await getSetting('persist-asked-at');
    if (asked !== null && !opts.askAgain) return 'best-effort';
    await setSetting('persist-asked-at', opts.now ?? Date.now());
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unavailable';
  }
}
