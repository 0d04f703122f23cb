import { strToU8, zipSync, type Zippable } from 'fflate';
import { db } from '../db';
import { isoWithOffset } from '../db/cases';
import { verifyChain } from '../evidence/chain';
import { sha256Hex, toBytes } from '../evidence/hash';
import { BackupError, toBackupError } from './errors';
import { BACKUP_LIMITS, MANIFEST_FILE, SUMS_FILE, blobFile, type BackupLimits } from './limits';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupManifest } from './schema';

/** Already-compressed blobs are stored, not deflated again. */
const STORED = /^(image\/(png|jpeg|webp|gif)|application\/zip)/;

/** Everything in the database, read in one transaction so the copy is consistent. */
async function snapshot() {
  const d = db();
  return d.transaction('r', [d.cases, d.events, d.evidence, d.blobs, d.settings], async () => ({
    cases: await d.cases.toArray(),
    events: await d.events.toArray(),
    evidence: await d.evidence.orderBy('seq').toArray(),
    blobs: await d.blobs.toArray(),
    settings: await d.settings.toArray(),
  }));
}

/**
 * The whole database as one ZIP: `backup.json` (every row, and each blob's type, size and
 * SHA-256), `blobs/<id>` (each blob's bytes) and `SHA256SUMS` over both, so
 * `sha256sum -c SHA256SUMS` checks an unpacked backup. The evidence chain is verified first
 * and its verdict recorded: a restore must find the same verdict.
 */
export async function exportBackup(opts: { now: Date; extensionVersion: string; limits?: Partial<BackupLimits> }): Promise<Uint8Array> {
  const lim = { ...BACKUP_LIMITS, ...opts.limits };
  try {
    const snap = await snapshot();
    const bytes = new Map<string, Uint8Array>();
    let total = 0;
    for (const b of snap.blobs) {
      const data = await toBytes(b.blob);
      total += data.byteLength;
      if (data.byteLength > lim.maxEntryBytes || total > lim.maxTotalBytes)
        throw new BackupError('too-large', `blobs hold over ${total} bytes`);
      bytes.set(b.id, data);
    }
    if (snap.blobs.length + 2 > lim.maxEntries) throw new BackupError('too-large', `${snap.blobs.length} blobs`);
    const verdict = await verifyChain(snap.evidence, async (id) => bytes.get(id));
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      dbVersion: db().verno,
      exportedAt: isoWithOffset(opts.now),
      extensionVersion: opts.extensionVersion,
      counts: {
        cases: snap.cases.length,
        events: snap.events.length,
        evidence: snap.evidence.length,
        blobs: snap.blobs.length,
        settings: snap.settings.length,
      },
      chain: verdict.ok
        ? { ok: true, problems: [] }
        : { ok: false, problems: verdict.problems.map(({ id, seq, problem }) => ({ id, seq, problem })) },
      cases: snap.cases as BackupManifest['cases'],
      events: snap.events as BackupManifest['events'],
      evidence: snap.evidence as BackupManifest['evidence'],
      blobs: await Promise.all(
        snap.blobs.map(async (b) => {
          const data = bytes.get(b.id)!;
          return { id: b.id, type: b.blob.type, size: data.byteLength, sha256: await sha256Hex(data), file: blobFile(b.id) };
        }),
      ),
      settings: snap.settings,
    };
    const json = strToU8(`${JSON.stringify(manifest)}\n`);
    if (json.byteLength > lim.maxManifestBytes) throw new BackupError('too-large', `${MANIFEST_FILE} would be ${json.byteLength} bytes`);

    const zippable: Zippable = { [MANIFEST_FILE]: [json, { level: 6, mtime: opts.now }] };
    let sums = `${await sha256Hex(json)}  ${MANIFEST_FILE}\n`;
    for (const b of manifest.blobs) {
      zippable[b.file] = [bytes.get(b.id)!, { level: STORED.test(b.type) ? 0 : 6, mtime: opts.now }];
      sums += `${b.sha256}  ${b.file}\n`;
    }
    zippable[SUMS_FILE] = [strToU8(sums), { level: 6, mtime: opts.now }];
    const zip = zipSync(zippable);
    if (zip.byteLength > lim.maxBytes) throw new BackupError('too-large', `${zip.byteLength} bytes`);
    return zip;
  } catch (err) {
    throw toBackupError(err);
  }
}

/** `wallet-witness-backup-<date>.zip`. */
export function backupFileName(now: Date): string {
  return `wallet-witness-backup-${isoWithOffset(now).slice(0, 10)}.zip`;
}
