import type { SnapshotFacts } from '../evidence/snapshot-facts';
import type { Fact } from '../facts/types';
import type { Commitments } from '../redact/commit';
import type { ItemFlag, SignatureVerdict } from '../archive/verdict';
import type { FailureReason, PageDetection } from '../detection/types';
import type { ChannelKind, RegionId } from '../sites/types';

export type CaseStatus = 'draft' | 'filed' | 'awaiting-reply' | 'escalated' | 'resolved' | 'closed';
export const CASE_STATUSES: readonly CaseStatus[] = ['draft', 'filed', 'awaiting-reply', 'escalated', 'resolved', 'closed'];
export type Situation = 'failed-transfer' | 'fraud' | 'refund' | 'security' | 'other';
export type Remedy = 'refund' | 'reversal' | 'unfreeze' | 'explanation' | 'other';

export interface TransactionRef {
  id?: string;
  amount?: string;
  currency?: string;
  reason?: FailureReason;
  message?: string;
  /** ISO 8601 time of the transaction as the user states or the page showed. */
  at?: string;
}

export interface ContactRecord {
  channel: ChannelKind;
  /** Ticket / reference number the provider gave. */
  reference?: string;
  /** ISO 8601 with offset. */
  at: string;
  note?: string;
}

/** A complaint. Times are ISO strings for display plus ms numbers where an index needs them. */
export interface CaseRecord {
  id: string;
  siteId: string | null;
  /** Provider name as the user sees it (registry name, or typed for unknown providers). */
  provider: string;
  title: string;
  situation: Situation;
  transactions: TransactionRef[];
  remedy: Remedy;
  remedyNote?: string;
  region: RegionId;
  status: CaseStatus;
  contacts: ContactRecord[];
  createdAt: string;
  /** Last activity (ms since epoch): the history list's sort key. */
  updatedMs: number;
  lastContactAt?: string;
  nextFollowUpAt?: string;
  /** Escalation deadline and the rule (id in lib/guidance) it was computed from. */
  escalationDueAt?: string;
  escalationRule?: string;
  /** ISO date of the provider's final answer, as the user gives it (claim deadlines count from it). */
  finalAnswerAt?: string;
  letter?: string;
  /** Lower-cased provider + references, for the history search. */
  searchText: string;
  /**
   * Derived on every write (lib/db/case-writes.ts `dueOf`), never set by hand: the earliest of
   * the follow-up and escalation dates in ms while the case is open, absent otherwise. Indexed,
   * so the overdue count reads no case.
   */
  dueMs?: number;
}

export interface ArtifactRef {
  /** File name inside a bundle: `<evidence id>/<name>`. */
  name: string;
  type: string;
  size: number;
  sha256: string;
  blobId: string;
}

export interface EvidenceMeta {
  url: string;
  title: string;
  /** ISO 8601 with offset, e.g. 2026-11-26T12:00:00.000+08:00. */
  capturedAt: string;
  timeZone: string;
  viewport: { width: number; height: number; devicePixelRatio: number };
  userAgent: string;
  extensionVersion: string;
  detection: PageDetection | null;
  note: string;
  /** What page.html left out (blanked fields, fonts), counted; absent in records from before. */
  snapshot?: SnapshotFacts;
  /** When the capture started and ended and when each file was taken (this computer's clock,
   * ISO 8601 with offset); absent in records from before. */
  timing?: CaptureTiming;
  /** Structured facts read from the page (lib/facts); absent in records from before. */
  facts?: Fact[];
  /** Roots of the salted part digests a redacted copy is checked against (lib/redact/commit.ts);
   * absent in records from before. */
  commitments?: Commitments;
}

export interface CaptureTiming {
  startedAt: string;
  endedAt: string;
  /** Artifact name → when it was taken. */
  files: Record<string, string>;
}

/** Headers of an `.eml` attachment as the message states them (never checked against anything). */
export interface EmailHeaders {
  date?: string;
  from?: string;
  to?: string;
  subject?: string;
  messageId?: string;
  /** Whether the message carries a DKIM-Signature header (not verified: that needs DNS). */
  dkimSignature: boolean;
}

/** A file the person added (phone screenshot, recording, PDF, e-mail): what intake saw of it. */
export interface AttachmentMeta {
  /** The file name as chosen. */
  fileName: string;
  type: string;
  size: number;
  /** The file's lastModified, as the browser reported it (ISO 8601). */
  lastModified: string;
  /** When it was taken in (ISO 8601 with offset): it existed, unchanged, no later than this. */
  intakeAt: string;
  timeZone: string;
  email?: EmailHeaders;
  note: string;
}

/** The kinds of record in the log: see lib/evidence/record-kinds.ts. */
type RecordKind = 'capture' | 'attachment' | 'filing' | 'tombstone';

/** One link in the tamper-evident log. Tombstones keep the chain whole after a deletion. */
export interface EvidenceRecord {
  id: string;
  /** Position in the global log, from 1. */
  seq: number;
  caseId: string | null;
  kind: RecordKind;
  /** Captures: what the page was. null for other kinds, and once the content is erased. */
  meta: EvidenceMeta | null;
  /** Attachments: what the file was. Absent for other kinds, null once the content is erased. */
  attachment?: AttachmentMeta | null;
  /**
   * SHA-256 of the canonical JSON of { meta, attachment, salt }: the digest covers this instead
   * of the content itself, so the content can be erased and the record still re-hashes. Absent
   * in records written before it (their digest covers `meta` directly).
   */
  metaCommit?: string;
  /** Random hex salt of metaCommit (so a guessed title/URL cannot be confirmed); erased with the content. */
  metaSalt?: string;
  artifacts: ArtifactRef[];
  /** For tombstones: which record was deleted (its content erased), and when. */
  deleted?: { id: string; at: string; digest: string };
  /** For filings: which record is filed under this record's caseId (null: back to Unfiled). */
  filed?: { id: string; digest: string };
  recordedAt: string;
  prevDigest: string;
  digest: string;
  /**
   * Imported records only: the seq and chain values the record had in the log it was first
   * written to (the bundle's). Its local seq/prevDigest/digest re-link it into this log.
   */
  origin?: { seq: number; prevDigest: string; digest: string };
  /**
   * The secret every salt of this record's commitments is drawn from (hex, 32 bytes). Not in
   * the digest, never in a bundle (a recipient could then test guesses at redacted parts); kept
   * in backups so a restored log can still make redacted copies.
   */
  saltKey?: string;
}

/** One record of an imported bundle, exactly as the bundle holds it (seq and digests of the log
 * it was captured in), its files stored here; with what the import found wrong with it. */
export interface ImportedRecord extends EvidenceRecord {
  flags: ItemFlag[];
}

/**
 * A bundle imported into a case. Kept apart from this browser's log (no local seq, no link):
 * its records, the verdict on its signature and items, and every file as it was read, so the
 * verdict can be re-checked and the bundle passed on verbatim.
 */
export interface ImportRecord {
  id: string;
  caseId: string;
  /** The import this bundle came inside: a case another browser imported, then exported. */
  within?: string;
  /** With `within`: the folder it sits in inside that bundle (`imported/<n>`). */
  dir?: string;
  /** The file name as chosen (for a bundle carried inside another: as the other browser had it). */
  fileName: string;
  /** ISO 8601 with offset. */
  importedAt: string;
  manifestSha256: string;
  /** SHA-256 over every file's path and digest: the same bundle imported twice is refused. */
  contentSha256: string;
  exportedAt: string;
  extensionVersion: string;
  signature: SignatureVerdict;
  /** Problems with files that belong to no record (manifest.json, report.html…). */
  problems: ItemFlag[];
  /** Every file of the bundle: its path in the bundle and the blob holding its bytes. */
  files: { path: string; blobId: string }[];
  records: ImportedRecord[];
}

/** The install's signing key: the private half cannot be exported (a CryptoKey kept as it is). */
export interface KeyRecord {
  id: 'install';
  privateKey: CryptoKey;
  /** SubjectPublicKeyInfo (DER) of the public key. */
  spki: Uint8Array;
  fingerprint: string;
  createdAt: string;
}

export interface ArtifactBlob {
  id: string;
  blob: Blob;
}

export type CaseEventType = 'created' | 'evidence' | 'contact' | 'reply' | 'status' | 'note' | 'reminder';

export interface CaseEvent {
  id?: number;
  caseId: string;
  type: CaseEventType;
  at: string;
  atMs: number;
  text?: string;
  data?: Record<string, unknown>;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface Profile {
  name: string;
  email: string;
  phone: string;
  /** Account identifiers per provider id (or '*' for a default). */
  accounts: Record<string, string>;
}
