import type { Localized } from '../sites/types';

/** Why the evidence store refused or failed. Nothing was written when one of these is thrown. */
export type StoreErrorCode = 'storage-full' | 'not-found' | 'unknown-case' | 'already-deleted' | 'invalid' | 'busy' | 'failed';

const STORE_TEXT: Record<StoreErrorCode, Localized> = {
  'storage-full': {
    en: 'Storage is full: the browser refused to save the evidence. Nothing was saved. Free disk space or delete old captures, then try again.',
    zh: '存储空间已满：浏览器拒绝保存证据，本次未保存任何内容。请释放磁盘空间或删除旧的证据后重试。',
  },
  'not-found': { en: 'That evidence item does not exist.', zh: '该证据不存在。' },
  'unknown-case': { en: 'The complaint this evidence belongs to does not exist.', zh: '证据所属的投诉不存在。' },
  'already-deleted': { en: 'That evidence item was already deleted.', zh: '该证据已被删除。' },
  invalid: { en: 'The evidence is malformed and was not saved.', zh: '证据格式有误，未保存。' },
  busy: { en: 'The evidence log kept changing; nothing was saved. Try again.', zh: '证据日志正在被修改，本次未保存，请重试。' },
  failed: { en: 'Saving the evidence failed; nothing was saved.', zh: '保存证据失败，本次未保存任何内容。' },
};

export class EvidenceStoreError extends Error {
  override name = 'EvidenceStoreError';
  constructor(
    readonly code: StoreErrorCode,
    detail?: string,
    options?: { cause?: unknown },
  ) {
    super(detail ? `${STORE_TEXT[code].en} (${detail})` : STORE_TEXT[code].en, options);
  }
  /** The message in the user's language. */
  text(lang: 'en' | 'zh'): string {
    return STORE_TEXT[this.code][lang];
  }
}

/** The browser's quota (QuotaExceededError) stopped a write; the transaction was rolled back. */
export class StorageFullError extends EvidenceStoreError {
  override name = 'StorageFullError';
  constructor(cause?: unknown) {
    super('storage-full', undefined, { cause });
  }
}

/** Dexie wraps IndexedDB errors (`inner`), transactions abort with AbortError around them. */
export function isQuotaError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown };
  if (e.name === 'QuotaExceededError' || (e.name !== 'AbortError' && e.code === 22)) return true;
  return isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1);
}

/** Typed errors pass through; quota becomes StorageFullError; anything else `failed`. */
export function toStoreError(err: unknown): Error {
  if (err instanceof EvidenceStoreError || err instanceof BundleError) return err;
  if (isQuotaError(err)) return new StorageFullError(err);
  return new EvidenceStoreError('failed', err instanceof Error ? err.message : String(err), { cause: err });
}

export type BundleErrorCode =
  | 'not-zip'
  | 'truncated'
  | 'too-large'
  | 'too-many-entries'
  | 'unsafe-path'
  | 'unexpected-file'
  | 'missing-file'
  | 'bad-manifest'
  | 'digest-mismatch'
  | 'chain-mismatch'
  | 'duplicate-id'
  | 'case-exists';

const BUNDLE_TEXT: Record<BundleErrorCode, Localized> = {
  'not-zip': { en: 'This file is not a Wallet Witness bundle (not a ZIP file).', zh: '该文件不是钱包维权助手的证据包（不是 ZIP 文件）。' },
  truncated: { en: 'The bundle is incomplete or damaged (truncated ZIP).', zh: '证据包不完整或已损坏（ZIP 被截断）。' },
  'too-large': { en: 'The bundle is too large to import safely.', zh: '证据包过大，无法安全导入。' },
  'too-many-entries': { en: 'The bundle contains too many files.', zh: '证据包包含的文件过多。' },
  'unsafe-path': { en: 'The bundle contains a file with an unsafe path.', zh: '证据包中有路径不安全的文件。' },
  'unexpected-file': { en: 'The bundle contains a file that is not part of the format.', zh: '证据包中有不属于该格式的文件。' },
  'missing-file': { en: 'A file the bundle needs is missing.', zh: '证据包缺少必需的文件。' },
  'bad-manifest': { en: 'The bundle description (manifest.json) is invalid.', zh: '证据包说明文件（manifest.json）无效。' },
  'digest-mismatch': {
    en: 'A file does not match its SHA-256 digest: the bundle was altered or damaged.',
    zh: '文件与其 SHA-256 摘要不符：证据包已被修改或损坏。',
  },
  'chain-mismatch': { en: 'The evidence hash chain does not verify: the bundle was altered.', zh: '证据哈希链校验失败：证据包已被修改。' },
  'duplicate-id': {
    en: 'The bundle repeats an id, or its evidence is already in this browser.',
    zh: '证据包中的编号重复，或其中的证据已存在于本浏览器。',
  },
  'case-exists': { en: 'This complaint is already in this browser; nothing was imported.', zh: '该投诉已存在于本浏览器，未导入任何内容。' },
};

/** A refused import. Nothing was written. `message` is English; `text(lang)` for the UI. */
export class BundleError extends Error {
  override name = 'BundleError';
  constructor(
    readonly code: BundleErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${BUNDLE_TEXT[code].en} (${detail})` : BUNDLE_TEXT[code].en);
  }
  text(lang: 'en' | 'zh'): string {
    return BUNDLE_TEXT[this.code][lang];
  }
}
