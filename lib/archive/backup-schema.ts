import * as z from 'zod/mini';
import { ARTIFACT_NAME } from '../evidence/names';
import { caseStatus, eventType, hex64, id, iso, list, reason, recordFields, region, remedy, situation } from './schema-parts';
import { isSafePath } from './zip-layout';

export const BACKUP_FILE = 'backup.json';
export const blobFile = (id: string) => `blobs/${id}`;

/**
 * backup.json: every row of every table, in the shape the database stores it. Rows are checked
 * field by field for TYPE (a restored row is rendered and used like one the extension wrote),
 * never for length: a backup must restore anything the extension accepted (a 20,000-character
 * page title, a pasted 300 kB letter); backup.json's size limit bounds the whole. Objects are
 * loose, so nothing a row holds is dropped; `meta` is covered by the hash chain as it is.
 */
export const BACKUP_FORMAT = 'wallet-witness-backup';
export const BACKUP_VERSION = 1;

const str = () => z.string();
const opt = () => z.optional(z.string());
const count = z.int().check(z.minimum(0));

const caseSchema = z.looseObject({
  id,
  siteId: z.nullable(str()),
  provider: str(),
  title: str(),
  situation,
  transactions: list(
    z.looseObject({ id: opt(), amount: opt(), currency: opt(), reason: z.optional(reason), message: opt(), at: opt() }),
    10_000,
  ),
  remedy,
  remedyNote: opt(),
  region,
  status: caseStatus,
  contacts: list(z.looseObject({ channel: str(), reference: opt(), at: str(), note: opt() }), 100_000),
  createdAt: str(),
  updatedMs: z.number(),
  lastContactAt: opt(),
  nextFollowUpAt: opt(),
  escalationDueAt: opt(),
  escalationRule: opt(),
  finalAnswerAt: opt(),
  letter: opt(),
  searchText: str(),
});

const eventSchema = z.looseObject({
  id: z.int().check(z.minimum(1)),
  caseId: id,
  type: eventType,
  at: str(),
  atMs: z.number(),
  text: opt(),
  data: z.optional(z.record(z.string(), z.unknown())),
});

const metaSchema = z.looseObject({
  url: str(),
  title: str(),
  capturedAt: iso,
  timeZone: str(),
  viewport: z.looseObject({ width: z.number(), height: z.number(), devicePixelRatio: z.number() }),
  userAgent: str(),
  extensionVersion: str(),
  detection: z.nullable(z.looseObject({ kind: str(), siteId: z.nullable(str()), signals: list(str(), 10_000) })),
  note: str(),
});

/** Loose like meta: its bytes feed the record's commitment as they are. */
const attachmentSchema = z.looseObject({
  fileName: str(),
  type: str(),
  size: count,
  lastModified: str(),
  intakeAt: iso,
  timeZone: str(),
  note: str(),
});

const artifactSchema = z.object({ name: z.string().check(z.regex(ARTIFACT_NAME)), type: str(), size: count, sha256: hex64, blobId: id });

const evidenceSchema = z.object({
  ...recordFields(metaSchema, attachmentSchema, artifactSchema, 10_000),
  saltKey: z.optional(hex64),
});

const flagSchema = z.looseObject({
  kind: z.enum(['signature-mismatch', 'file-digest', 'file-missing', 'gap', 'record-digest', 'broken-link', 'bad-deletion']),
});

/** An imported bundle (schema v2): its records as the bundle held them (a deleted record's files
 * have no blob, so blobId may be empty), the verdicts, and which blob holds each of its files. */
const importSchema = z.object({
  id,
  caseId: id,
  within: z.optional(id),
  dir: z.optional(str()),
  fileName: str(),
  importedAt: iso,
  manifestSha256: hex64,
  contentSha256: hex64,
  exportedAt: str(),
  extensionVersion: str(),
  signature: z.object({ state: z.enum(['own', 'other', 'unsigned', 'mismatch']), fingerprint: z.optional(hex64) }),
  problems: list(flagSchema, 100_000),
  files: list(z.object({ path: z.string().check(z.refine(isSafePath)), blobId: z.union([id, z.literal('')]) }), 100_000),
  records: list(
    z.looseObject({
      ...evidenceSchema.shape,
      artifacts: list(z.object({ ...artifactSchema.shape, blobId: z.union([id, z.literal('')]) }), 10_000),
      flags: list(flagSchema, 1000),
    }),
    100_000,
  ),
});

/** One blob row: its bytes are the file `blobs/<id>` of the backup. */
const blobSchema = z.object({ id, type: str(), size: count, sha256: hex64, file: z.string().check(z.maxLength(300)) });

/** The chain verdict when the backup was made: a restore must find exactly the same. */
const chainSchema = z.object({
  ok: z.boolean(),
  problems: list(z.object({ id: str(), seq: z.number(), problem: str() }), 100_000),
});

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** The Dexie schema version the rows were written by (WitnessDB.verno). */
  dbVersion: z.int().check(z.minimum(1)),
  exportedAt: iso,
  extensionVersion: str(),
  counts: z.object({ cases: count, events: count, evidence: count, blobs: count, settings: count, imports: z.optional(count) }),
  chain: chainSchema,
  cases: list(caseSchema, 100_000),
  events: list(eventSchema, 2_000_000),
  evidence: list(evidenceSchema, 200_000),
  blobs: list(blobSchema, 1_000_000),
  settings: list(z.object({ key: str(), value: z.unknown() }), 100_000),
  /** Since database version 2. */
  imports: z.optional(list(importSchema, 100_000)),
});

export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** Settings the extension reads with a shape: a restored value must have it (else the UI breaks). */
export const SETTING_SCHEMAS: Record<string, z.ZodMiniType> = {
  profile: z.looseObject({ name: str(), email: str(), phone: str(), accounts: z.record(str(), str()) }),
  region,
  'user-sites': list(z.string().check(z.regex(/^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/)), 1000),
  'reminders-fired': z.record(str(), z.number()),
  'persist-asked-at': z.nullable(z.number()),
  'last-backup-at': z.nullable(z.number()),
  'backup-nudge-dismissed-at': z.nullable(z.number()),
};
