// A large, valid, signed case bundle made with the extension's own code (in Node), for the
// responsiveness test: HTML snapshots that deflate well and screenshots that do not.
import { exportCaseBundle } from '../../lib/archive/bundle-write';
import { newSigner } from '../../lib/archive/signing';
import { pngHeaderCutter } from '../fixtures/png-cutter';
import type { CaseRecord, EvidenceRecord } from '../../lib/db/types';
import { linkRecords, type RecordDraft } from '../../lib/evidence/chain';
import { sha256Hex } from '../../lib/evidence/hash';

const RECORDS = 10;
const HTML_BYTES = 8 * 2 ** 20;
const PNG_BYTES = 4 * 2 ** 20;

function html(): Uint8Array {
  const rows: string[] = [];
  let size = 0;
  for (let n = 0; size < HTML_BYTES; n++) {
    const row = `<tr><td>${n}</td><td>Transfer ${(n * 7919) % 100_003} to account ${(n * 104_729) % 9_999_991}</td><td>${(n % 977) / 7} CNY</td></tr>\n`;
    rows.push(row);
    size += row.length;
  }
  return new TextEncoder().encode(`<!doctype html><html><body><table>${rows.join('')}</table></body></html>`);
}

function noise(): Uint8Array {
  const out = new Uint8Array(PNG_BYTES);
  for (let i = 0; i < out.length; i += 65_536) crypto.getRandomValues(out.subarray(i, i + 65_536));
  return out;
}

export async function bigBundle(): Promise<{ bytes: Uint8Array; entries: number; unpacked: number }> {
  const caseId = crypto.randomUUID();
  const at = '2026-11-26T12:00:00.000+08:00';
  const blobs = new Map<string, Blob>();
  const drafts: RecordDraft[] = [];
  let unpacked = 0;
  const page = html();
  for (let i = 0; i < RECORDS; i++) {
    const files = [
      { name: 'screenshot.png', type: 'image/png', data: noise() },
      { name: 'page.html', type: 'text/html', data: page },
    ];
    const artifacts = [];
    for (const f of files) {
      const blobId = crypto.randomUUID();
      blobs.set(blobId, new Blob([f.data as BlobPart], { type: f.type }));
      artifacts.push({ name: f.name, type: f.type, size: f.data.byteLength, sha256: await sha256Hex(f.data), blobId });
      unpacked += f.data.byteLength;
    }
    const meta = {
      url: `https://www.paypal.com/myaccount/activity/details/BIG${i}`,
      title: `Statement page ${i + 1}`,
      capturedAt: at,
      timeZone: 'Asia/Shanghai',
      viewport: { width: 1200, height: 800, devicePixelRatio: 1 },
      userAgent: 'test',
      extensionVersion: '0.1.0',
      detection: null,
      note: '',
    };
    drafts.push({ id: crypto.randomUUID(), caseId, kind: 'capture', meta, artifacts, recordedAt: at });
  }
  const evidence: EvidenceRecord[] = await linkRecords(undefined, drafts);
  const kase: CaseRecord = {
    id: caseId,
    siteId: 'paypal',
    provider: 'PayPal',
    title: 'A long statement dispute',
    situation: 'failed-transfer',
    transactions: [],
    remedy: 'refund',
    region: 'CN',
    status: 'filed',
    contacts: [],
    createdAt: at,
    updatedMs: 1,
    searchText: '',
  };
  const bytes = await exportCaseBundle({
    case: kase,
    events: [],
    evidence,
    links: [],
    blobs,
    imports: [],
    locale: 'en',
    extensionVersion: '0.1.0',
    now: new Date(),
    signer: await newSigner(),
    cutter: pngHeaderCutter,
  });
  return { bytes, entries: RECORDS * 2 + 5, unpacked };
}
