import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { t, uiLang } from '@/lib/i18n';
import { DashboardApp } from './DashboardApp';
import { inPrivateWindowWithoutDb, PrivateWindowNotice } from '../PrivateWindowNotice';
import '../styles.css';

export function mountDashboard(root: HTMLElement): void {
  document.documentElement.lang = uiLang() === 'zh' ? 'zh-CN' : 'en';
  document.title = t('dashTitle');
  createRoot(root).render(
    <StrictMode>{inPrivateWindowWithoutDb() ? <PrivateWindowNotice page="dashboard.html" /> : <DashboardApp />}</StrictMode>,
  );
}
