import { browser } from 'wxt/browser';
import { getSetting, setSetting } from '../db/settings';
import { registryMatchPatterns } from '../sites';

/** The guard script (entrypoints/guard.ts), registered at run time when the user opts in. */
const GUARD_SCRIPT_ID = 'protect-guard';
const GUARD_FILE = 'guard.js';
/** What the guard needs: every site, since a look-alike can be anywhere. Optional, asked at opt-in. */
const EVERY_SITE = ['*://*/*'];
const KEY = 'protect-guard';

export const guardWanted = (): Promise<boolean> => getSetting(KEY);

async function registered(): Promise<boolean> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [GUARD_SCRIPT_ID] }).catch(() => []);
  return scripts.length > 0;
}

async function register(): Promise<void> {
  if (await registered()) return;
  await browser.scripting.registerContentScripts([
    {
      id: GUARD_SCRIPT_ID,
      matches: EVERY_SITE,
      // Registry sites are the genuine ones: the wallet content script runs there instead.
      excludeMatches: registryMatchPatterns(),
      js: [GUARD_FILE],
      // Before the page's own scripts and before the user can type.
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
  ]);
}

/**
 * Turn the guard on: ask for access to every site now (this must be the first await of a click),
 * then register the guard script. No restart: it runs from the next page load on.
 */
export async function enableGuard(): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: EVERY_SITE }).catch(() => false);
  if (!granted) return false;
  await setSetting(KEY, true);
  await register();
  return true;
}

/** Turn the guard off and give the permission back (a build that requires it keeps it). */
export async function disableGuard(): Promise<void> {
  await setSetting(KEY, false);
  await browser.scripting.unregisterContentScripts({ ids: [GUARD_SCRIPT_ID] }).catch(() => undefined);
  await browser.permissions.remove({ origins: EVERY_SITE }).catch((err: unknown) => {
    if (!/required/i.test(String(err))) throw err;
  });
}

/**
 * Make the registration match the choice and the permission (the background runs this at start
 * and when permissions change: revoking the permission in the browser's settings stops the guard).
 */
export async function syncGuard(): Promise<void> {
  const want = (await guardWanted()) && (await browser.permissions.contains({ origins: EVERY_SITE }).catch(() => false));
  if (want) await register();
  else if (await registered()) await browser.scripting.unregisterContentScripts({ ids: [GUARD_SCRIPT_ID] });
}
