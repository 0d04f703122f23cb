import { useEffect, useState, type ChangeEvent } from 'react';
import { ArchiveError } from '@/lib/archive/errors';
import { readOffThread } from '@/lib/archive/read-off-thread';
import { signatureWords } from '@/lib/archive/verdict';
import { saveImport } from '@/lib/db/imports';
import { installFingerprint, installSigner } from '@/lib/db/keys';
import { t, uiLang } from '@/lib/i18n';
import { BackupRestore } from './BackupRestore';
import { EraseAll } from './EraseAll';
import { StorageStatus } from './StorageStatus';

type Note = { text: string; bad: boolean; caseId?: string } | null;

/** A refusal in words: the reason, and a short detail (the entry at fault) when there is one. */
function refusal(err: unknown): string {
  if (!(err instanceof ArchiveError)) return err instanceof Error ? err.message : String(err);
  return `${err.text(uiLang())}${err.detail && err.detail.length <= 120 ? ` (${err.detail})` : ''}`;
}

/**
 * Bring a case bundle in. The file is unpacked and checked in a worker (the page stays
 * responsive); a file that is not a sound bundle is refused and changes nothing; a sound one is
 * stored apart from this browser's log, with the verdict on its signature and each item.
 */
export function BackupView() {
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  useEffect(() => {
    void installSigner()
      .then((s) => setFingerprint(s.fingerprint))
      .catch(() => undefined);
  }, []);
  const onBundle = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    setNote({ text: t('importReading'), bad: false });
    try {
      const read = await readOffThread(file, { kind: 'bundle', localFingerprint: await installFingerprint() });
      const saved = await saveImport(read, file.name);
      const verdict = signatureWords(read.check.signature, uiLang());
      setNote({ text: t('importDone', [read.check.case.title, String(saved.records), verdict]), bad: false, caseId: saved.caseId });
    } catch (err) {
      setNote({ text: t('importRefused', refusal(err)), bad: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('dashBackup')}</h2>
      <StorageStatus />
      <BackupRestore />
      <section aria-labelledby="import-heading">
        <h3 id="import-heading">{t('dashImport')}</h3>
        <p className="muted">{t('importIntro')}</p>
        <label className="file-button">
          {t('importChoose')} <input type="file" accept=".zip,application/zip" disabled={busy} onChange={(e) => void onBundle(e)} />
        </label>
        <div role="status" aria-live="polite" className="import-note">
          {note && !note.bad && <p className="notice good">{note.text}</p>}
          {note?.caseId && (
            <p>
              <a href={`#case=${encodeURIComponent(note.caseId)}`}>{t('importOpen')}</a>
            </p>
          )}
        </div>
        <div role="alert" className="import-note">
          {note?.bad && <p className="notice bad">{note.text}</p>}
        </div>
      </section>
      <section aria-labelledby="key-heading">
        <h3 id="key-heading">{t('keyTitle')}</h3>
        <p className="muted">{t('keyIntro')}</p>
        {fingerprint && <p className="mono fingerprint">{t('keyFingerprint', fingerprint)}</p>}
        <p className="muted">{t('keyProves')}</p>
      </section>
      <EraseAll />
    </section>
  );
}
