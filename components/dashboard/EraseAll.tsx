import { useState } from 'react';
import { eraseAllData } from '@/lib/db/erase';
import { t } from '@/lib/i18n';

/** "Erase all data", enabled once the confirmation word is typed. */
export function EraseAll() {
  const [typed, setTyped] = useState('');
  const [done, setDone] = useState(false);
  const word = t('eraseAllWord');
  const erase = async () => {
    await eraseAllData();
    setTyped('');
    setDone(true);
  };
  return (
    <section aria-labelledby="erase-heading">
      <h3 id="erase-heading">{t('eraseAllTitle')}</h3>
      <p className="muted">{t('eraseAllIntro')}</p>
      <label>
        {t('eraseAllType', word)} <input type="text" value={typed} onChange={(e) => setTyped(e.target.value)} />
      </label>{' '}
      <button type="button" className="danger" disabled={typed.trim() !== word} onClick={() => void erase()}>
        {t('eraseAllTitle')}
      </button>
      <div role="status" aria-live="polite">
        {done && <p className="notice good">{t('eraseAllDone')}</p>}
      </div>
    </section>
  );
}
