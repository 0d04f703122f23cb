import { useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import type { ParsedBackup } from '@/lib/archive/backup-read';
import { databaseContents, isEmpty, restoreBackup, type Contents } from '@/lib/archive/backup-restore';
import { reconcileUserSites, reconnectUserSites } from '@/lib/archive/backup-sites';
import { markBackedUp } from '@/lib/archive/backup-nudge';
import { backupFileName, exportBackup } from '@/lib/archive/backup-write';
import { downloadBytes } from '@/lib/archive/download';
import { ArchiveError } from '@/lib/archive/errors';
import { readOffThread } from '@/lib/archive/read-off-thread';
import { db } from '@/lib/db';
import { formatDateTime, t, uiLang } from '@/lib/i18n';

type Shown = { text: string; bad: boolean; detail?: string };
type Note = Shown | null;
type Job = () => Promise<void>;

const errorText = (err: unknown): Shown =>
  err instanceof ArchiveError
    ? { text: err.text(uiLang()), bad: true, detail: err.detail }
    : { text: err instanceof Error ? err.message : String(err), bad: true };

/**
 * The whole database to one file and back. A restore is checked completely before anything is
 * written; into a database that holds data it runs only after the user confirms the replace.
 */
export function BackupRestore() {
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ backup: ParsedBackup; here: Contents } | null>(null);
  const [sites, setSites] = useState<string[]>([]);

  const run = async (job: Job, fail: (n: Shown) => Note) => {
    setBusy(true);
    try {
      await job();
    } catch (err) {
      setNote(fail(errorText(err)));
    } finally {
      setBusy(false);
    }
  };
  const download = () =>
    run(
      async () => {
        const now = new Date();
        const here = await databaseContents();
        downloadBytes(
          await exportBackup({ now, extensionVersion: browser.runtime.getManifest().version }),
          backupFileName(now),
          'application/zip',
        );
        await markBackedUp(now.getTime());
        setNote({ text: t('backupSaved', [String(here.cases), String(here.evidence)]), bad: false });
      },
      (n) => ({ ...n, text: t('backupFailed', n.text) }),
    );
  const restore = (backup: ParsedBackup, replace: boolean) =>
    run(
      async () => {
        setPending(null);
        const now = await restoreBackup(backup, { replace });
        // The restored data is backed up as of that file's date.
        await markBackedUp(Date.parse(backup.manifest.exportedAt));
        const warn = backup.manifest.chain.ok ? '' : ` ${t('backupChainWarning')}`;
        setNote({ text: t('backupRestored', [String(now.cases), String(now.evidence)]) + warn, bad: false });
        setSites(await reconcileUserSites().catch(() => []));
      },
      (n) => ({ ...n, text: t('backupRefused', n.text) }),
    );
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setNote({ text: t('backupChecking'), bad: false });
    setSites([]);
    void run(
      async () => {
        // Unpacked and checked in a worker: the page keeps answering while a large file is read.
        const backup = await readOffThread(file, { kind: 'backup', dbVersion: db().verno });
        const here = await databaseContents();
        if (isEmpty(here)) await restore(backup, false);
        else setPending({ backup, here });
      },
      (n) => ({ ...n, text: t('backupRefused', n.text) }),
    );
  };
  const allowSites = async () => {
    const ok = await reconnectUserSites(sites).catch(() => false);
    setNote({ text: t(ok ? 'backupSitesAllowed' : 'backupSitesDenied'), bad: !ok });
    if (ok) setSites([]);
  };

  return (
    <section aria-labelledby="backup-all-heading">
      <h3 id="backup-all-heading">{t('backupTitle')}</h3>
      <p className="muted">{t('backupIntro')}</p>
      <p className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void download()}>
          {t('backupDownload')}
        </button>
      </p>
      <h3>{t('backupRestoreTitle')}</h3>
      <p className="muted">{t('backupRestoreIntro')}</p>
      <label className="file-button">
        {t('backupRestore')} <input type="file" accept=".zip,application/zip" disabled={busy || pending !== null} onChange={onFile} />
      </label>
      {pending && (
        <div className="notice bad" role="alert">
          <p>
            {t('backupReplaceWarning', [
              String(pending.here.cases),
              String(pending.here.evidence),
              String(pending.backup.manifest.counts.cases),
              String(pending.backup.manifest.counts.evidence),
              formatDateTime(pending.backup.manifest.exportedAt),
            ])}
          </p>
          <p className="button-row">
            <button type="button" disabled={busy} onClick={() => void download()}>
              {t('backupDownload')}
            </button>{' '}
            <button type="button" disabled={busy} onClick={() => void restore(pending.backup, true)}>
              {t('backupReplaceConfirm')}
            </button>{' '}
            <button type="button" onClick={() => setPending(null)}>
              {t('backupCancel')}
            </button>
          </p>
        </div>
      )}
      <div role="status" aria-live="polite">
        {note && (
          <p className={`notice ${note.bad ? 'bad' : 'good'}`}>
            {note.text}
            {note.detail && (
              <>
                <br />
                <small className="mono">{note.detail}</small>
              </>
            )}
          </p>
        )}
        {sites.length > 0 && (
          <p className="notice">
            {t('backupSitesNeeded', sites.join(', '))}{' '}
            <button type="button" onClick={() => void allowSites()}>
              {t('backupSitesAllow')}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
