import { db } from '../db';
import type { ParsedBackup } from './backup-read';
import { ArchiveError, toArchiveError } from './errors';

/** Settings the extension writes by itself: they do not make a database "hold data". */
const AUTOMATIC_SETTINGS = new Set(['region', 'reminders-fired', 'persist-asked-at', 'last-backup-at', 'backup-nudge-dismissed-at']);

export interface Contents {
  cases: number;
  events: number;
  evidence: number;
  blobs: number;
  /** Settings the user entered (profile, added sites...). */
  settings: number;
}

export const isEmpty = (c: Contents) => c.cases + c.events + c.evidence + c.blobs + c.settings === 0;

/** What the database holds now (what a restore would replace). */
export async function databaseContents(): Promise<Contents> {
  const d = db();
  return d.transaction('r', [d.cases, d.events, d.evidence, d.blobs, d.settings], async () => ({
    cases: await d.cases.count(),
    events: await d.events.count(),
    evidence: await d.evidence.count(),
    blobs: await d.blobs.count(),
    settings: await d.settings.filter((s) => !AUTOMATIC_SETTINGS.has(s.key)).count(),
  }));
}

/**
 * Write a checked backup (checkBackup) in ONE transaction over every table, so a failure
 * (quota, a crash, a refused check) leaves the database exactly as it was.
 *
 * Semantics: a restore puts the backup's rows back exactly (ids, seqs, digests, blob ids).
 * Into an empty database it just writes. A database that holds anything (a case, event,
 * evidence item, blob, or a setting the user entered) is refused with `not-empty`, unless
 * `replace` is set: then everything in it is deleted and replaced by the backup (the UI asks
 * the user to confirm first). Merging is what case bundles are for. The install's signing key
 * is not touched: this browser keeps signing with its own.
 */
export async function restoreBackup(backup: ParsedBackup, opts: { replace?: boolean } = {}): Promise<Contents> {
  const d = db();
  try {
    await d.transaction('rw', [d.cases, d.events, d.evidence, d.blobs, d.settings, d.imports], async () => {
      const now = await databaseContents();
      if (!opts.replace && !isEmpty(now)) {
        throw new ArchiveError('not-empty', `${now.cases} cases, ${now.evidence} evidence records, ${now.settings} settings`);
      }
      await Promise.all([d.cases.clear(), d.events.clear(), d.evidence.clear(), d.blobs.clear(), d.settings.clear(), d.imports.clear()]);
      await d.cases.bulkAdd(backup.cases);
      await d.events.bulkAdd(backup.events);
      await d.evidence.bulkAdd(backup.evidence);
      await d.blobs.bulkAdd(backup.blobs);
      await d.settings.bulkAdd(backup.settings);
      await d.imports.bulkAdd(backup.imports);
    });
  } catch (err) {
    throw toArchiveError(err);
  }
  return databaseContents();
}
