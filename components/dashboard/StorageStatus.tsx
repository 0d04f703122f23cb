import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting } from '@/lib/db/settings';
import { formatDateTime, t } from '@/lib/i18n';
import { usePersistence } from './use-persistence';

const WORDS = { persistent: 'storagePersistent', 'best-effort': 'storageBestEffort', unavailable: 'storageUnavailable' } as const;

/** What the browser answered about keeping the data, and when the last backup was made. */
export function StorageStatus() {
  const { state, askAgain } = usePersistence();
  const last = useLiveQuery(() => getSetting('last-backup-at'), []);
  return (
    <section aria-labelledby="storage-heading">
      <h3 id="storage-heading">{t('storageTitle')}</h3>
      {state && (
        <p className="storage-state">
          {t(WORDS[state])}{' '}
          {state === 'best-effort' && (
            <button type="button" onClick={askAgain}>
              {t('storageAskAgain')}
            </button>
          )}
        </p>
      )}
      {last !== undefined && (
        <p className="last-backup">{last === null ? t('lastBackupNever') : t('lastBackupAt', formatDateTime(last))}</p>
      )}
    </section>
  );
}
