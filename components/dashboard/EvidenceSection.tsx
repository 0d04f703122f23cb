import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { exportCaseBundle } from '@/lib/archive/bundle-write';
import { bundleFileName, downloadBytes } from '@/lib/archive/download';
import { ArchiveError } from '@/lib/archive/errors';
import { caseArchive } from '@/lib/db/case-archive';
import { getEvidence, verifyLog } from '@/lib/db/evidence';
import { caseRecords } from '@/lib/db/filing';
import { installFingerprint, installSigner } from '@/lib/db/keys';
import type { EvidenceRecord, ImportRecord } from '@/lib/db/types';
import type { ChainProblem } from '@/lib/evidence/chain';
import { canvasCutter } from '@/lib/report/canvas-cutter';
import { formatDateTime, t, uiLang } from '@/lib/i18n';
import { AddFiles } from './AddFiles';
import { AttachmentItem } from './AttachmentItem';
import { EvidenceDetail } from './EvidenceDetail';
import { ImportedGallery, type OpenImported } from './ImportedGallery';
import { PdfReport } from './PdfReport';
import { SectionBoundary } from './SectionBoundary';
import { Thumb } from './Thumb';
import { describeProblem, importVerdicts } from './verify-words';

/** Above this, the export says how large report.html is (common e-mail services take 20 to 25 MB per message). */
const LARGE_REPORT_BYTES = 10 * 1000 * 1000;

type Verdict = { ok: boolean; text: string; imported: string[] } | null;

/** The case's evidence: gallery (captured here, then imported), verification, and the bundle export. */
export function EvidenceSection({ caseId, imports }: { caseId: string; imports: readonly ImportRecord[] }) {
  // Its own records and those filed into it (lib/db/filing.ts), with the filings and deletions.
  const records = useLiveQuery(() => caseRecords(caseId), [caseId]);
  // Read only (a live query must not write): the key is made by the first export.
  const fingerprint = useLiveQuery(() => installFingerprint(), []);
  const [open, setOpen] = useState<{ record: EvidenceRecord; imported?: string[] } | null>(null);
  const [verdict, setVerdict] = useState<Verdict>(null);
  const [busy, setBusy] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exportNote, setExportNote] = useState<string | null>(null);
  const deleted = new Map((records ?? []).flatMap((r) => (r.deleted ? [[r.deleted.id, r.deleted.at] as const] : [])));
  const filedAt = new Map((records ?? []).flatMap((r) => (r.kind === 'filing' && r.filed ? [[r.filed.id, r.recordedAt] as const] : [])));

  const verify = async () => {
    setBusy(true);
    setExportError(null);
    setVerdict(null);
    try {
      const v = await verifyLog();
      const byId = new Map((v.ok ? [] : await recordsNamed(v.problems)).map((r) => [r.id, r]));
      const local = v.ok
        ? t('dashVerifyIntact')
        : t('dashVerifyBroken', v.problems.map((p) => describeProblem(p, byId.get(p.id))).join('; '));
      const imported = await importVerdicts(imports);
      setVerdict({
        ok: v.ok && imported.every((i) => i.ok),
        text: imports.length ? t('verifyLocal', local) : local,
        imported: imported.map((i) => i.text),
      });
    } finally {
      setBusy(false);
    }
  };
  const exportBundle = async () => {
    setBusy(true);
    setExportError(null);
    setExportNote(null);
    try {
      const data = await caseArchive(caseId);
      let reportBytes = 0;
      const now = new Date();
      const signer = await installSigner();
      const zip = await exportCaseBundle({
        ...data,
        locale: uiLang(),
        extensionVersion: browser.runtime.getManifest().version,
        now,
        signer,
        cutter: canvasCutter,
        onReport: (bytes) => {
          reportBytes = bytes;
        },
      });
      const name = bundleFileName(data.case.provider, caseId, now);
      downloadBytes(zip, name, 'application/zip');
      if (reportBytes > LARGE_REPORT_BYTES) setExportNote(t('exportLargeReport', [name, (reportBytes / 1e6).toFixed(1)]));
    } catch (err) {
      setExportError(
        err instanceof ArchiveError ? `${err.text(uiLang())} (${err.detail ?? ''})` : err instanceof Error ? err.message : String(err),
      );
    } finally {
      setBusy(false);
    }
  };
  /** The records the problems name (the log spans every case: some may be another case's). */
  const recordsNamed = (problems: ChainProblem[]) => getEvidence(problems.map((p) => p.id));

  return (
    <section aria-labelledby="evidence-heading">
      <h3 id="evidence-heading">{t('dashEvidence')}</h3>
      <p className="button-row">
        <button type="button" disabled={busy} onClick={() => void verify()}>
          {t('dashVerify')}
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => void exportBundle()}>
          {t('dashExport')}
        </button>{' '}
        <PdfReport caseId={caseId} />
      </p>
      {fingerprint && <p className="muted">{t('exportSignedWith', fingerprint.slice(0, 16))}</p>}
      <div role="status" aria-live="polite">
        {verdict && (
          <div className={`notice ${verdict.ok ? 'good' : 'bad'}`}>
            <p>{verdict.text}</p>
            {verdict.imported.map((text) => (
              <p key={text}>{text}</p>
            ))}
          </div>
        )}
        {exportError && <p className="notice bad">{t('exportFailed', exportError)}</p>}
        {exportNote && <p className="notice export-note">{exportNote}</p>}
      </div>
      {records?.length === 0 && !imports.length && <p className="muted">{t('dashEvidenceEmpty')}</p>}
      <ul className="gallery" aria-label={t('dashEvidence')}>
        {records
          ?.filter((r) => r.kind === 'capture')
          .map((r) => (
            <li key={r.id}>
              {/* One item that cannot be shown (meta null, a date that is not one) leaves the others. */}
              <SectionBoundary name={t('dashEvidence')}>
                <GalleryItem record={r} deletedAt={deleted.get(r.id)} onOpen={() => setOpen({ record: r })} />
              </SectionBoundary>
              {r.origin && <span className="origin">{t('importedLegacy', String(r.origin.seq))}</span>}
              {filedAt.has(r.id) && <span className="muted filed-at">{t('unfiledFiledAt', formatDateTime(filedAt.get(r.id)!))}</span>}
            </li>
          ))}
      </ul>
      <AddFiles caseId={caseId} />
      {records?.some((r) => r.kind === 'attachment') && (
        <section aria-labelledby="attachments-heading">
          <h4 id="attachments-heading">{t('attachmentsTitle')}</h4>
          <ul className="attachments">
            {records
              .filter((r) => r.kind === 'attachment')
              .map((r) => (
                <li key={r.id}>
                  <SectionBoundary name={t('attachmentsTitle')}>
                    <AttachmentItem record={r} deletedAt={deleted.get(r.id)} filedAt={filedAt.get(r.id)} />
                  </SectionBoundary>
                </li>
              ))}
          </ul>
        </section>
      )}
      <SectionBoundary name={t('dashEvidence')}>
        <ImportedGallery imports={imports} onOpen={(item: OpenImported) => setOpen({ record: item.record, imported: item.origin })} />
      </SectionBoundary>
      {open && (
        <SectionBoundary key={open.record.id} name={t('dashEvidence')}>
          <EvidenceDetail record={open.record} imported={open.imported} onClose={() => setOpen(null)} />
        </SectionBoundary>
      )}
    </section>
  );
}

/** A component of its own, so that what it reads from the record is read inside its boundary. */
function GalleryItem({ record, deletedAt, onOpen }: { record: EvidenceRecord; deletedAt: string | undefined; onOpen: () => void }) {
  if (deletedAt !== undefined) return <div className="tombstone card">{t('evidenceDeleted', formatDateTime(deletedAt))}</div>;
  const when = formatDateTime(record.meta!.capturedAt);
  return (
    <button type="button" onClick={onOpen} aria-label={t('evidenceOpen', when)}>
      <Thumb record={record} />
      <span className="muted">{when}</span>
    </button>
  );
}
