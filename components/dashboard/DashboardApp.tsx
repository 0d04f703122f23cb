import { useLiveQuery } from 'dexie-react-hooks';
import { listCases } from '@/lib/db/cases';
import { t } from '@/lib/i18n';

export function DashboardApp() {
  const cases = useLiveQuery(() => listCases({ limit: 100 }), []);
  return (
    <main className="dashboard">
      <h1>{t('dashTitle')}</h1>
      <section aria-labelledby="cases-heading">
        <h2 id="cases-heading">{t('dashCases')}</h2>
        {cases?.length === 0 && <p>{t('historyEmpty')}</p>}
        <ul className="case-list">
          {cases?.map((c) => <li key={c.id}>{c.title}</li>)}
        </ul>
      </section>
    </main>
  );
}
