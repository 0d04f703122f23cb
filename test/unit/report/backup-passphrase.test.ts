// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isSealed, openBackup, PBKDF2_ITERATIONS, sealBackup } from '../../../lib/archive/backup-crypt';
import { restoreBackup } from '../../../lib/archive/backup-restore';
import { exportBackup } from '../../../lib/archive/backup-write';
import { ArchiveError } from '../../../lib/archive/errors';
import { readBackupFile } from '../../../lib/archive/read-file';
import { fullDump, populate } from '../hardening/populate';

const NOW = new Date('2026-12-01T10:00:00Z');

async function refusal(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ArchiveError);
  return (err as ArchiveError).code;
}

describe('passphrase-protected backups', () => {
  it('round trip: sealed with a passphrase, opened with it, restored exactly', async () => {
    const d = await populate();
    const before = await fullDump(d);
    const zip = await exportBackup({ now: NOW, extensionVersion: '0.1.0' });
    const sealed = await sealBackup(zip, 'correct horse 电池 staple');
    expect(isSealed(sealed)).toBe(true);
    expect(isSealed(zip)).toBe(false);
    // Encrypted: none of the ZIP's plain text (file names, JSON) is in the file.
    expect(Buffer.from(sealed).includes('backup.json')).toBe(false);
    expect(new DataView(sealed.buffer).getUint32(6)).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const opened = await openBackup(sealed, 'correct horse 电池 staple');
    expect(Buffer.from(opened).equals(Buffer.from(zip))).toBe(true);
    await restoreBackup(await readBackupFile(opened, d.verno), { replace: true });
    expect(await fullDump(d)).toEqual(before);
  });

  it('a wrong passphrase is a clear error and changes nothing', async () => {
    const d = await populate();
    const before = await fullDump(d);
    const sealed = await sealBackup(await exportBackup({ now: NOW, extensionVersion: '0.1.0' }), 'right passphrase');
    expect(await refusal(openBackup(sealed, 'wrong passphrase'))).toBe('wrong-passphrase');
    expect(await refusal(openBackup(sealed, ''))).toBe('wrong-passphrase');
    expect(new ArchiveError('wrong-passphrase').text('en')).toMatch(/^The passphrase is wrong/);
    expect(new ArchiveError('wrong-passphrase').text('zh')).toMatch(/^密码错误/);
    expect(await fullDump(d)).toEqual(before);
  });

  it('an altered file, a lowered iteration count or a plain ZIP is refused', async () => {
    await populate();
    const zip = await exportBackup({ now: NOW, extensionVersion: '0.1.0' });
    const sealed = await sealBackup(zip, 'right passphrase');
    const flipped = sealed.slice();
    flipped[flipped.length - 40]! ^= 1;
    expect(await refusal(openBackup(flipped, 'right passphrase'))).toBe('wrong-passphrase');
    const salt = sealed.slice();
    salt[12]! ^= 1;
    expect(await refusal(openBackup(salt, 'right passphrase'))).toBe('wrong-passphrase');
    const weak = sealed.slice();
    new DataView(weak.buffer).setUint32(6, 1000);
    expect(await refusal(openBackup(weak, 'right passphrase'))).toBe('bad-manifest');
    expect(await refusal(openBackup(zip, 'right passphrase'))).toBe('not-backup');
  });
});
