import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { evidenceForCase, loadCaseForExport, verifyLog } from '@/lib/db/evidence';
import type { EvidenceRecord } from '@/lib/db/types';
import { exportCaseBundle } from '@/lib/evidence/bundle';
import { bundleFileName, downloadBytes } from '@/lib/evidence/download';
import { formatDateTime, t, uiLang } from '@/lib/i18n';
import { EvidenceDetail } from './EvidenceDetail';
import { Thumb } from './Thumb';

type Verdict = { ok: true } | { ok: false; text: string } | null;

/** The case's evidence: gallery, verification of the whole log, and the bundle export. */
export function EvidenceSection({ caseId }: { caseId: string }) {
  const records = useLiveQuery(() => evidenceForCase(caseId), [caseId]);
  const [open, setOpen] = useState<EvidenceRecord | null>(null);
  const [verdict, setVerdict] = useState<Verdict>(null);
  const [busy, setBusy] = useState(false);
  const deleted = new Map((records ?? []).flatMap((r) => (r.deleted ? [[r.deleted.id, r.deleted.at] as const] : [])));

  const verify = async () => {
    setBusy(true);
    const v = await verifyLog();
    setVerdict(v.ok ? { ok: true } : { ok: false, text: v.problems.map((p) => `#${p.seq} ${p.problem}: ${p.detail}`).join('; ') });
    setBusy(false);
  };
  const exportBundle = async () => {
    setBusy(true);
    try {
      const data = await loadCaseForExport(caseId);
      const now = new Date();
      const zip = await exportCaseBundle({ ...data, locale: uiLang(), extensionVersion: browser.runtime.getManifest().version, now });
      downloadBytes(zip, bundleFileName(data.case.provider, caseId, now), 'application/zip');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="evidence-heading">
      <h3 id="evidence-heading">{t('dashEvidence')}</h3>
      <p className="button-row">
        <button type="button" disabled={busy} onClick={() => void verify()}>{t('dashVerify')}</button>{' '}
        <button type="button" disabled={busy} onClick={() => void exportBundle()}>{t('dashExport')}</button>
      </p>
      <div role="status" aria-live="polite">
        {verdict && <p className={`notice ${verdict.ok ? 'good' : 'bad'}`}>{verdict.ok ? t('dashVerifyIntact') : t('dashVerifyBroken', verdict.text)}</p>}
      </div>
      {records?.length === 0 && <p className="muted">{t('dashEvidenceEmpty')}</p>}
      <ul className="gallery" aria-label={t('dashEvidence')}>
        {records?.filter((r) => r.kind === 'capture').map((r) => (
          <li key={r.id}>
            {deleted.has(r.id) ? (
              <div className="tombstone card">{t('evidenceDeleted', formatDateTime(deleted.get(r.id)!))}</div>
            ) : (
              <button type="button" onClick={() => setOpen(r)} aria-label={t('evidenceOpen', formatDateTime(r.meta!.capturedAt))}>
                <Thumb record={r} />
                <span className="muted">{formatDateTime(r.meta!.capturedAt)}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {open && <EvidenceDetail record={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
