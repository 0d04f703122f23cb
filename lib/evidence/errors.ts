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
  if (err instanceof EvidenceStoreError) return err;
  if (isQuotaError(err)) return new StorageFullError(err);
  return new EvidenceStoreError('failed', err instanceof Error ? err.message : String(err), { cause: err });
}
