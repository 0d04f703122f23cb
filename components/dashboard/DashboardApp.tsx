import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { CaseSidebar } from './CaseSidebar';
import { CaseView } from './CaseView';
import { ProfileView } from './ProfileView';
import { SitesView } from './SitesView';
import { BackupView } from './BackupView';
import { ProtectionView } from './ProtectionView';
import { SectionBoundary } from './SectionBoundary';
import { UnfiledView } from './UnfiledView';
import { useLiveQuery } from 'dexie-react-hooks';
import { unfiledItems } from '@/lib/db/filing';
import { BackupNudge } from './BackupNudge';
import { usePersistence } from './use-persistence';

const VIEW_NAMES = {
  case: 'dashCases',
  unfiled: 'unfiledTitle',
  profile: 'dashProfile',
  sites: 'dashSites',
  protection: 'dashProtection',
  backup: 'dashBackup',
} as const;

type View =
  | { kind: 'case'; id: string | null }
  | { kind: 'unfiled' }
  | { kind: 'profile' }
  | { kind: 'sites' }
  | { kind: 'protection' }
  | { kind: 'backup' };

/** `#case=<id>`, `#unfiled`, `#profile`, `#sites`, `#protection`, `#backup`: the dashboard's address, so links can open a case. */
function parseHash(hash: string): View {
  const h = hash.replace(/^#/, '');
  if (h.startsWith('case=')) return { kind: 'case', id: decodeURIComponent(h.slice(5)) || null };
  if (h === 'unfiled' || h === 'profile' || h === 'sites' || h === 'protection' || h === 'backup') return { kind: h };
  return { kind: 'case', id: null };
}

export function DashboardApp() {
  const [view, setView] = useState<View>(() => parseHash(location.hash));
  // The first use of the dashboard asks for persistent storage (a page can; the worker cannot).
  usePersistence();
  useEffect(() => {
    const onHash = () => setView(parseHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const unfiled = useLiveQuery(() => unfiledItems().then((l) => l.length), []);
  const go = (hash: string) => {
    location.hash = hash;
  };
  const nav = (hash: string, label: string, current: boolean) => (
    <button type="button" aria-current={current ? 'page' : undefined} onClick={() => go(hash)}>
      {label}
    </button>
  );
  return (
    <div className="dashboard">
      <aside className="dash-side">
        <h1>
          <img src="/icon/32.png" alt="" width="24" height="24" /> {t('extName')}
        </h1>
        <nav className="dash-nav" aria-label={t('dashNavLabel')}>
          {nav('', t('dashCases'), view.kind === 'case')}
          {nav('unfiled', t('dashUnfiled', String(unfiled ?? 0)), view.kind === 'unfiled')}
          {nav('profile', t('dashProfile'), view.kind === 'profile')}
          {nav('sites', t('dashSites'), view.kind === 'sites')}
          {nav('protection', t('dashProtection'), view.kind === 'protection')}
          {nav('backup', t('dashBackup'), view.kind === 'backup')}
        </nav>
        <SectionBoundary name={t('dashCases')}>
          <CaseSidebar selectedId={view.kind === 'case' ? view.id : null} onOpen={(id) => go(`case=${encodeURIComponent(id)}`)} />
        </SectionBoundary>
      </aside>
      <main className="dash-main">
        {view.kind !== 'backup' && <BackupNudge onBackUp={() => go('backup')} />}
        {/* Keyed by the view: moving elsewhere leaves a failed section behind. */}
        <SectionBoundary key={location.hash} name={t(VIEW_NAMES[view.kind])}>
          {view.kind === 'case' &&
            (view.id ? (
              <CaseView key={view.id} caseId={view.id} />
            ) : (
              <>
                <p className="muted">{t('dashNoCaseSelected')}</p>
                {/* Nothing captured is out of sight: the landing page lists what is unfiled. */}
                {(unfiled ?? 0) > 0 && <UnfiledView onOpenCase={(id) => go(`case=${encodeURIComponent(id)}`)} />}
              </>
            ))}
          {view.kind === 'unfiled' && <UnfiledView onOpenCase={(id) => go(`case=${encodeURIComponent(id)}`)} />}
          {view.kind === 'profile' && <ProfileView />}
          {view.kind === 'sites' && <SitesView />}
          {view.kind === 'protection' && <ProtectionView />}
          {view.kind === 'backup' && <BackupView />}
        </SectionBoundary>
      </main>
    </div>
  );
}
