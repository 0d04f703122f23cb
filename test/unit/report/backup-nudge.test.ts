// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { backupNudge, backupState, markBackedUp, putOffNudge } from '../../../lib/archive/backup-nudge';
import { addCapture } from '../../../lib/db/evidence';
import { getSetting } from '../../../lib/db/settings';
import { ensurePersistence } from '../../../lib/db/persistence';
import { html, meta } from '../evidence/helpers';
import { freshDb } from '../hardening/populate';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-12-01T10:00:00Z');

describe('backup suggestion', () => {
  it('is quiet without evidence, suggests after the first capture, then monthly', () => {
    expect(backupNudge({ evidence: 0, lastBackupAt: null, dismissedAt: null, now: NOW })).toBeNull();
    expect(backupNudge({ evidence: 1, lastBackupAt: null, dismissedAt: null, now: NOW })).toBe('first');
    expect(backupNudge({ evidence: 5, lastBackupAt: NOW - 29 * DAY, dismissedAt: null, now: NOW })).toBeNull();
    expect(backupNudge({ evidence: 5, lastBackupAt: NOW - 30 * DAY, dismissedAt: null, now: NOW })).toBe('monthly');
  });

  it('"Later" puts it off for a month', () => {
    expect(backupNudge({ evidence: 1, lastBackupAt: null, dismissedAt: NOW - 2 * DAY, now: NOW })).toBeNull();
    expect(backupNudge({ evidence: 1, lastBackupAt: null, dismissedAt: NOW - 31 * DAY, now: NOW })).toBe('first');
  });

  it('follows the database: a capture, a backup, a month', async () => {
    freshDb();
    expect((await backupState(NOW)).nudge).toBeNull();
    await addCapture({ caseId: null, meta: meta(), artifacts: [{ name: 'page.html', type: 'text/html', blob: html('declined') }] });
    expect(await backupState(NOW)).toEqual({ lastBackupAt: null, nudge: 'first', evidence: 1 });
    await markBackedUp(NOW);
    expect((await backupState(NOW + DAY)).nudge).toBeNull();
    expect((await backupState(NOW + 31 * DAY)).nudge).toBe('monthly');
    await putOffNudge(NOW + 31 * DAY);
    expect((await backupState(NOW + 32 * DAY)).nudge).toBeNull();
  });
});

describe('persistent storage', () => {
  beforeEach(() => void freshDb());
  const storage = (persisted: boolean, grant: boolean) => {
    const calls = { persist: 0 };
    return {
      calls,
      persisted: async () => persisted,
      persist: async () => {
        calls.persist++;
        return grant;
      },
    };
  };

  it('asks once, on first use, and reports the real answer', async () => {
    const s = storage(false, false);
    expect(await ensurePersistence({ storage: s, now: NOW })).toBe('best-effort');
    expect(await getSetting('persist-asked-at')).toBe(NOW);
    expect(await ensurePersistence({ storage: s })).toBe('best-effort');
    expect(s.calls.persist).toBe(1);
    expect(await ensurePersistence({ storage: s, askAgain: true })).toBe('best-effort');
    expect(s.calls.persist).toBe(2);
  });

  it('is persistent when granted or already persisted; unavailable without a StorageManager', async () => {
    expect(await ensurePersistence({ storage: storage(false, true) })).toBe('persistent');
    const already = storage(true, false);
    expect(await ensurePersistence({ storage: already })).toBe('persistent');
    expect(already.calls.persist).toBe(0);
    expect(await ensurePersistence({ storage: undefined })).toBe('unavailable');
  });
});
