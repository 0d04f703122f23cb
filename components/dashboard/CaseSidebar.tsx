import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listCases } from '@/lib/db/cases';
import type { CaseStatus } from '@/lib/db/types';
import { createCase } from '@/lib/cases/new-case';
import { getRegion } from '@/lib/db/settings';
import { t } from '@/lib/i18n';
import { CaseRow } from '../CaseRow';
import { CaseFilters } from '../CaseFilters';

export function CaseSidebar({ selectedId, onOpen }: { selectedId: string | null; onOpen: (id: string) => void }) {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [limit, setLimit] = useState(50);
  const cases = useLiveQuery(() => listCases({ search, status: status || undefined, limit: limit + 1 }), [search, status, limit]);
  const create = async () => {
    const c = await createCase({
      siteId: null,
      provider: '',
      title: t('dashNewCase'),
      situation: 'other',
      transactions: [],
      remedy: 'explanation',
      region: await getRegion(),
      status: 'draft',
    });
    onOpen(c.id);
  };
  return (
    <section aria-labelledby="side-cases">
      <h2 id="side-cases" className="visually-hidden">
        {t('dashCases')}
      </h2>
      <button type="button" className="primary" onClick={() => void create()}>
        {t('dashNewCase')}
      </button>
      <CaseFilters search={search} onSearch={setSearch} status={status} onStatus={setStatus} style={{ marginTop: 8 }} />
      {cases?.length === 0 && <p className="muted">{t('historyEmpty')}</p>}
      <ul className="case-list">
        {cases?.slice(0, limit).map((c) => (
          <li key={c.id}>
            <CaseRow c={c} selected={c.id === selectedId} onOpen={() => onOpen(c.id)} />
          </li>
        ))}
      </ul>
      {cases && cases.length > limit && (
        <button type="button" className="link-button" onClick={() => setLimit(limit + 50)}>
          {t('historyMore')}
        </button>
      )}
    </section>
  );
}
