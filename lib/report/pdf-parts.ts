import type { EvidenceRecord } from '../db/types';
import { buildReportPdf, type PdfInput } from './report-pdf';

/**
 * The size above which the PDF is offered in parts. The UK Legal Ombudsman's complaint form takes
 * at most 18 MB of uploaded files in all ("Guide to uploading documents with your complaint
 * form", legalombudsman.org.uk, checked 2026-12-07); the README lists it with the other portals.
 */
export const PORTAL_LIMIT_BYTES = 18 * 1000 * 1000;

export interface PdfFile {
  name: string;
  bytes: Uint8Array;
}

/** `wallet-witness-report-<provider>-<id8>.pdf` (ASCII), or `…-part-<k>-of-<n>.pdf`. */
export function pdfName(provider: string, caseId: string, part?: { k: number; n: number }): string {
  const slug =
    provider
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'case';
  return `wallet-witness-report-${slug}-${caseId.slice(0, 8)}${part ? `-part-${part.k}-of-${part.n}` : ''}.pdf`;
}

/** Groups of records whose files add up to under `limit` (a record larger than that alone in its group). */
function groups(records: EvidenceRecord[], limit: number): EvidenceRecord[][] {
  const out: EvidenceRecord[][] = [];
  let current: EvidenceRecord[] = [];
  let size = 0;
  for (const r of [...records].sort((a, b) => a.seq - b.seq)) {
    const bytes = r.artifacts.reduce((s, a) => s + a.size, 0) + 4096;
    if (current.length && size + bytes > limit) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(r);
    size += bytes;
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * The whole report as one PDF and, when that is over `limit`, the same split in parts: each part
 * repeats the case's facts, holds some of the items, and names the other parts' files.
 */
export async function reportPdfs(
  input: PdfInput,
  font: Uint8Array,
  limit = PORTAL_LIMIT_BYTES,
): Promise<{ whole: PdfFile; parts: PdfFile[] | null }> {
  const whole = { name: pdfName(input.case.provider, input.case.id), bytes: await buildReportPdf(input, font) };
  if (whole.bytes.byteLength <= limit) return { whole, parts: null };
  // Files in a PDF weigh about what they weigh as files (images are re-compressed losslessly):
  // aim each part at 80 % of the limit to leave room for the text and the fonts.
  const split = groups(input.evidence, limit * 0.8);
  if (split.length < 2) return { whole, parts: null };
  const names = split.map((_, i) => pdfName(input.case.provider, input.case.id, { k: i + 1, n: split.length }));
  const parts: PdfFile[] = [];
  for (const [index, records] of split.entries()) {
    const items = new Set(records.map((r) => r.id));
    parts.push({ name: names[index]!, bytes: await buildReportPdf(input, font, { index, names, items }) });
  }
  return { whole, parts };
}
