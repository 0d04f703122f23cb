import type { SnapshotFacts } from '../evidence/snapshot-facts';
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
  letter?: string;
  /** Lower-cased provider + references, for the history search. */
  searchText: string;
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
}

/** One link in the tamper-evident log. Tombstones keep the chain whole after a deletion. */
export interface EvidenceRecord {
  id: string;
  /** Position in the global log, from 1. */
  seq: number;
  caseId: string | null;
  kind: 'capture' | 'tombstone';
  meta: EvidenceMeta | null;
  artifacts: ArtifactRef[];
  /** For tombstones: which record was deleted, and when. */
  deleted?: { id: string; at: string; digest: string };
  recordedAt: string;
  prevDigest: string;
  digest: string;
  /**
   * Imported records only: the seq and chain values the record had in the log it was first
   * written to (the bundle's). Its local seq/prevDigest/digest re-link it into this log.
   */
  origin?: { seq: number; prevDigest: string; digest: string };
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
