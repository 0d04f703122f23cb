import { CASE_STATUSES, type CaseStatus } from '@/lib/db/types';
import { t, type MessageKey } from '@/lib/i18n';

export const statusKey = (s: CaseStatus) => `status_${s.replace('-', '_')}` as MessageKey;

export function StatusSelect(props: { value: CaseStatus | ''; onChange: (s: CaseStatus | '') => void; allowAll?: boolean; label: string }) {
  return (
    <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value as CaseStatus | '')}>
      {props.allowAll && <option value="">{t('historyFilterAll')}</option>}
      {CASE_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(statusKey(s))}
        </option>
      ))}
    </select>
  );
}
