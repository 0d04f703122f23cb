import { useState, type ChangeEvent } from 'react';
import { importBundleIntoDb } from '@/lib/db/evidence';
import { importCaseBundle } from '@/lib/evidence/bundle';
import { BundleError } from '@/lib/evidence/errors';
import { t, uiLang } from '@/lib/i18n';
import { BackupRestore } from './BackupRestore';

type Note = { text: string; bad: boolean } | null;

/** Bring a case bundle in: everything is checked first; a bad file changes nothing. */
export function BackupView() {
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const onBundle = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const parsed = await importCaseBundle(new Uint8Array(await file.arrayBuffer()));
      const records = await importBundleIntoDb(parsed);
      setNote({ text: t('importDone', [parsed.case.title, String(records.length)]), bad: false });
    } catch (err) {
      // A short detail is the file at fault (a path); long ones (digests) would only bury the message.
      const text =
        err instanceof BundleError
          ? `${err.text(uiLang())}${err.detail && err.detail.length <= 120 ? ` (${err.detail})` : ''}`
          : err instanceof Error
            ? err.message
            : String(err);
      setNote({ text: t('importRefused', text), bad: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('dashBackup')}</h2>
      <BackupRestore />
      <h3>{t('dashImport')}</h3>
      <p className="muted">{t('importIntro')}</p>
      <label className="file-button">
        {t('importChoose')} <input type="file" accept=".zip,application/zip" disabled={busy} onChange={(e) => void onBundle(e)} />
      </label>
      <div role="status" aria-live="polite">
        {note && <p className={`notice ${note.bad ? 'bad' : 'good'}`}>{note.text}</p>}
      </div>
    </section>
  );
}
