import type { ArtifactBlob, CaseEvent, CaseRecord, EvidenceRecord, ImportRecord, SettingRow } from '../db/types';
import {
  BACKUP_FILE,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupManifest,
  backupManifestSchema,
  blobFile,
  SETTING_SCHEMAS,
} from './backup-schema';
import { checkChain, checkImports } from './backup-verify';
import { ArchiveError } from './errors';
import { checked, parseJson } from './json';
import { BACKUP_LIMITS } from './limits';
import { checkSums, SUMS_FILE } from './sums';

/** A backup that passed every check: rows exactly as they will be written. */
export interface ParsedBackup {
  manifest: Pick<BackupManifest, 'exportedAt' | 'extensionVersion' | 'dbVersion' | 'counts' | 'chain'>;
  cases: CaseRecord[];
  events: CaseEvent[];
  evidence: EvidenceRecord[];
  blobs: ArtifactBlob[];
  settings: SettingRow[];
  imports: ImportRecord[];
}

/**
 * Check an unpacked, untrusted backup completely, or throw an ArchiveError saying why. Touches
 * no database (it runs in the reading worker): `dbVersion` is the schema version of this
 * extension. Order: SHA256SUMS over every file, format and version, schema, ids, blob files,
 * settings, hash chain.
 */
export async function checkBackup(
  files: Map<string, Uint8Array>,
  opts: { dbVersion: number; maxManifestBytes?: number },
): Promise<ParsedBackup> {
  const raw = files.get(BACKUP_FILE);
  if (!raw) {
    const bundle = files.has('manifest.json') ? 'an evidence bundle of one case: import it under "Import bundle"' : `no ${BACKUP_FILE}`;
    throw new ArchiveError('not-backup', bundle);
  }
  const { listed, mismatched } = await checkSums(files);
  if (mismatched.length) throw new ArchiveError('digest-mismatch', mismatched[0]);
  if (raw.byteLength > (opts.maxManifestBytes ?? BACKUP_LIMITS.maxManifestBytes))
    throw new ArchiveError('too-large', `${BACKUP_FILE} is ${raw.byteLength} bytes`);
  const m = parseManifest(raw, opts.dbVersion);
  checkIds(m);

  const blobs: ArtifactBlob[] = [];
  const byId = new Map<string, Uint8Array>();
  const used = new Set([BACKUP_FILE, SUMS_FILE]);
  for (const b of m.blobs) {
    if (b.file !== blobFile(b.id)) throw new ArchiveError('bad-manifest', `blob ${b.id}: file ${b.file}`);
    const data = files.get(b.file);
    if (!data) throw new ArchiveError('missing-file', b.file);
    // checkSums hashed every file: its digest must be the one the row declares.
    if (data.byteLength !== b.size || listed.get(b.file) !== b.sha256) throw new ArchiveError('digest-mismatch', b.file);
    used.add(b.file);
    byId.set(b.id, data);
    blobs.push({ id: b.id, blob: new Blob([data as BlobPart], { type: b.type }) });
  }
  for (const path of files.keys()) if (!used.has(path)) throw new ArchiveError('unexpected-file', path);
  for (const s of m.settings) {
    const schema = Object.hasOwn(SETTING_SCHEMAS, s.key) ? SETTING_SCHEMAS[s.key] : undefined;
    if (schema && !schema.safeParse(s.value).success) throw new ArchiveError('bad-manifest', `setting ${s.key}`);
  }
  const imports = (m.imports ?? []) as ImportRecord[];
  await checkChain(m, byId);
  await checkImports(imports, byId);
  const { exportedAt, extensionVersion, dbVersion, counts, chain } = m;
  return {
    manifest: { exportedAt, extensionVersion, dbVersion, counts, chain },
    cases: m.cases as CaseRecord[],
    events: m.events as CaseEvent[],
    evidence: m.evidence as EvidenceRecord[],
    blobs,
    settings: m.settings as SettingRow[],
    imports,
  };
}

function parseManifest(raw: Uint8Array, dbVersion: number): BackupManifest {
  const json = parseJson(raw, BACKUP_FILE);
  const head = (json ?? {}) as { format?: unknown; version?: unknown; dbVersion?: unknown };
  if (typeof json !== 'object' || head.format !== BACKUP_FORMAT)
    throw new ArchiveError('not-backup', `format ${JSON.stringify(head.format)?.slice(0, 80)}`);
  if (head.version !== BACKUP_VERSION)
    throw new ArchiveError('wrong-version', `backup format version ${String(head.version).slice(0, 20)}`);
  // Rows are written as they are: each schema version since 1 only added tables, so rows of an
  // older version are rows of this one; a newer version's rows may not be.
  if (typeof head.dbVersion !== 'number' || head.dbVersion > dbVersion)
    throw new ArchiveError('wrong-version', `database version ${String(head.dbVersion).slice(0, 20)}, this extension has ${dbVersion}`);
  return checked(backupManifestSchema, json, BACKUP_FILE);
}

function checkIds(m: BackupManifest): void {
  const unique = (what: string, keys: readonly (string | number)[]) => {
    if (new Set(keys).size !== keys.length) throw new ArchiveError('duplicate-id', `${what} repeats an id`);
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
  unique(
    'imports',
    (m.imports ?? []).map((i) => i.id),
  );
  const c = m.counts;
  const actual = {
    cases: m.cases.length,
    events: m.events.length,
    evidence: m.evidence.length,
    blobs: m.blobs.length,
    settings: m.settings.length,
    imports: m.imports?.length,
  };
  if (Object.entries(actual).some(([k, n]) => c[k as keyof typeof c] !== n))
    throw new ArchiveError('bad-manifest', 'counts do not match the rows');
}
