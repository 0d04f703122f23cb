import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

/**
 * Firefox refuses IndexedDB to extension pages in private windows (InvalidStateError), so the
 * popup and dashboard cannot show the evidence database there. Chrome has no such limit.
 */
export function inPrivateWindowWithoutDb(): boolean {
  return import.meta.env.FIREFOX && browser.extension.inIncognitoContext === true;
}

/**
 * Shown instead of the popup or dashboard in a Firefox private window: the same page in a normal
 * window, still acting on this tab (capture and prefill reach private tabs from there).
 */
export function PrivateWindowNotice({ page }: { page: 'popup.html' | 'dashboard.html' }) {
  const open = async () => {
    const params = new URLSearchParams(location.search);
    if (page === 'popup.html' && !params.has('tabId')) {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id !== undefined) params.set('tabId', String(tab.id));
    }
    const query = params.toString();
    const url = browser.runtime.getURL(`/${page}${query ? `?${query}` : ''}${location.hash}`);
    await browser.windows.create(page === 'popup.html' ? { url, type: 'popup', width: 420, height: 640 } : { url });
    window.close();
  };
  return (
    <main className="private-window">
      <h1>{t('extName')}</h1>
      <p>{t('privateWindowText')}</p>
      <button type="button" className="primary" onClick={() => void open()}>
        {t('privateWindowOpen')}
      </button>
    </main>
  );
}
