import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { evidenceForCase, getEvidence, loadCaseForExport, verifyLog } from '@/lib/db/evidence';
import type { EvidenceRecord } from '@/lib/db/types';
import type { ChainProblem } from '@/lib/evidence/chain';
import { BundleError } from '@/lib/evidence/errors';
import { exportCaseBundle } from '@/lib/evidence/bundle';
import { bundleFileName, downloadBytes } from '@/lib/evidence/download';
import { formatDateTime, t, uiLang } from '@/lib/i18n';
import { EvidenceDetail } from './EvidenceDetail';
import { SectionBoundary } from './SectionBoundary';
import { Thumb } from './Thumb';

type Verdict = { ok: true } | { ok: false; text: string } | null;

/** One problem of verifyChain in words: which item (number, title, time) and what is wrong with it. */
function describeProblem(p: ChainProblem, record: EvidenceRecord | undefined): string {
  const title = record?.meta?.title || record?.meta?.url || '';
  const item = record?.meta
    ? t('verifyItem', [String(p.seq), title.length > 80 ? `${title.slice(0, 79)}…` : title, formatDateTime(record.meta.capturedAt)])
    : t('verifyItemOther', String(p.seq));
  // chain.ts starts an artifact problem's detail with the file name: "screenshot.png: sha256 …".
  const file = /^([^:\s]+):/.exec(p.detail)?.[1] ?? '';
  const what = {
    'artifact-mismatch': () => t('verifyFileAltered', file),
    'missing-artifact': () => t('verifyFileMissing', file),
    'digest-mismatch': () => t('verifyRecordAltered'),
    'broken-link': () => t('verifyLinkBroken'),
    'seq-gap': () => t('verifySeqGap'),
  }[p.problem]();
  return `${item}: ${what}`;
}

/** The case's evidence: gallery, verification of the whole log, and the bundle export. */
export function EvidenceSection({ caseId }: { caseId: string }) {
  const records = useLiveQuery(() => evidenceForCase(caseId), [caseId]);
  const [open, setOpen] = useState<EvidenceRecord | null>(null);
  const [verdict, setVerdict] = useState<Verdict>(null);
  const [busy, setBusy] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const deleted = new Map((records ?? []).flatMap((r) => (r.deleted ? [[r.deleted.id, r.deleted.at] as const] : [])));

  const verify = async () => {
    setBusy(true);
    setExportError(null);
    setVerdict(null);
    try {
      const v = await verifyLog();
      const byId = new Map((v.ok ? [] : await recordsNamed(v.problems)).map((r) => [r.id, r]));
      setVerdict(v.ok ? { ok: true } : { ok: false, text: v.problems.map((p) => describeProblem(p, byId.get(p.id))).join('; ') });
    } finally {
      setBusy(false);
    }
  };
  const exportBundle = async () => {
    setBusy(true);
    setExportError(null);
    try {
      const data = await loadCaseForExport(caseId);
      const now = new Date();
      const zip = await exportCaseBundle({ ...data, locale: uiLang(), extensionVersion: browser.runtime.getManifest().version, now });
      downloadBytes(zip, bundleFileName(data.case.provider, caseId, now), 'application/zip');
    } catch (err) {
      setExportError(
        err instanceof BundleError ? `${err.text(uiLang())} (${err.detail ?? ''})` : err instanceof Error ? err.message : String(err),
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
        </button>
      </p>
      <div role="status" aria-live="polite">
        {verdict && (
          <p className={`notice ${verdict.ok ? 'good' : 'bad'}`}>
            {verdict.ok ? t('dashVerifyIntact') : t('dashVerifyBroken', verdict.text)}
          </p>
        )}
        {exportError && <p className="notice bad">{t('exportFailed', exportError)}</p>}
      </div>
      {records?.length === 0 && <p className="muted">{t('dashEvidenceEmpty')}</p>}
      <ul className="gallery" aria-label={t('dashEvidence')}>
        {records
          ?.filter((r) => r.kind === 'capture')
          .map((r) => (
            <li key={r.id}>
              {/* One item that cannot be shown (meta null, a date that is not one) leaves the others. */}
              <SectionBoundary name={t('dashEvidence')}>
                <GalleryItem record={r} deletedAt={deleted.get(r.id)} onOpen={() => setOpen(r)} />
              </SectionBoundary>
            </li>
          ))}
      </ul>
      {open && (
        <SectionBoundary key={open.id} name={t('dashEvidence')}>
          <EvidenceDetail record={open} onClose={() => setOpen(null)} />
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
