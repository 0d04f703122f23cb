import { t } from '@/lib/i18n';
import { siteForUrl } from '@/lib/sites';
import { DetectionCard } from './DetectionCard';
import { useTargetTab } from './use-target-tab';

export function PopupApp() {
  const { tab, loading } = useTargetTab();
  if (loading) return <main className="popup" aria-busy="true" />;
  const site = tab ? siteForUrl(tab.url) : null;
  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{t('extName')}</h1>
      </header>
      <DetectionCard detection={tab?.state?.detection ?? null} site={site} />
    </main>
  );
}
