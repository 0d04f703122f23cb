import { useLiveQuery } from 'dexie-react-hooks';
import { backupState, putOffNudge } from '@/lib/archive/backup-nudge';
import { formatDate, t } from '@/lib/i18n';

/** A backup suggestion above every view (a notice, never a modal): after the first capture, then monthly. */
export function BackupNudge({ onBackUp }: { onBackUp: () => void }) {
  const s = useLiveQuery(() => backupState(), []);
  if (!s?.nudge) return null;
  const text = s.nudge === 'first' ? t('nudgeFirst', String(s.evidence)) : t('nudgeMonthly', formatDate(s.lastBackupAt ?? 0));
  return (
    <div className="notice backup-nudge" role="status">
      <p>
        {text}{' '}
        <button type="button" className="primary" onClick={onBackUp}>
          {t('nudgeBackUp')}
        </button>{' '}
        <button type="button" onClick={() => void putOffNudge()}>
          {t('nudgeLater')}
        </button>
      </p>
    </div>
  );
}
