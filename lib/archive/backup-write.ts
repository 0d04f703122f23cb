import { strToU8 } from 'fflate';
import { db } from '../db';
import { isoWithOffset } from '../db/cases';
import { verifyChain } from '../evidence/chain';
import { sha256Hex, toBytes } from '../evidence/hash';
import { BACKUP_FILE, BACKUP_FORMAT, BACKUP_VERSION, type BackupManifest, blobFile } from './backup-schema';
import { ArchiveError, toArchiveError } from './errors';
import { type ArchiveLimits, BACKUP_LIMITS } from './limits';
import { SUMS_FILE } from './sums';
import { type ArchiveFile, STORED_TYPES, writeZip } from './zip-write';

/** Everything in the database but the signing key, read in one transaction so the copy is consistent. */
async function snapshot() {
  const d = db();
  return d.transaction('r', [d.cases, d.events, d.evidence, d.blobs, d.settings, d.imports], async () => ({
    cases: await d.cases.toArray(),
    events: await d.events.toArray(),
    evidence: await d.evidence.orderBy('seq').toArray(),
    blobs: await d.blobs.toArray(),
    settings: await d.settings.toArray(),
    imports: await d.imports.toArray(),
  }));
}

/**
 * The whole database as one ZIP: `backup.json` (every row, and each blob's type, size and
 * SHA-256), `blobs/<id>` (each blob's bytes) and `SHA256SUMS` over both, so
 * `sha256sum -c SHA256SUMS` checks an unpacked backup. The evidence chain is verified first
 * and its verdict recorded: a restore must find the same verdict. The install's signing key is
 * not in it: it cannot leave the browser (a restore elsewhere signs with that browser's key).
 */
export async function exportBackup(opts: { now: Date; extensionVersion: string; limits?: Partial<ArchiveLimits> }): Promise<Uint8Array> {
  const lim = { ...BACKUP_LIMITS, ...opts.limits };
  try {
    const snap = await snapshot();
    const bytes = new Map<string, Uint8Array>();
    let total = 0;
    for (const b of snap.blobs) {
      const data = await toBytes(b.blob);
      total += data.byteLength;
      if (data.byteLength > lim.maxEntryBytes || total > lim.maxTotalBytes)
        throw new ArchiveError('too-large', `blobs hold over ${total} bytes`);
      bytes.set(b.id, data);
    }
    if (snap.blobs.length + 2 > lim.maxEntries) throw new ArchiveError('too-large', `${snap.blobs.length} blobs`);
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
        imports: snap.imports.length,
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
      imports: snap.imports as BackupManifest['imports'],
    };
    const json = strToU8(`${JSON.stringify(manifest)}\n`);
    if (json.byteLength > lim.maxManifestBytes) throw new ArchiveError('too-large', `${BACKUP_FILE} would be ${json.byteLength} bytes`);

    const files = new Map<string, ArchiveFile>([[BACKUP_FILE, { data: json }]]);
    let sums = `${await sha256Hex(json)}  ${BACKUP_FILE}\n`;
    for (const b of manifest.blobs) {
      files.set(b.file, { data: bytes.get(b.id)!, stored: STORED_TYPES.test(b.type) });
      sums += `${b.sha256}  ${b.file}\n`;
    }
    files.set(SUMS_FILE, { data: strToU8(sums) });
    const zip = writeZip(files, opts.now);
    if (zip.byteLength > lim.maxBytes) throw new ArchiveError('too-large', `${zip.byteLength} bytes`);
    return zip;
  } catch (err) {
    throw toArchiveError(err);
  }
}

/** `wallet-witness-backup-<date>.zip`. */
export function backupFileName(now: Date): string {
  return `wallet-witness-backup-${isoWithOffset(now).slice(0, 10)}.zip`;
}
