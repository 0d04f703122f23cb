import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, CONTENT_SCRIPT_RUN_AT, listUserSites, patternsFor, scriptId } from '../user-sites';

const PREFIX = scriptId('');

async function registeredHosts(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Set(scripts.flatMap((s) => (s.id.startsWith(PREFIX) ? [s.id.slice(PREFIX.length)] : [])));
}

/**
 * After a restore: stop watching hosts the restored list no longer has, and say which restored
 * hosts still need this browser's permission (a backup carries the list, not the grant).
 */
export async function reconcileUserSites(): Promise<string[]> {
  const wanted = await listUserSites();
  const registered = await registeredHosts();
  const stale = [...registered].filter((h) => !wanted.includes(h));
  if (stale.length) {
    await browser.scripting.unregisterContentScripts({ ids: stale.map(scriptId) });
    await browser.permissions.remove({ origins: stale.flatMap(patternsFor) });
  }
  const missing: string[] = [];
  for (const host of wanted) {
    const allowed = await browser.permissions.contains({ origins: patternsFor(host) });
    if (!allowed || !registered.has(host)) missing.push(host);
  }
  return missing;
}

/** Ask once for every host (call it straight from a click: the request needs the gesture). */
export async function reconnectUserSites(hosts: string[]): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: hosts.flatMap(patternsFor) });
  if (!granted) return false;
  const registered = await registeredHosts();
  const todo = hosts.filter((h) => !registered.has(h));
  if (todo.length) {
    await browser.scripting.registerContentScripts(
      todo.map((h) => ({
        id: scriptId(h),
        matches: patternsFor(h),
        js: [CONTENT_SCRIPT_FILE],
        runAt: CONTENT_SCRIPT_RUN_AT,
        persistAcrossSessions: true,
      })),
    );
  }
  return true;
}
