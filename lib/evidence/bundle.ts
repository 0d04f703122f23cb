import { zipSync, strToU8, type Zippable } from 'fflate';
import { isoWithOffset } from '../db/cases';
import type { CaseEvent, CaseRecord, EvidenceRecord } from '../db/types';
import { GENESIS } from './chain';
import { BundleError } from './errors';
import { sha256Hex, toBytes } from './hash';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Manifest, type ManifestItem } from './bundle-schema';
import { recordDir } from './names';
import { renderReport, type ReportItem } from './report';

export { importCaseBundle, type ParsedBundle } from './bundle-import';

export interface BundleInput {
  case: CaseRecord;
  events: CaseEvent[];
  /** Every record of the case (captures, deleted ones, tombstones), any order. */
  evidence: EvidenceRecord[];
  /** Blob of each artifact by blobId; deleted records have none. */
  blobs: Map<string, Blob>;
  locale: string;
  extensionVersion: string;
  now: Date;
}

/** Screenshots up to this size are embedded in report.html; larger ones are linked. */
const THUMBNAIL_MAX_BYTES = 512 * 1024;
/** Already-compressed formats are stored, not deflated again (faster, same size). */
const STORED = /^(image\/(png|jpeg|webp|gif)|application\/zip)/;

/**
 * One case as a ZIP: manifest.json, evidence/<seq>-<id>/<name>, report.html and SHA256SUMS
 * (coreutils format over every other file, so `sha256sum -c SHA256SUMS` checks the bundle).
 */
export async function exportCaseBundle(input: BundleInput): Promise<Uint8Array> {
  const records = [...input.evidence].sort((a, b) => a.seq - b.seq);
  const deletedAt = new Map(records.flatMap((r) => (r.deleted ? [[r.deleted.id, r.deleted.at] as const] : [])));
  const files = new Map<string, { data: Uint8Array; stored: boolean }>();
  const items: ManifestItem[] = [];
  const reportItems: ReportItem[] = [];

  for (const r of records) {
    const removed = deletedAt.has(r.id);
    const dir = recordDir(r.seq, r.id);
    const reportFiles: ReportItem['files'] = [];
    let thumbnail: string | undefined;
    for (const a of r.artifacts) {
      if (removed) continue;
      const blob = input.blobs.get(a.blobId);
      if (!blob) throw new BundleError('missing-file', `${dir}/${a.name}: its data is missing from this browser`);
      const data = await toBytes(blob);
      const path = `${dir}/${a.name}`;
      files.set(path, { data, stored: STORED.test(a.type) });
      reportFiles.push({ name: a.name, path });
      if (!thumbnail && a.type.startsWith('image/') && data.byteLength <= THUMBNAIL_MAX_BYTES)
        thumbnail = `data:${a.type};base64,${base64(data)}`;
    }
    const { digest, prevDigest, origin, deleted, caseId, kind, meta, recordedAt, seq, id } = r;
    const artifacts = r.artifacts.map(({ name, type, size, sha256 }) => ({
      name,
      type,
      size,
      sha256,
      file: removed ? null : `${dir}/${name}`,
    }));
    items.push({ id, seq, caseId, kind, meta: meta as ManifestItem['meta'], artifacts, deleted, recordedAt, prevDigest, digest, origin });
    if (kind === 'capture') reportItems.push({ record: r, files: reportFiles, thumbnail, deletedAt: deletedAt.get(id) });
  }

  const exportedAt = isoWithOffset(input.now);
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt,
    extensionVersion: input.extensionVersion,
    locale: input.locale,
    hashChain: {
      algorithm: 'SHA-256',
      digest:
        'sha256 of RFC 8785 canonical JSON of {seq,id,caseId,kind,meta,artifacts[{name,type,size,sha256}],deleted,recordedAt,prevDigest,origin}',
      genesis: GENESIS,
      links: 'prevDigest of record seq n+1 = digest of record seq n; this case holds a subset of the log, so only neighbouring seqs link',
      origin: 'imported records: seq/prevDigest/digest they had in the log they were captured in',
    },
    case: input.case as Manifest['case'],
    events: input.events.map(({ id: _id, ...e }) => e) as Manifest['events'],
    evidence: items,
  };
  const text = (s: string) => ({ data: strToU8(s), stored: false });
  files.set('manifest.json', text(`${JSON.stringify(manifest, null, 2)}\n`));
  files.set(
    'report.html',
    text(
      renderReport({
        case: input.case,
        events: input.events,
        items: reportItems,
        locale: input.locale,
        generatedAt: exportedAt,
        extensionVersion: input.extensionVersion,
      }),
    ),
  );

  const paths = [...files.keys()].sort();
  let sums = '';
  for (const path of paths) sums += `${await sha256Hex(files.get(path)!.data)}  ${path}\n`;
  files.set('SHA256SUMS', text(sums));

  const zippable: Zippable = {};
  for (const [path, f] of files) zippable[path] = [f.data, { level: f.stored ? 0 : 6, mtime: input.now }];
  return zipSync(zippable);
}

function base64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
