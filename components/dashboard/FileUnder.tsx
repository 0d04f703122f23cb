import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listCases } from '@/lib/db/cases';
import { fileItem } from '@/lib/db/filing';
import { getRegion } from '@/lib/db/settings';
import type { EvidenceRecord } from '@/lib/db/types';
import { newCaseFromDetection, newCaseRecord } from '@/lib/cases/new-case';
import { EvidenceStoreError } from '@/lib/evidence/errors';
import { itemTitle } from '@/lib/evidence/record-kinds';
import { t, uiLang } from '@/lib/i18n';
import { siteForUrl } from '@/lib/sites';

/** "File under [case ▾] [File]": a filing record puts the item under an existing or a new case. */
export function FileUnder({ record, onFiled }: { record: EvidenceRecord; onFiled?: (caseId: string) => void }) {
  const cases = useLiveQuery(() => listCases({ limit: 200 }), []) ?? [];
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const open = cases.filter((c) => c.status !== 'closed');
  const target = choice || open[0]?.id || 'new';
  const file = async () => {
    setError(null);
    try {
      const now = new Date();
      if (target === 'new') {
        const site = record.meta ? siteForUrl(record.meta.url) : null;
        const kase = newCaseRecord(newCaseFromDetection(record.meta?.detection ?? null, site, await getRegion(), undefined, now), now);
        if (!site) kase.title = itemTitle(record).slice(0, 200) || kase.title;
        await fileItem(record.id, { newCase: kase }, now);
        onFiled?.(kase.id);
      } else {
        await fileItem(record.id, { caseId: target }, now);
        onFiled?.(target);
      }
    } catch (err) {
      setError(err instanceof EvidenceStoreError ? err.text(uiLang()) : err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div className="file-under">
      <label>
        {t('fileUnder')}{' '}
        <select value={target} onChange={(e) => setChoice(e.target.value)}>
          {open.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
          <option value="new">{t('fileUnderNew')}</option>
        </select>
      </label>{' '}
      <button type="button" onClick={() => void file()}>
        {t('unfiledFile')}
      </button>
      {error && (
        <p role="alert" className="error">
          {t('unfiledFailed', error)}
        </p>
      )}
    </div>
  );
}
