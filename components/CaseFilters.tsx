import type { CSSProperties } from 'react';
import type { CaseStatus } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { StatusSelect } from './StatusSelect';

/** The search box and status filter above a list of complaints (popup history, dashboard sidebar). */
export function CaseFilters(props: {
  search: string;
  onSearch: (s: string) => void;
  status: CaseStatus | '';
  onStatus: (s: CaseStatus | '') => void;
  style?: CSSProperties;
}) {
  return (
    <div className="filters" style={props.style}>
      <input
        type="search"
        aria-label={t('historySearch')}
        placeholder={t('historySearch')}
        value={props.search}
        onChange={(e) => props.onSearch(e.target.value)}
      />
      <StatusSelect value={props.status} onChange={props.onStatus} allowAll label={t('historyFilterLabel')} />
    </div>
  );
}
