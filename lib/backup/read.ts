import { db } from '../db';
import type { ArtifactBlob, CaseEvent, CaseRecord, EvidenceRecord, SettingRow } from '../db/types';
import { verifyChain } from '../evidence/chain';
import { sha256Hex } from '../evidence/hash';
import { readZip } from '../evidence/zip-reader';
import { BackupError, fromZipError } from './errors';
import { BACKUP_LIMITS, MANIFEST_FILE, SUMS_FILE, blobFile, type BackupLimits } from './limits';
import { BACKUP_FORMAT, BACKUP_VERSION, SETTING_SCHEMAS, backupManifestSchema, type BackupManifest } from './schema';

/** A backup that passed every check: rows exactly as they will be written. */
export interface ParsedBackup {
  manifest: Pick<BackupManifest, 'exportedAt' | 'extensionVersion' | 'dbVersion' | 'counts' | 'chain'>;
  cases: CaseRecord[];
  events: CaseEvent[];
  evidence: EvidenceRecord[];
  blobs: ArtifactBlob[];
  settings: SettingRow[];
}

/**
 * Check an untrusted backup completely, or throw a BackupError saying why. Reads nothing from
 * and writes nothing to the database. Order: ZIP structure and limits, SHA256SUMS over every
 * file, format and version, schema, ids, blob files, settings, hash chain.
 */
export async function readBackup(bytes: Uint8Array, limits: Partial<BackupLimits> = {}): Promise<ParsedBackup> {
  const lim = { ...BACKUP_LIMITS, ...limits };
  let files: Map<string, Uint8Array>;
  try {
    files = readZip(bytes, lim);
  } catch (err) {
    throw fromZipError(err);
  }
  const raw = files.get(MANIFEST_FILE);
  if (!raw) {
    const bundle = files.has('manifest.json') ? 'an evidence bundle of one case: import it under "Import bundle"' : `no ${MANIFEST_FILE}`;
    throw new BackupError('not-backup', bundle);
  }
  const sums = await checkSums(files);
  if (raw.byteLength > lim.maxManifestBytes) throw new BackupError('too-large', `${MANIFEST_FILE} is ${raw.byteLength} bytes`);
  const m = parseManifest(raw);
  checkIds(m);

  const blobs: ArtifactBlob[] = [];
  const byId = new Map<string, Uint8Array>();
  const used = new Set([MANIFEST_FILE, SUMS_FILE]);
  for (const b of m.blobs) {
    if (b.file !== blobFile(b.id)) throw new BackupError('bad-manifest', `blob ${b.id}: file ${b.file}`);
    const data = files.get(b.file);
    if (!data) throw new BackupError('missing-file', b.file);
    // checkSums hashed every file: its digest must be the one the row declares.
    if (data.byteLength !== b.size || sums.get(b.file) !== b.sha256) throw new BackupError('digest-mismatch', b.file);
    used.add(b.file);
    byId.set(b.id, data);
    blobs.push({ id: b.id, blob: new Blob([data as BlobPart], { type: b.type }) });
  }
  for (const path of files.keys()) if (!used.has(path)) throw new BackupError('unexpected-file', path);
  for (const s of m.settings) {
    const schema = SETTING_SCHEMAS[s.key];
    if (schema && !schema.safeParse(s.value).success) throw new BackupError('bad-manifest', `setting ${s.key}`);
  }
  await checkChain(m, byId);
  const { exportedAt, extensionVersion, dbVersion, counts, chain } = m;
  return {
    manifest: { exportedAt, extensionVersion, dbVersion, counts, chain },
    cases: m.cases as CaseRecord[],
    events: m.events as CaseEvent[],
    evidence: m.evidence as EvidenceRecord[],
    blobs,
    settings: m.settings as SettingRow[],
  };
}

function parseManifest(raw: Uint8Array): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch (err) {
    throw new BackupError('bad-manifest', `not JSON: ${String(err)}`);
  }
  const head = (json ?? {}) as { format?: unknown; version?: unknown; dbVersion?: unknown };
  if (typeof json !== 'object' || head.format !== BACKUP_FORMAT)
    throw new BackupError('not-backup', `format ${JSON.stringify(head.format)?.slice(0, 80)}`);
  if (head.version !== BACKUP_VERSION) throw new BackupError('wrong-version', `backup format version ${String(head.version).slice(0, 20)}`);
  // Rows are written as they are: a backup from another schema version would need its upgrade.
  if (head.dbVersion !== db().verno)
    throw new BackupError('wrong-version', `database version ${String(head.dbVersion).slice(0, 20)}, this extension has ${db().verno}`);
  const parsed = backupManifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new BackupError(
      'bad-manifest',
      parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; '),
    );
  }
  return parsed.data;
}

function checkIds(m: BackupManifest): void {
  const unique = (what: string, keys: readonly (string | number)[]) => {
    if (new Set(keys).size !== keys.length) throw new BackupError('duplicate-id', `${what} repeats an id`);
  };
  unique(
    'cases',
    m.cases.map((c) => c.id),
  );
  unique(
    'events',
    m.events.map((e) => e.id),
  );
  unique(
    'evidence',
    m.evidence.map((e) => e.id),
  );
  unique(
    'evidence',
    m.evidence.map((e) => e.seq),
  );
  unique(
    'blobs',
    m.blobs.map((b) => b.id),
  );
  unique(
    'settings',
    m.settings.map((s) => s.key),
  );
  const c = m.counts;
  const actual = {
    cases: m.cases.length,
    events: m.events.length,
    evidence: m.evidence.length,
    blobs: m.blobs.length,
    settings: m.settings.length,
  };
  if (Object.entries(actual).some(([k, n]) => c[k as keyof typeof c] !== n))
    throw new BackupError('bad-manifest', 'counts do not match the rows');
}

/** The chain must verify exactly as it did when the backup was made (usually: intact). */
async function checkChain(m: BackupManifest, blobs: Map<string, Uint8Array>): Promise<void> {
  const verdict = await verifyChain(m.evidence as EvidenceRecord[], async (id) => blobs.get(id));
  const key = (p: { id: string; problem: string }) => `${p.id}:${p.problem}`;
  const found = verdict.ok ? [] : [...new Set(verdict.problems.map(key))].sort();
  const recorded = m.chain.ok ? [] : [...new Set(m.chain.problems.map(key))].sort();
  if (m.chain.ok !== verdict.ok || found.join('\n') !== recorded.join('\n')) {
    const first = verdict.ok
      ? 'the recorded problems are not there'
      : `evidence #${verdict.problems[0]!.seq}: ${verdict.problems[0]!.problem}`;
    throw new BackupError('chain-mismatch', first);
  }
}

/** SHA256SUMS lists exactly every other file, and every digest matches; returns path → digest. */
async function checkSums(files: Map<string, Uint8Array>): Promise<Map<string, string>> {
  const raw = files.get(SUMS_FILE);
  if (!raw) throw new BackupError('missing-file', SUMS_FILE);
  const listed = new Map<string, string>();
  for (const [n, line] of new TextDecoder().decode(raw).split('\n').entries()) {
    if (!line) continue;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m || listed.has(m[2]!)) throw new BackupError('bad-manifest', `${SUMS_FILE} line ${n + 1}`);
    listed.set(m[2]!, m[1]!);
  }
  for (const path of files.keys())
    if (path !== SUMS_FILE && !listed.has(path)) throw new BackupError('unexpected-file', `${path} is not in ${SUMS_FILE}`);
  for (const [path, sha] of listed) {
    const data = files.get(path);
    if (!data) throw new BackupError('missing-file', path);
    if ((await sha256Hex(data)) !== sha) throw new BackupError('digest-mismatch', path);
  }
  return listed;
}
