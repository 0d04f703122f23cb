import type { EvidenceRecord } from '../db/types';

/**
 * True for a capture taken in Firefox, which has no API to save a page as MHTML (pageCapture is
 * Chrome's): its page.html snapshot stands in for the archive, and the dashboard and report say so.
 * The user agent is part of the record's digested metadata, so this cannot be changed afterwards.
 */
export function firefoxWithoutArchive(record: EvidenceRecord): boolean {
  if (record.kind !== 'capture' || !record.meta) return false;
  return /\bFirefox\//.test(record.meta.userAgent ?? '') && !record.artifacts.some((a) => a.name === 'page.mhtml');
}
