import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { countOverdue } from '@/lib/cases/lifecycle';
import { countCases, listCases } from '@/lib/db/cases';
import type { CaseStatus } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { CaseRow } from '../CaseRow';
import { CaseFilters } from '../CaseFilters';
import { openDashboard, openInDashboard } from './ActionPanel';
import { unfiledItems } from '@/lib/db/filing';
import { Fold } from './Fold';

const PAGE = 20;

/**
 * The complaint history: latest activity first, filtered and searched in the database. Folded
 * under its heading (which gives the count and how many are overdue) unless `open` or a
 * complaint is overdue: on a wallet page what happened there comes first, but a missed deadline
 * is never out of sight.
 */
export function HistoryPanel({ open }: { open: boolean }) {
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const cases = useLiveQuery(() => listCases({ status: status || undefined, search, limit: limit + 1 }), [status, search, limit]);
  const total = useLiveQuery(() => countCases(), []);
  const overdue = useLiveQuery(() => countOverdue(), []);
  const unfiled = useLiveQuery(() => unfiledItems().then((l) => l.length), []);
  const shown = cases?.slice(0, limit) ?? [];
  // Rendered once both counts are known, so the fold opens for an overdue complaint from the start.
  if (total === undefined || overdue === undefined) return null;
  const title = `${t('historyTitle')}${total ? ` (${total})` : ''}${overdue ? ` · ${t('historyOverdueCount', String(overdue))}` : ''}`;
  return (
    <>
      {/* Outside the fold: what is unfiled is never out of sight. */}
      {Boolean(unfiled) && (
        <button type="button" className="link-button unfiled-count" onClick={() => openDashboard('unfiled')}>
          {t('unfiledCount', String(unfiled))}
        </button>
      )}
      <Fold title={title} className="history" initiallyOpen={open || overdue > 0}>
        {Boolean(total) && <CaseFilters search={search} onSearch={setSearch} status={status} onStatus={setStatus} />}
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
      </Fold>
    </>
  );
}
