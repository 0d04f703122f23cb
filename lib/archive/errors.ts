import { isQuotaError } from '../evidence/errors';
import type { Localized } from '../sites/types';

/**
 * Why reading or writing an archive (evidence bundle or backup) was refused or failed: one
 * vocabulary for both. Nothing was stored or changed when one of these is thrown.
 */
export type ArchiveErrorCode =
  | 'not-zip'
  | 'unsupported'
  | 'truncated'
  | 'too-large'
  | 'too-many-entries'
  | 'unsafe-path'
  | 'duplicate-name'
  | 'header-mismatch'
  | 'overlap'
  | 'outside'
  | 'inflates-larger'
  | 'damaged'
  | 'unexpected-file'
  | 'missing-file'
  | 'bad-manifest'
  | 'digest-mismatch'
  | 'chain-mismatch'
  | 'duplicate-id'
  | 'not-bundle'
  | 'not-backup'
  | 'wrong-version'
  | 'already-imported'
  | 'not-empty'
  | 'wrong-passphrase'
  | 'timeout'
  | 'storage-full'
  | 'failed';

const TEXT: Record<ArchiveErrorCode, Localized> = {
  'not-zip': { en: 'This file is not a ZIP archive.', zh: '该文件不是 ZIP 压缩包。' },
  unsupported: {
    en: 'The file uses a ZIP feature this extension does not read (encryption, ZIP64, several parts or an unknown compression).',
    zh: '该文件使用了本扩展不支持的 ZIP 功能（加密、ZIP64、分卷或未知压缩方式）。',
  },
  truncated: { en: 'The file is incomplete or damaged (truncated ZIP).', zh: '文件不完整或已损坏（ZIP 被截断）。' },
  'too-large': {
    en: 'The file declares more data than the import limits allow.',
    zh: '文件声明的数据量超过了导入上限。',
  },
  'too-many-entries': { en: 'The file holds more entries than the import limits allow.', zh: '文件包含的条目数超过了导入上限。' },
  'unsafe-path': { en: 'The file contains an entry with an unsafe path.', zh: '文件中有路径不安全的条目。' },
  'duplicate-name': { en: 'The file contains two entries with the same name.', zh: '文件中有两个同名条目。' },
  'header-mismatch': {
    en: "An entry's own header does not match the archive's directory (name, size or method).",
    zh: '某条目自身的文件头与压缩包目录不一致（名称、大小或压缩方式）。',
  },
  overlap: { en: 'Two entries of the file share or overlap their data.', zh: '文件中有两个条目的数据区重叠或共用。' },
  outside: {
    en: 'The file holds data outside its entries, or an entry points outside the file.',
    zh: '文件中有不属于任何条目的数据，或某条目指向文件之外。',
  },
  'inflates-larger': { en: 'An entry unpacks to more data than it declares.', zh: '某条目解压后的数据多于其声明的大小。' },
  damaged: { en: 'An entry is damaged: its checksum does not match.', zh: '某条目已损坏：校验值不符。' },
  'unexpected-file': { en: 'The file contains an entry that is not part of the format.', zh: '文件中有不属于该格式的条目。' },
  'missing-file': { en: 'An entry the format needs is missing.', zh: '缺少格式必需的条目。' },
  'bad-manifest': {
    en: 'The description file (manifest.json or backup.json) is invalid.',
    zh: '说明文件（manifest.json 或 backup.json）无效。',
  },
  'digest-mismatch': {
    en: 'A file does not match its SHA-256 digest: the file was altered or damaged.',
    zh: '文件与其 SHA-256 摘要不符：文件已被修改或损坏。',
  },
  'chain-mismatch': { en: 'The evidence hash chain does not verify: it was altered.', zh: '证据哈希链校验失败：内容已被修改。' },
  'duplicate-id': { en: 'The file repeats a record id.', zh: '文件中有重复的记录编号。' },
  'not-bundle': {
    en: 'This file is not a Wallet Witness evidence bundle.',
    zh: '该文件不是钱包维权助手的证据包。',
  },
  'not-backup': { en: 'This file is not a Wallet Witness backup.', zh: '该文件不是钱包维权助手的备份。' },
  'wrong-version': {
    en: 'This file was made by a newer version of Wallet Witness that this one cannot read. Update the extension, then try again.',
    zh: '该文件由更新版本的钱包维权助手生成，当前版本无法读取。请先更新扩展再重试。',
  },
  'already-imported': { en: 'This bundle was already imported into this browser.', zh: '该证据包已导入过本浏览器。' },
  'not-empty': { en: 'This browser already holds data; confirm that it may be replaced.', zh: '本浏览器中已有数据，需确认替换。' },
  'wrong-passphrase': {
    en: 'The passphrase is wrong (or the protected file was altered): it could not be opened.',
    zh: '密码错误（或受保护的文件已被修改）：无法打开。',
  },
  timeout: { en: 'Reading the file took too long and was stopped.', zh: '读取文件耗时过长，已停止。' },
  'storage-full': { en: 'Storage is full: the browser refused to save the data.', zh: '存储空间已满：浏览器拒绝保存数据。' },
  failed: { en: 'Reading or saving the data failed.', zh: '读取或保存数据失败。' },
};

/** A refused or failed archive operation. `message` is English with the detail; `text(lang)` for the UI. */
export class ArchiveError extends Error {
  override name = 'ArchiveError';
  constructor(
    readonly code: ArchiveErrorCode,
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(detail ? `${TEXT[code].en} (${detail})` : TEXT[code].en, options);
  }
  text(lang: 'en' | 'zh'): string {
    return TEXT[this.code][lang];
  }
}

/** Typed errors pass through; a full disk is storage-full; anything else `failed`. */
export function toArchiveError(err: unknown): ArchiveError {
  if (err instanceof ArchiveError) return err;
  if (isQuotaError(err)) return new ArchiveError('storage-full', undefined, { cause: err });
  return new ArchiveError('failed', err instanceof Error ? err.message : String(err), { cause: err });
}

/** What crosses from the reading worker to the page (an Error's class does not survive a message). */
export interface ArchiveErrorData {
  code: ArchiveErrorCode;
  detail?: string;
}

export function isArchiveErrorCode(code: unknown): code is ArchiveErrorCode {
  return typeof code === 'string' && Object.hasOwn(TEXT, code);
}
