import { strToU8 } from 'fflate';
import { isoWithOffset } from '../db/cases';
import type { ChainHead } from '../db/chain-head';
import type { CaseEvent, CaseRecord, EvidenceRecord, ImportRecord } from '../db/types';
import { GENESIS } from '../evidence/chain';
import { sha256Hex, toBytes } from '../evidence/hash';
import { recordDir } from '../evidence/names';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  MANIFEST_FILE,
  type Manifest,
  type ManifestImport,
  type ManifestItem,
  type ManifestLink,
  REPORT_FILE,
} from './bundle-schema';
import { ArchiveError } from './errors';
import { reportImports } from './bundle-report';
import { type ReportItem, reportChunks } from './report';
import { type ImageCutter, isReportImage, type ReportImage, reportImage } from './report-images';
import { KEY_FILE, SIGNATURE_ALGORITHM, SIGNATURE_FILE, type Signer, signBytes, spkiToPem } from './signing';
import { SUMS_FILE, writeSums } from './sums';
import { type ArchiveFile, STORED_TYPES, writeZip } from './zip-write';

/** A bundle this browser imported into the case, with its original files (path → bytes). */
export interface CaseImport {
  row: ImportRecord;
  files: Map<string, Blob>;
}

export interface BundleInput {
  case: CaseRecord;
  events: CaseEvent[];
  /** Every record of the case in this browser's log (captures, deleted ones, tombstones). */
  evidence: EvidenceRecord[];
  /** The log's other records between the case's first and last (chain values only). */
  links: ManifestLink[];
  /** Blob of each artifact by blobId; deleted records have none. */
  blobs: Map<string, Blob>;
  /** Bundles imported into the case: the top-level ones with their files; nested ones for the report. */
  imports: CaseImport[];
  locale: string;
  extensionVersion: string;
  now: Date;
  /** The install's key; null writes an unsigned bundle. */
  signer: Signer | null;
  /** The log's head at export (lib/db/chain-head.ts): it fixes every record before it, this case's too. */
  chainHead?: ChainHead | null;
  /** Decodes and slices images for report.html (the dashboard's canvas: lib/report/canvas-cutter.ts). */
  cutter: ImageCutter;
  /** Told report.html's size in bytes, for the export's outcome. */
  onReport?: (bytes: number) => void;
  /** More files at the bundle's top level (a complaint pack's case.json): in SHA256SUMS and, with their digests, in the manifest's `extra` (so under its signature). */
  extraFiles?: Map<string, Uint8Array>;
}

/**
 * One case as a ZIP: manifest.json, evidence/<seq>-<id>/<name>, imported/<n>/ (each imported
 * bundle verbatim), report.html, the signature (manifest.json.sig, signing-key.pem) and
 * SHA256SUMS over every other file, so `sha256sum -c SHA256SUMS` checks the bundle.
 */
export async function exportCaseBundle(input: BundleInput): Promise<Uint8Array> {
  const files = new Map<string, ArchiveFile>();
  const records = [...input.evidence].sort((a, b) => a.seq - b.seq);
  const { items, reportItems } = await addRecords(records, input.blobs, files, input.cutter);
  const imported: ManifestImport[] = [];
  for (const { row, files: original } of input.imports.filter((i) => !i.row.within)) {
    const dir = `imported/${imported.length + 1}`;
    for (const [path, blob] of original) files.set(`${dir}/${path}`, { data: await toBytes(blob), stored: true });
    const { fileName, importedAt, signature, manifestSha256 } = row;
    imported.push({ dir, fileName, importedAt, signature, manifestSha256 });
  }

  const exportedAt = isoWithOffset(input.now);
  const fingerprint = input.signer?.fingerprint ?? null;
  const report = encodeChunks(
    reportChunks({
      case: input.case,
      events: input.events,
      items: reportItems,
      imports: reportImports(input.imports),
      fingerprint,
      chainHead: input.chainHead ?? null,
      locale: input.locale,
      generatedAt: exportedAt,
      extensionVersion: input.extensionVersion,
    }),
  );
  files.set(REPORT_FILE, { data: report });
  input.onReport?.(report.byteLength);
  const extra: { file: string; sha256: string }[] = [];
  for (const [path, data] of input.extraFiles ?? []) {
    files.set(path, { data });
    extra.push({ file: path, sha256: await sha256Hex(data) });
  }
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
      links: 'prevDigest of record seq n+1 = digest of record seq n; `links` holds the other records of the log between this case records',
      origin: 'records imported before version 2 joined the log: seq/prevDigest/digest they had in the log they were captured in',
    },
    // `dueMs` is derived from the case's dates on every write (lib/db/case-writes.ts): it does not travel.
    case: (({ dueMs: _due, ...c }) => c)(input.case) as Manifest['case'],
    events: input.events.map(({ id: _id, ...e }) => e) as Manifest['events'],
    evidence: items,
    links: input.links,
    ...(input.chainHead ? { chainHead: input.chainHead } : {}),
    imported,
    report: { file: REPORT_FILE, sha256: await sha256Hex(report) },
    ...(extra.length ? { extra } : {}),
    signing: input.signer
      ? { algorithm: SIGNATURE_ALGORITHM, key: KEY_FILE, signature: SIGNATURE_FILE, fingerprint: input.signer.fingerprint }
      : undefined,
    coverage: {
      evidence: 'every record (id, seq, digest, metadata, file digests) is covered by the hash chain and by the signature',
      case: 'case details and events are covered by the signature only, as they were at export; the hash chain does not cover them',
      imported: 'imported bundles are included verbatim under their dir, with their own manifest and signature',
      ...(extra.length
        ? {
            extra:
              "the files in `extra` (a complaint pack's case.json and its schema) are listed with their digests, so the signature covers them",
          }
        : {}),
    },
  };
  const json = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  files.set(MANIFEST_FILE, { data: json });
  if (input.signer) {
    files.set(SIGNATURE_FILE, { data: await signBytes(input.signer, json) });
    files.set(KEY_FILE, { data: strToU8(spkiToPem(input.signer.spki)) });
  }
  files.set(SUMS_FILE, { data: await writeSums(new Map([...files].map(([p, f]) => [p, f.data]))) });
  return writeZip(files, input.now);
}

async function addRecords(records: EvidenceRecord[], blobs: Map<string, Blob>, files: Map<string, ArchiveFile>, cutter: ImageCutter) {
  const deletedAt = new Map(records.flatMap((r) => (r.deleted ? [[r.deleted.id, r.deleted.at] as const] : [])));
  // Records in seq order: a later filing of the same record overrides an earlier one.
  const filedAt = new Map(records.flatMap((r) => (r.kind === 'filing' && r.filed ? [[r.filed.id, r.recordedAt] as const] : [])));
  const items: ManifestItem[] = [];
  const reportItems: ReportItem[] = [];
  for (const r of records) {
    const removed = deletedAt.has(r.id);
    const dir = recordDir(r.seq, r.id);
    const reportFiles: ReportItem['files'] = [];
    const images: ReportImage[] = [];
    for (const a of removed ? [] : r.artifacts) {
      const blob = blobs.get(a.blobId);
      if (!blob) throw new ArchiveError('missing-file', `${dir}/${a.name}: its data is missing from this browser`);
      const data = await toBytes(blob);
      files.set(`${dir}/${a.name}`, { data, stored: STORED_TYPES.test(a.type) });
      reportFiles.push({ name: a.name, path: `${dir}/${a.name}` });
      if (isReportImage(a.name, a.type)) images.push(await reportImage(a.name, a.type, data, cutter));
    }
    const { digest, prevDigest, origin, deleted, caseId, kind, meta, recordedAt, seq, id, attachment, metaCommit, metaSalt, filed } = r;
    const artifacts = r.artifacts.map(({ name, type, size, sha256 }) => ({
      name,
      type,
      size,
      sha256,
      file: removed ? null : `${dir}/${name}`,
    }));
    const item = {
      id,
      seq,
      caseId,
      kind,
      meta,
      attachment,
      metaCommit,
      metaSalt,
      artifacts,
      deleted,
      filed,
      recordedAt,
      prevDigest,
      digest,
      origin,
      facts: kind === 'capture' ? (meta?.facts ?? []) : undefined,
    };
    items.push(item as ManifestItem);
    if (kind === 'capture' || kind === 'attachment')
      reportItems.push({
        record: r,
        files: reportFiles,
        images,
        deletedAt: deletedAt.get(id),
        filedAt: filedAt.get(id),
        legacySeq: origin?.seq,
      });
  }
  return { items, reportItems };
}

/** The report's pieces as one UTF-8 file: each piece encoded once, then copied once into place. */
function encodeChunks(chunks: string[]): Uint8Array {
  const parts = chunks.map((c) => strToU8(c));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
