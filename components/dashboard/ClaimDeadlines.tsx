import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { updateCase } from '@/lib/db/cases';
import { evidenceForCase } from '@/lib/db/evidence';
import type { CaseRecord } from '@/lib/db/types';
import { caseFacts } from '@/lib/facts/case-facts';
import { transactionDate } from '@/lib/facts/transaction-date';
import { providerKindFor } from '@/lib/guidance';
import { claimDeadlines } from '@/lib/guidance/claim-deadlines';
import { formatDate, pick, t } from '@/lib/i18n';
import { siteById } from '@/lib/sites';
import { FactSource } from '../FactSource';

const fromLabel = (from: string) =>
  from === 'transaction'
    ? t('claimFrom_transaction')
    : from === 'final-answer'
      ? t('claimFrom_final_answer')
      : t('claimFrom_dispute_opened');

/**
 * The deadlines for the user's own steps (dispute, claim, referral) from the case's dates, each
 * with its rule and source; where a date is missing the panel asks for it, once, in one place.
 */
export function ClaimDeadlines({ c }: { c: CaseRecord }) {
  const records = useLiveQuery(() => evidenceForCase(c.id), [c.id]);
  const [date, setDate] = useState('');
  const deadlines = claimDeadlines(c, providerKindFor(siteById(c.siteId)) ?? null);
  if (deadlines.length === 0) return null;
  const needsTx = deadlines.some((d) => d.rule.from === 'transaction' && !d.start);
  const needsFinal = !needsTx && deadlines.some((d) => d.rule.from === 'final-answer' && !d.start);
  const fromEvidence = needsTx ? transactionDate(caseFacts(records ?? [])) : undefined;
  const saveTx = (at: string) =>
    updateCase(c.id, { transactions: c.transactions.length ? [{ ...c.transactions[0], at }, ...c.transactions.slice(1)] : [{ at }] });
  const save = () => {
    if (!date) return;
    void (needsTx ? saveTx(date) : updateCase(c.id, { finalAnswerAt: date }));
  };
  return (
    <section aria-labelledby="claim-heading">
      <h4 id="claim-heading">{t('claimTitle')}</h4>
      <ul className="claim-deadlines">
        {deadlines.map(({ rule, start, due }) => (
          <li key={rule.id} data-rule={rule.id}>
            {due ? (
              <strong>
                {t('claimDue', [pick(rule.label), formatDate(due)])}
                {due.getTime() < Date.now() ? ` (${t('claimPassed')})` : ''}
              </strong>
            ) : (
              <>
                {pick(rule.label)} <em>{t('claimNeedsDate', fromLabel(rule.from))}</em>
              </>
            )}{' '}
            {start && <span className="muted">{t('claimCountedFrom', `${fromLabel(rule.from)} ${formatDate(start)}`)}</span>}{' '}
            <FactSource fact={rule} named />
          </li>
        ))}
      </ul>
      {(needsTx || needsFinal) && (
        <form
          className="claim-ask"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <p>{needsTx ? t('claimAskTransaction') : t('claimAskFinalAnswer')}</p>
          {fromEvidence && (
            <button type="button" onClick={() => void saveTx(fromEvidence)}>
              {t('claimUseEvidenceDate', formatDate(fromEvidence.slice(0, 10)))}
            </button>
          )}{' '}
          <label>
            {needsTx ? t('claimTransactionDate') : t('claimFinalAnswerDate')}{' '}
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
          </label>{' '}
          <button type="submit">{t('claimSaveDate')}</button>
        </form>
      )}
    </section>
  );
}
