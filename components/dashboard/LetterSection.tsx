import { useEffect, useState } from 'react';
import { updateCase } from '@/lib/db/cases';
import type { CaseRecord } from '@/lib/db/types';
import { t, uiLang } from '@/lib/i18n';
import { letterFor } from '@/lib/prefill/run';
import { useSectionError } from './SectionBoundary';

/** The complaint letter: drafted from the case, editable, copied or used to fill forms. */
export function LetterSection({ c }: { c: CaseRecord }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const fail = useSectionError();
  // biome-ignore lint/correctness/useExhaustiveDependencies: drafted once per case; later edits to the case must not overwrite the user's text
  useEffect(() => void letterFor(c, uiLang()).then(setText, fail), [c.id]);
  const redraft = async () => {
    try {
      setText(await letterFor({ ...c, letter: undefined }, uiLang()));
      setStatus('');
    } catch (err) {
      fail(err);
    }
  };
  const save = async () => {
    await updateCase(c.id, { letter: text });
    setStatus(t('caseSaved'));
  };
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setStatus(t('letterCopied'));
  };
  return (
    <section aria-labelledby="letter-heading">
      <h3 id="letter-heading">{t('dashLetter')}</h3>
      <p className="muted">{t('letterIntro')}</p>
      <textarea className="letter" aria-labelledby="letter-heading" value={text} onChange={(e) => setText(e.target.value)} />
      <p className="button-row">
        <button type="button" onClick={() => void save()}>
          {t('caseSave')}
        </button>{' '}
        <button type="button" onClick={() => void copy()}>
          {t('letterCopy')}
        </button>{' '}
        <button type="button" onClick={() => void redraft()}>
          {t('letterRedraft')}
        </button>{' '}
        <span role="status">{status}</span>
      </p>
    </section>
  );
}
