import type { CaseRecord } from '@/lib/db/types';
import { isOverdue } from '@/lib/cases/lifecycle';
import { formatDate, t } from '@/lib/i18n';
import { statusLabel } from './StatusSelect';

/** One complaint in a list: provider, amount, status, last contact, next follow-up, overdue. */
export function CaseRow({ c, onOpen, selected }: { c: CaseRecord; onOpen: () => void; selected?: boolean }) {
  const tx = c.transactions[0];
  const amount = tx?.amount ? `${tx.amount} ${tx.currency ?? ''}`.trim() : '';
  const missing = (text: string) => text !== '' && !c.title.includes(text);
  const overdue = isOverdue(c);
  return (
    <button type="button" className={`case-row${selected ? ' selected' : ''}`} onClick={onOpen} aria-current={selected || undefined}>
      <span className="case-top">
        <strong>{c.title || c.provider || t('unknownProvider')}</strong>
        <span className={`status status-${c.status}`}>{statusLabel(c.status)}</span>
        {overdue && <span className="overdue">{t('historyOverdue')}</span>}
      </span>
      {/* Provider and amount once: beside the title only when it does not already say them. */}
      {(missing(c.provider) || missing(amount)) && (
        <span className="case-title">
          {missing(c.provider) && c.provider} {missing(amount) && <span className="amount">{amount}</span>}
        </span>
      )}
      <span className="case-dates">
        {c.lastContactAt && <span>{t('historyLastContact', formatDate(c.lastContactAt))}</span>}
        {c.nextFollowUpAt && <span>{t('historyNextFollowUp', formatDate(c.nextFollowUpAt))}</span>}
        {c.escalationDueAt && <span>{t('historyDue', formatDate(c.escalationDueAt))}</span>}
      </span>
    </button>
  );
}
