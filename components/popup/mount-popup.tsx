import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { t, uiLang } from '@/lib/i18n';
import { PopupApp } from './PopupApp';
import { inPrivateWindowWithoutDb, PrivateWindowNotice } from '../PrivateWindowNotice';
import '../styles.css';

export function mountPopup(root: HTMLElement): void {
  document.documentElement.lang = uiLang() === 'zh' ? 'zh-CN' : 'en';
  document.title = t('extName');
  createRoot(root).render(<StrictMode>{inPrivateWindowWithoutDb() ? <PrivateWindowNotice page="popup.html" /> : <PopupApp />}</StrictMode>);
}
