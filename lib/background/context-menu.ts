import { browser } from 'wxt/browser';
import { openCaseFor } from '../db/cases';
import { wantsMhtml } from '../capture/mhtml';
import { EvidenceStoreError } from '../evidence/errors';
import { t, uiLang } from '../i18n';
import { siteForUrl } from '../sites';
import { captureTab } from './capture';

const MENU_ID = 'capture-evidence';

/** Capture without the popup: file under the provider's open case, else keep it unfiled. */
async function quickCapture(tabId: number, url: string): Promise<void> {
  const site = siteForUrl(url);
  const open = site ? await openCaseFor(site.id) : undefined;
  try {
    const result = await captureTab({
      tabId,
      caseId: open?.id ?? null,
      newCase: false,
      fullPage: false,
      mhtml: await wantsMhtml(),
      note: '',
    });
    // Say where it went: a capture kept unfiled is listed in the dashboard's Unfiled section.
    const where = open ? t('captureWentTo', open.title) : t('captureKeptUnfiled');
    await notify(t('captureDone', new Date(result.capturedAt).toLocaleTimeString()), `${where}\nSHA-256 ${result.digest.slice(0, 16)}…`);
  } catch (err) {
    const why = err instanceof EvidenceStoreError ? err.text(uiLang()) : err instanceof Error ? err.message : String(err);
    await notify(t('captureFailed', why), url);
  }
}

async function notify(title: string, message: string): Promise<void> {
  await browser.notifications.create(`capture:${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}

/** The context-menu item and the keyboard shortcut (commands API) both capture the tab. */
export function setupContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('menuCapture'), contexts: ['page', 'selection', 'image', 'link'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void quickCapture(tab.id, tab.url ?? '');
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'capture-evidence' && tab?.id !== undefined) void quickCapture(tab.id, tab.url ?? '');
  });
}
