import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { evidenceForCase } from '@/lib/db/evidence';
import type { ImportRecord } from '@/lib/db/types';
import { caseFacts, type CaseFact } from '@/lib/facts/case-facts';
import { enumLabel, t } from '@/lib/i18n';

function FactValue({ f }: { f: CaseFact }) {
  const extra = [f.currency, f.network && enumLabel('network', f.network)].filter(Boolean).join(' · ');
  return (
    <>
      <code className="fact-value">{f.value}</code>
      {extra ? <span className="muted"> {extra}</span> : null}
      {f.valid === false ? <p className="fact-warning">⚠ {t('factInvalidAddress')}</p> : null}
      {f.valid === true ? <span className="muted"> · {t('factChecksumOk')}</span> : null}
    </>
  );
}

/** The structured facts read from the case's evidence, with copy buttons and their sources. */
export function FactsSection({ caseId, imports }: { caseId: string; imports: readonly ImportRecord[] }) {
  const records = useLiveQuery(() => evidenceForCase(caseId), [caseId]);
  const [status, setStatus] = useState('');
  const facts = caseFacts([...(records ?? []), ...imports.flatMap((i) => i.records)]);
  const copy = async (f: CaseFact) => {
    await navigator.clipboard.writeText(f.value);
    setStatus(t('factCopied', f.value.slice(0, 60)));
  };
  return (
    <section aria-labelledby="facts-heading">
      <h3 id="facts-heading">{t('factsTitle')}</h3>
      {facts.length === 0 ? (
        <p className="muted">{t('factsEmpty')}</p>
      ) : (
        <table className="facts-table">
          <thead>
            <tr>
              <th scope="col">{t('factType')}</th>
              <th scope="col">{t('factValue')}</th>
              <th scope="col">{t('factWhere')}</th>
              <th scope="col">{t('factFrom')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('factCopy')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {facts.map((f) => (
              <tr key={`${f.type}:${f.value}:${f.currency ?? ''}`} data-fact-type={f.type}>
                <td>{enumLabel('fact', f.type)}</td>
                <td>
                  <FactValue f={f} />
                </td>
                <td>{f.where}</td>
                <td>{f.sources.map((s) => `#${s.seq} ${s.title}`).join('; ')}</td>
                <td>
                  <button type="button" aria-label={t('factCopyValue', f.value.slice(0, 60))} onClick={() => void copy(f)}>
                    {t('factCopy')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
