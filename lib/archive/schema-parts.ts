import * as z from 'zod/mini';
import { CASE_STATUSES } from '../db/types';
import { SAFE_ID } from '../evidence/names';

/**
 * The pieces the bundle manifest (bundle-schema.ts) and backup.json (backup-schema.ts) share.
 * The two differ on purpose in how much they allow (a bundle comes from anyone and has length
 * limits; a backup restores whatever this extension accepted), never in what a field is.
 */
export const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
export const iso = z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)$/));
export const id = z.string().check(z.regex(SAFE_ID));
export const seq = z.int().check(z.minimum(1));
export const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

export const reason = z.enum([
  'insufficient-funds',
  'verification-required',
  'network-or-system',
  'declined-by-recipient-or-bank',
  'unknown',
]);
export const situation = z.enum(['failed-transfer', 'fraud', 'refund', 'security', 'other']);
export const remedy = z.enum(['refund', 'reversal', 'unfreeze', 'explanation', 'other']);
export const region = z.enum(['CN', 'US', 'UK', 'EU', 'GLOBAL']);
export const caseStatus = z.enum(CASE_STATUSES as [string, ...string[]]);
export const eventType = z.enum(['created', 'evidence', 'contact', 'reply', 'status', 'note', 'reminder']);

/**
 * An evidence record's members as the log holds them (lib/db/types.ts EvidenceRecord), with the
 * file's own schemas for meta, attachment and artifact and its own limit on artifacts.
 */
export function recordFields<M extends z.core.SomeType, A extends z.core.SomeType, F extends z.core.SomeType>(
  meta: M,
  attachment: A,
  artifact: F,
  maxArtifacts: number,
) {
  return {
    id,
    seq,
    caseId: z.nullable(id),
    kind: z.enum(['capture', 'attachment', 'filing', 'tombstone']),
    meta: z.nullable(meta),
    attachment: z.optional(z.nullable(attachment)),
    metaCommit: z.optional(hex64),
    metaSalt: z.optional(hex64),
    artifacts: list(artifact, maxArtifacts),
    deleted: z.optional(z.object({ id, at: iso, digest: hex64 })),
    /** Filings: the record filed under the case. */
    filed: z.optional(z.object({ id, digest: hex64 })),
    recordedAt: iso,
    prevDigest: hex64,
    digest: hex64,
    origin: z.optional(z.object({ seq, prevDigest: hex64, digest: hex64 })),
  };
}
