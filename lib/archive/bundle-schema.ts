import * as z from 'zod/mini';
import { MAX_EVIDENCE_TITLE, MAX_EVIDENCE_URL } from '../evidence/record-limits';
import { ARTIFACT_NAME } from '../evidence/names';
import { factsSchema } from '../facts/schema';
import { caseStatus, eventType, hex64, id, iso, list, reason, recordFields, region, remedy, seq, situation } from './schema-parts';

/**
 * manifest.json of an evidence bundle. Objects whose bytes feed a digest (meta, detection) are
 * loose: unknown members are kept verbatim, so a record written by a newer version still
 * re-hashes to its digest. The hash chain and the signature, not this schema, vouch for their
 * content. Version 2 added the signature, `links`, `imported` and `report`; version 1 bundles
 * (unsigned) are still read.
 */
export const BUNDLE_FORMAT = 'wallet-witness-bundle';
export const BUNDLE_VERSION = 2;

const str = (max: number) => z.string().check(z.maxLength(max));

const caseSchema = z.looseObject({
  id,
  siteId: z.nullable(str(64)),
  provider: str(500),
  title: str(2000),
  situation,
  // Every member the UI reads is typed: a number where the case view calls a string method
  // (e.g. transactions[].at.slice) would crash the dashboard each time the case is opened.
  transactions: list(
    z.looseObject({
      id: z.optional(str(512)),
      amount: z.optional(str(64)),
      currency: z.optional(str(16)),
      reason: z.optional(reason),
      message: z.optional(str(10_000)),
      at: z.optional(str(64)),
    }),
    100,
  ),
  remedy,
  remedyNote: z.optional(str(10_000)),
  region,
  status: caseStatus,
  contacts: list(z.looseObject({ channel: str(32), at: str(64), reference: z.optional(str(512)), note: z.optional(str(100_000)) }), 1000),
  createdAt: str(64),
  updatedMs: z.number(),
  lastContactAt: z.optional(str(64)),
  nextFollowUpAt: z.optional(str(64)),
  escalationDueAt: z.optional(str(64)),
  escalationRule: z.optional(str(200)),
  finalAnswerAt: z.optional(str(64)),
  letter: z.optional(str(200_000)),
  searchText: z.optional(str(200_000)),
});

const eventSchema = z.object({
  caseId: id,
  type: eventType,
  at: iso,
  atMs: z.number(),
  text: z.optional(str(100_000)),
  data: z.optional(z.record(z.string(), z.unknown())),
});

const metaSchema = z.looseObject({
  url: str(MAX_EVIDENCE_URL),
  title: str(MAX_EVIDENCE_TITLE),
  capturedAt: iso,
  timeZone: str(100),
  viewport: z.looseObject({ width: z.number(), height: z.number(), devicePixelRatio: z.number() }),
  userAgent: str(2000),
  extensionVersion: str(100),
  detection: z.nullable(z.looseObject({ kind: str(64), siteId: z.nullable(str(64)), signals: list(str(2000), 100) })),
  note: str(100_000),
});

/** An added file's intake facts (lib/db/types.ts AttachmentMeta); loose, like meta. */
const attachmentSchema = z.looseObject({
  fileName: str(1000),
  type: str(200),
  size: z.int().check(z.minimum(0)),
  lastModified: str(64),
  intakeAt: iso,
  timeZone: str(100),
  note: str(100_000),
});

const artifactSchema = z.object({
  name: z.string().check(z.regex(ARTIFACT_NAME)),
  type: str(200),
  size: z.int().check(z.minimum(0)),
  sha256: hex64,
  /** Path in the bundle; null when the record was deleted (its files are gone). */
  file: z.nullable(str(300)),
});

const itemSchema = z.object({
  ...recordFields(metaSchema, attachmentSchema, artifactSchema, 100),
  /** The facts read from the item's page (DESIGN.md; a copy of meta.facts, outside the digest). */
  facts: z.optional(factsSchema),
});

/** A record of this browser's log that belongs to no case in the bundle: its chain values only. */
const linkSchema = z.object({ seq, prevDigest: hex64, digest: hex64 });

const signatureVerdictSchema = z.object({
  state: z.enum(['own', 'other', 'unsigned', 'mismatch']),
  fingerprint: z.optional(hex64),
});

/** A bundle this browser imported into the case, carried verbatim under `dir`. */
const importedSchema = z.object({
  dir: z.string().check(z.regex(/^imported\/[1-9]\d{0,3}$/)),
  fileName: str(300),
  importedAt: iso,
  signature: signatureVerdictSchema,
  manifestSha256: hex64,
});

export const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.union([z.literal(1), z.literal(BUNDLE_VERSION)]),
  exportedAt: iso,
  extensionVersion: str(100),
  locale: str(35),
  /** How to re-check the chain by hand; informational. */
  hashChain: z.optional(z.record(z.string(), z.string())),
  case: caseSchema,
  events: list(eventSchema, 100_000),
  evidence: list(itemSchema, 10_000),
  /** The other records of the log between this case's first and last (other cases, unfiled):
   * with them the chain is followed across the case's records without any gap. */
  links: z.optional(list(linkSchema, 2_000_000)),
  /** The exporting browser's log head at export (its newest record's seq and digest): the letter
   * and report print it, so a copy sent elsewhere fixes the log up to there. */
  chainHead: z.optional(z.object({ seq, digest: hex64 })),
  imported: z.optional(list(importedSchema, 100)),
  /** report.html's digest, so the signature covers the report too. */
  report: z.optional(z.object({ file: z.literal('report.html'), sha256: hex64 })),
  /** More top-level files and their digests (a complaint pack's case.json), so the signature covers them too. */
  extra: z.optional(list(z.object({ file: str(200), sha256: hex64 }), 20)),
  /** Present when signed: which key (its fingerprint) and where the signature is. */
  signing: z.optional(z.object({ algorithm: str(100), key: str(100), signature: str(100), fingerprint: hex64 })),
  /** What each check covers, in words; informational. */
  coverage: z.optional(z.record(z.string(), z.string())),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestItem = Manifest['evidence'][number];
export type ManifestLink = z.infer<typeof linkSchema>;
export type ManifestImport = z.infer<typeof importedSchema>;

export const MANIFEST_FILE = 'manifest.json';
export const REPORT_FILE = 'report.html';
