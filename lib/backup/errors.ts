import { BundleError, isQuotaError } from '../evidence/errors';

/** Why a backup was refused or could not be written. Nothing was changed when one is thrown. */
export type BackupErrorCode =
  | 'not-backup'
  | 'wrong-version'
  | 'truncated'
  | 'too-large'
  | 'unsafe-path'
  | 'unexpected-file'
  | 'missing-file'
  | 'digest-mismatch'
  | 'bad-manifest'
  | 'duplicate-id'
  | 'chain-mismatch'
  | 'not-empty'
  | 'storage-full'
  | 'failed';

/**
 * A refused restore (or a failed backup). `message` is English with the detail, for logs and
 * tests; the UI shows the localised text of `code` (scripts/strings.mjs, backupError_<code>).
 */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(detail ? `backup refused (${code}): ${detail}` : `backup refused (${code})`, options);
  }
}

/** The shared ZIP reader speaks BundleError; the codes it throws mean the same for a backup. */
export function fromZipError(err: unknown): BackupError {
  if (err instanceof BackupError) return err;
  if (err instanceof BundleError) {
    const map: Partial<Record<BundleError['code'], BackupErrorCode>> = {
      'not-zip': 'not-backup',
      truncated: 'truncated',
      'too-large': 'too-large',
      'too-many-entries': 'too-large',
      'unsafe-path': 'unsafe-path',
      'duplicate-id': 'duplicate-id',
    };
    return new BackupError(map[err.code] ?? 'truncated', err.detail ?? err.message);
  }
  return new BackupError('truncated', err instanceof Error ? err.message : String(err));
}

/** Typed errors pass through; a full disk is storage-full; anything else `failed`. */
export function toBackupError(err: unknown): BackupError {
  if (err instanceof BackupError) return err;
  if (isQuotaError(err)) return new BackupError('storage-full', undefined, { cause: err });
  return new BackupError('failed', err instanceof Error ? err.message : String(err), { cause: err });
}
