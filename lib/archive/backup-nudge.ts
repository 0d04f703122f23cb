import { db } from '../db';
import { getSetting, setSetting } from '../db/settings';

const MONTH_MS = 30 * 24 * 60 * 60 * 1000;

/** Why the dashboard suggests a backup now: `first` (evidence, never a backup), `monthly` (the last one is a month old). */
export type BackupNudge = 'first' | 'monthly' | null;

/**
 * The backup suggestion: after the first capture (evidence exists, no backup yet) and then once
 * a month while evidence exists. "Later" puts it off for a month.
 */
export function backupNudge(s: { evidence: number; lastBackupAt: number | null; dismissedAt: number | null; now: number }): BackupNudge {
  if (s.evidence === 0) return null;
  if (s.dismissedAt !== null && s.now - s.dismissedAt < MONTH_MS) return null;
  if (s.lastBackupAt === null) return 'first';
  return s.now - s.lastBackupAt >= MONTH_MS ? 'monthly' : null;
}

/** What the dashboard shows: the last backup's time and whether to suggest one. */
export async function backupState(now = Date.now()): Promise<{ lastBackupAt: number | null; nudge: BackupNudge; evidence: number }> {
  const [evidence, lastBackupAt, dismissedAt] = await Promise.all([
    db().evidence.count(),
    getSetting('last-backup-at'),
    getSetting('backup-nudge-dismissed-at'),
  ]);
  return { lastBackupAt, evidence, nudge: backupNudge({ evidence, lastBackupAt, dismissedAt, now }) };
}

export const markBackedUp = (at: number) => setSetting('last-backup-at', at);
export const putOffNudge = (now = Date.now()) => setSetting('backup-nudge-dismissed-at', now);
