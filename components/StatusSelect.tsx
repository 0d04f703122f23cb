import { CASE_STATUSES, type CaseStatus } from '@/lib/db/types';
import { enumLabel, t } from '@/lib/i18n';

/** A case status as shown; "unknown (…)" for one this version does not know. */
export const statusLabel = (s: CaseStatus) => enumLabel('status', s);

export function StatusSelect(props: { value: CaseStatus | ''; onChange: (s: CaseStatus | '') => void; allowAll?: boolean; label: string }) {
  return (
    <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value as CaseStatus | '')}>
      {props.allowAll && <option value="">{t('historyFilterAll')}</option>}
      {/* A status from a newer version is shown as it is, not as the first option. */}
      {props.value && !CASE_STATUSES.includes(props.value) && (
        <option value={props.value} disabled>
          {statusLabel(props.value)}
        </option>
      )}
      {CASE_STATUSES.map((s) => (
        <option key={s} value={s}>
          {statusLabel(s)}
        </option>
      ))}
    </select>
  );
}
