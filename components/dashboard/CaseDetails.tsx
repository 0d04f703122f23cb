import { useState, type FormEvent } from 'react';
import { updateCase } from '@/lib/db/cases';
import type { CaseRecord, Remedy, Situation } from '@/lib/db/types';
import { enumLabel, t, type MessageKey } from '@/lib/i18n';

const SITUATIONS: Situation[] = ['failed-transfer', 'fraud', 'refund', 'security', 'other'];
const REMEDIES: Remedy[] = ['refund', 'reversal', 'unfreeze', 'explanation', 'other'];

/** A value from a newer version (or an odd import) is shown as itself, never as the first option;
 * disabled, so it is not submitted: saving keeps it unless another option was chosen. */
function Options<T extends string>({ prefix, known, value }: { prefix: 'situation' | 'remedy'; known: readonly T[]; value: string }) {
  return (
    <>
      {!known.includes(value as T) && (
        <option value={value} disabled>
          {enumLabel(prefix, value)}
        </option>
      )}
      {known.map((v) => (
        <option key={v} value={v}>
          {enumLabel(prefix, v)}
        </option>
      ))}
    </>
  );
}

/** Edit what the complaint is about: provider, transaction, remedy. */
export function CaseDetails({ c }: { c: CaseRecord }) {
  const tx = c.transactions[0] ?? {};
  const [saved, setSaved] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const s = (name: string) =>
      String(f.get(name) ?? '')
        .trim()
        .slice(0, 2000);
    const transaction = {
      ...tx,
      id: s('txId') || undefined,
      amount: s('amount') || undefined,
      currency: s('currency').toUpperCase() || undefined,
      at: s('at') || undefined,
      message: s('message') || undefined,
    };
    await updateCase(c.id, {
      provider: s('provider'),
      title: s('title') || c.title,
      situation: (s('situation') || c.situation) as Situation,
      remedy: (s('remedy') || c.remedy) as Remedy,
      remedyNote: s('remedyNote') || undefined,
      transactions: [transaction, ...c.transactions.slice(1)],
    });
    setSaved(true);
  };
  const field = (name: string, label: MessageKey, value: string | undefined, type = 'text') => (
    <>
      <label htmlFor={`f-${name}`}>{t(label)}</label>
      <input id={`f-${name}`} name={name} type={type} defaultValue={value ?? ''} onChange={() => setSaved(false)} />
    </>
  );
  return (
    <section aria-labelledby="details-heading">
      <h3 id="details-heading">{t('caseDetails')}</h3>
      <form className="form-grid" onSubmit={(e) => void submit(e)}>
        {field('provider', 'caseProvider', c.provider)}
        {field('title', 'caseTitleLabel', c.title)}
        <label htmlFor="f-situation">{t('caseSituation')}</label>
        <select id="f-situation" name="situation" defaultValue={c.situation}>
          <Options prefix="situation" known={SITUATIONS} value={c.situation} />
        </select>
        {field('txId', 'caseTxId', tx.id)}
        {field('amount', 'caseTxAmount', tx.amount)}
        {field('currency', 'caseTxCurrency', tx.currency)}
        {field('at', 'caseTxDate', tx.at?.slice(0, 16), 'datetime-local')}
        {field('message', 'caseTxMessage', tx.message)}
        <label htmlFor="f-remedy">{t('caseRemedy')}</label>
        <select id="f-remedy" name="remedy" defaultValue={c.remedy}>
          <Options prefix="remedy" known={REMEDIES} value={c.remedy} />
        </select>
        {field('remedyNote', 'caseRemedyNote', c.remedyNote)}
        <span />
        <span>
          <button type="submit">{t('caseSave')}</button> <span role="status">{saved ? t('caseSaved') : ''}</span>
        </span>
      </form>
    </section>
  );
}
