import type { EvidenceRecord } from '../db/types';

/**
 * The kinds of record in the evidence log and how every view (dashboard, report.html, PDF) names
 * them. The log only grows: filing and deleting are new records that name the old one by id and
 * digest (lib/evidence/chain.ts has the digest rules).
 *
 * - `capture`: a page as this browser showed it. `meta` (URL, title, times, `timing`), files.
 * - `attachment`: a file the person added. `attachment` (name as chosen, size, type,
 *   lastModified, intake time, `.eml` headers), one file `file.<ext>` holding its exact bytes.
 * - `filing`: puts the record `filed: { id, digest }` under this record's `caseId` (null:
 *   back to Unfiled). The latest filing of a record says where it is; `recordedAt` is when.
 * - `tombstone`: `deleted: { id, at, digest }`; the named record's content (meta, attachment,
 *   salt, files) is erased, its digest, commitment and file digests stay.
 *
 * Times are this computer's clock; a capture shows what this browser displayed.
 */
type Lang = 'en' | 'zh';

const WORDS = {
  en: {
    erased: (at: string) => `Content erased by the user on ${at}. Its digest is kept, so the log still verifies.`,
    filed: (at: string) => `Filed here on ${at}`,
    intake: (at: string) =>
      `This file existed, unchanged, no later than ${at} (when it was added). That says nothing about whether it is what it claims to be.`,
    dkim: (present: boolean) =>
      present
        ? 'Carries a DKIM-Signature header. Not verified: that needs the sender domain’s key from DNS, and this extension makes no network request.'
        : 'Carries no DKIM-Signature header.',
    clock: 'Times come from this computer’s clock; a capture shows what this browser displayed.',
    started: 'Capture started',
    ended: 'Capture ended',
    taken: (name: string) => `${name} taken`,
  },
  zh: {
    erased: (at: string) => `内容已由用户于 ${at} 清除。其摘要仍保留，证据链仍可校验。`,
    filed: (at: string) => `于 ${at} 归入此投诉`,
    intake: (at: string) => `此文件最晚于 ${at}（添加时）已存在且未被改动。这并不证明它就是其声称的内容。`,
    dkim: (present: boolean) =>
      present
        ? '带有 DKIM-Signature 头。未校验：校验需要从 DNS 获取发件域的密钥，而本扩展不发出任何网络请求。'
        : '不带 DKIM-Signature 头。',
    clock: '时间取自本机时钟；采集内容为本浏览器当时显示的内容。',
    started: '采集开始',
    ended: '采集结束',
    taken: (name: string) => `${name} 拍摄于`,
  },
} as const;

/** The words for records, in the report's or the UI's language. */
export function recordWords(lang: Lang) {
  return WORDS[lang];
}

/** A record's title as lists show it: a page's title (or URL), a file's name, or nothing once erased. */
export function itemTitle(r: Pick<EvidenceRecord, 'meta' | 'attachment'>): string {
  return r.meta?.title || r.meta?.url || r.attachment?.fileName || '';
}

/** When the item came in: a capture's time, a file's intake time. */
export function itemTime(r: Pick<EvidenceRecord, 'meta' | 'attachment' | 'recordedAt'>): string {
  return r.meta?.capturedAt ?? r.attachment?.intakeAt ?? r.recordedAt;
}

/** Where it came from: a capture's URL, or the file's type and size. */
export function itemSource(r: Pick<EvidenceRecord, 'meta' | 'attachment'>): string {
  if (r.meta) return r.meta.url;
  return r.attachment ? `${r.attachment.type || 'application/octet-stream'} · ${r.attachment.size} B` : '';
}
