import { browser } from 'wxt/browser';
import { getSetting, setSetting } from './db/settings';
import { siteForHost } from './sites';

/** The built content script; registered again for each host the user adds. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/wallet.js';
/** When the detector is injected, on registry and user-added sites alike (lib/content/watch.ts). */
export const CONTENT_SCRIPT_RUN_AT = 'document_start';

/** A bare host name from what the user typed ("https://pay.example.com/x" → "pay.example.com"). */
function hostFromInput(input: string): string | null {
  const raw = input.trim().toLowerCase();
  if (!raw) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `https://${raw}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^\*\./, '').replace(/\.$/, '');
  // A registrable-looking name: labels of letters, digits and hyphens, at least one dot.
  if (!/^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(host)) return null;
  return host;
}

export const patternsFor = (host: string) => [`*://*.${host}/*`];
export const scriptId = (host: string) => `user-site:${host}`;

export async function listUserSites(): Promise<string[]> {
  return getSetting('user-sites');
}

export type AddResult = { ok: true; host: string } | { ok: false; reason: 'invalid' | 'registry' | 'denied' | 'exists' };

/** Ask for the host permission now (a user gesture), then run the generic detector there. */
export async function addUserSite(input: string): Promise<AddResult> {
  const host = hostFromInput(input);
  if (!host) return { ok: false, reason: 'invalid' };
  if (siteForHost(host)) return { ok: false, reason: 'registry' };
  const sites = await listUserSites();
  if (sites.includes(host)) return { ok: false, reason: 'exists' };
  const granted = await browser.permissions.request({ origins: patternsFor(host) });
  if (!granted) return { ok: false, reason: 'denied' };
  await browser.scripting.registerContentScripts([
    {
      id: scriptId(host),
      matches: patternsFor(host),
      js: [CONTENT_SCRIPT_FILE],
      runAt: CONTENT_SCRIPT_RUN_AT,
      persistAcrossSessions: true,
    },
  ]);
  await setSetting('user-sites', [...sites, host]);
  return { ok: true, host };
}

/** Stop watching a host and give its permission back. */
export async function removeUserSite(host: string): Promise<void> {
  const sites = await listUserSites();
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] }).catch(() => undefined);
  await setSetting(
    'user-sites',
    sites.filter((h) => h !== host),
  );
  // A build whose required host permissions already cover the host (the test build's <all_urls>)
  // cannot give part of them back; Chrome says so with an error, and there is nothing to undo.
  await browser.permissions.remove({ origins: patternsFor(host) }).catch((err: unknown) => {
    if (!/required/i.test(String(err))) throw err;
  });
}
