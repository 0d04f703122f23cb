import { browser } from 'wxt/browser';
import { getSetting, setSetting } from '../db/settings';

/** The optional permission behind the MHTML archive (Chrome and Edge only; asked at first use). */
const MHTML_PERMISSION = { permissions: ['pageCapture'] } as const;

/** What became of the MHTML archive of a capture. */
export type MhtmlOutcome = 'off' | 'saved' | 'no-permission' | 'failed';

/** The user's opt-in ("Also save an MHTML archive"), remembered for the popup and the shortcut. */
export const wantsMhtml = (): Promise<boolean> => getSetting('captureMhtml');
export const setWantsMhtml = (on: boolean): Promise<void> => setSetting('captureMhtml', on);

/** Whether this browser can save MHTML at all: pageCapture is declared (not on Firefox). */
export function mhtmlSupported(): boolean {
  const m = browser.runtime.getManifest();
  return [...(m.optional_permissions ?? []), ...(m.permissions ?? [])].includes('pageCapture');
}

/**
 * Ask for pageCapture. Must be the first thing a click handler awaits: Chrome only shows the
 * prompt during a user gesture. Already granted: resolves true without a prompt.
 */
export async function requestMhtmlPermission(): Promise<boolean> {
  try {
    return await browser.permissions.request({ permissions: [...MHTML_PERMISSION.permissions] });
  } catch {
    return false;
  }
}

/** The tab as an MHTML archive, or why not. Never throws: the archive is an extra. */
export async function saveMhtml(tabId: number): Promise<{ outcome: MhtmlOutcome; blob?: Blob }> {
  const granted = await browser.permissions.contains({ permissions: [...MHTML_PERMISSION.permissions] }).catch(() => false);
  // pageCapture is Chrome-only, typed by @types/chrome rather than the polyfill.
  const api = (globalThis as { chrome?: typeof chrome }).chrome?.pageCapture;
  if (!granted || !api) return { outcome: 'no-permission' };
  // The blob pageCapture hands out is backed by a temporary file that Chrome may delete at any
  // time: copy the bytes at once. Even so, reading it sometimes fails with NotFoundError (seen in
  // Chromium 156, mostly on a profile's first archive); a fresh archive then reads fine.
  for (let attempt = 1; attempt <= MHTML_ATTEMPTS; attempt++) {
    try {
      const blob = await api.saveAsMHTML({ tabId });
      if (blob) return { outcome: 'saved', blob: new Blob([await blob.arrayBuffer()], { type: 'multipart/related' }) };
    } catch {
      // try again below
    }
    await new Promise((r) => setTimeout(r, 100 * attempt));
  }
  return { outcome: 'failed' };
}

const MHTML_ATTEMPTS = 3;
