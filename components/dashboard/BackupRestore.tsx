import { useState, type ChangeEvent, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import type { ParsedBackup } from '@/lib/archive/backup-read';
import { databaseContents, isEmpty, restoreBackup, type Contents } from '@/lib/archive/backup-restore';
import { reconcileUserSites, reconnectUserSites } from '@/lib/archive/backup-sites';
import { isSealed, openBackup, PROTECTED_SUFFIX, sealBackup } from '@/lib/archive/backup-crypt';
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
  const [pass, setPass] = useState({ one: '', two: '' });
  const [sealed, setSealed] = useState<File | null>(null);
  const [unlock, setUnlock] = useState('');

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
  const download = () => {
    if (pass.one && pass.one.length < 8) return setNote({ text: t('backupPassphraseShort'), bad: true });
    if (pass.one !== pass.two) return setNote({ text: t('backupPassphraseMismatch'), bad: true });
    return run(
      async () => {
        const now = new Date();
        const here = await databaseContents();
        const zip = await exportBackup({ now, extensionVersion: browser.runtime.getManifest().version });
        if (pass.one) {
          const name = backupFileName(now).replace(/\.zip$/, PROTECTED_SUFFIX);
          downloadBytes(await sealBackup(zip, pass.one), name, 'application/octet-stream');
        } else downloadBytes(zip, backupFileName(now), 'application/zip');
        await markBackedUp(now.getTime());
        setNote({ text: t(pass.one ? 'backupProtectedSaved' : 'backupSaved', [String(here.cases), String(here.evidence)]), bad: false });
      },
      (n) => ({ ...n, text: t('backupFailed', n.text) }),
    );
  };
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
  /** Checked in a worker (the page keeps answering while a large file is read), then restored or held for confirmation. */
  const check = async (file: Blob) => {
    const backup = await readOffThread(file, { kind: 'backup', dbVersion: db().verno });
    const here = await databaseContents();
    if (isEmpty(here)) await restore(backup, false);
    else setPending({ backup, here });
  };
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setSites([]);
    setSealed(null);
    void run(
      async () => {
        if (isSealed(new Uint8Array(await file.slice(0, 8).arrayBuffer()))) {
          setNote({ text: t('restorePassphrasePrompt'), bad: false });
          setSealed(file);
          return;
        }
        setNote({ text: t('backupChecking'), bad: false });
        await check(file);
      },
      (n) => ({ ...n, text: t('backupRefused', n.text) }),
    );
  };
  // A wrong passphrase fails AES-GCM's check before anything is read: nothing changes, and the
  // prompt stays for another try.
  const onUnlock = (e: FormEvent) => {
    e.preventDefault();
    const file = sealed;
    if (!file) return;
    void run(
      async () => {
        const zip = await openBackup(new Uint8Array(await file.arrayBuffer()), unlock);
        setSealed(null);
        setUnlock('');
        setNote({ text: t('backupChecking'), bad: false });
        await check(new Blob([zip as BlobPart]));
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
      <p className="muted">{t('backupPassphraseHint')}</p>
      <p className="passphrase-row">
        <label>
          {t('backupPassphrase')}{' '}
          <input type="password" autoComplete="new-password" value={pass.one} onChange={(e) => setPass({ ...pass, one: e.target.value })} />
        </label>{' '}
        <label>
          {t('backupPassphraseRepeat')}{' '}
          <input type="password" autoComplete="new-password" value={pass.two} onChange={(e) => setPass({ ...pass, two: e.target.value })} />
        </label>
      </p>
      <p className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void download()}>
          {t('backupDownload')}
        </button>
      </p>
      <h3>{t('backupRestoreTitle')}</h3>
      <p className="muted">{t('backupRestoreIntro')}</p>
      <label className="file-button">
        {t('backupRestore')}{' '}
        <input type="file" accept={`.zip,application/zip,${PROTECTED_SUFFIX}`} disabled={busy || pending !== null} onChange={onFile} />
      </label>
      {sealed && (
        <form className="passphrase-row" onSubmit={onUnlock}>
          <label>
            {t('restorePassphrase')}{' '}
            <input type="password" autoComplete="current-password" value={unlock} onChange={(e) => setUnlock(e.target.value)} />
          </label>{' '}
          <button type="submit" className="primary" disabled={busy || !unlock}>
            {t('restoreOpen')}
          </button>
        </form>
      )}
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
