import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { countCases, listCases } from '@/lib/db/cases';
import type { CaseStatus } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { CaseRow } from '../CaseRow';
import { StatusSelect } from '../StatusSelect';
import { openDashboard, openInDashboard } from './ActionPanel';
import { unfiledItems } from '@/lib/db/filing';

const PAGE = 20;

/** The complaint history: latest activity first, filtered and searched in the database. */
export function HistoryPanel() {
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const cases = useLiveQuery(() => listCases({ status: status || undefined, search, limit: limit + 1 }), [status, search, limit]);
  const total = useLiveQuery(() => countCases(), []);
  const unfiled = useLiveQuery(() => unfiledItems().then((l) => l.length), []);
  const shown = cases?.slice(0, limit) ?? [];
  return (
    <section className="card history" aria-labelledby="history-heading">
      <h2 id="history-heading">
        {t('historyTitle')}
        {total ? ` (${total})` : ''}
      </h2>
      {Boolean(unfiled) && (
        <button type="button" className="link-button unfiled-count" onClick={() => openDashboard('unfiled')}>
          {t('unfiledCount', String(unfiled))}
        </button>
      )}
      {Boolean(total) && (
        <div className="filters">
          <input
            type="search"
            aria-label={t('historySearch')}
            placeholder={t('historySearch')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <StatusSelect value={status} onChange={setStatus} allowAll label={t('historyFilterLabel')} />
        </div>
      )}
      {cases && shown.length === 0 && <p className="muted">{t('historyEmpty')}</p>}
      <ul className="case-list">
        {shown.map((c) => (
          <li key={c.id}>
            <CaseRow c={c} onOpen={() => openInDashboard(c.id)} />
          </li>
        ))}
      </ul>
      {cases && cases.length > limit && (
        <button type="button" className="link-button" onClick={() => setLimit(limit + PAGE)}>
          {t('historyMore')}
        </button>
      )}
    </section>
  );
}
