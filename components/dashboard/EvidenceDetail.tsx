import { useEffect, useState } from 'react';
import { deleteEvidence, getBlob } from '@/lib/db/evidence';
import type { CaptureTiming, EvidenceRecord, ImportedRecord } from '@/lib/db/types';
import { recordWords } from '@/lib/evidence/record-kinds';
import { enumLabel, formatDateTime, t, uiLang } from '@/lib/i18n';
import { isolateSnapshot } from '@/lib/evidence/isolate';
import { firefoxWithoutArchive } from '@/lib/evidence/archive-note';
import { type SnapshotFacts, snapshotFacts } from '@/lib/evidence/snapshot-facts';
import { flagsText } from './import-words';
import { RedactPanel } from './RedactPanel';

/**
 * One item full size: screenshot, metadata, digests, and the page snapshot in an isolated frame.
 * An imported item (`imported`: where it came from and its verdict) shows that and its flags,
 * and cannot be deleted: it is a copy of another browser's evidence, not part of this log.
 */
export function EvidenceDetail({ record, imported, onClose }: { record: EvidenceRecord; imported?: string[]; onClose: () => void }) {
  const meta = record.meta!;
  const [shot, setShot] = useState<string | null>(null);
  const [html, setHtml] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a record never changes once written; its id names it
  useEffect(() => {
    let url: string | null = null;
    const full = record.artifacts.find((a) => a.name === 'full-page.png') ?? record.artifacts.find((a) => a.name === 'screenshot.png');
    const page = record.artifacts.find((a) => a.name === 'page.html');
    if (full) void getBlob(full.blobId).then((b) => b && setShot((url = URL.createObjectURL(b))));
    if (page) void getBlob(page.blobId).then(async (b) => b && setHtml(await isolateSnapshot(await b.text())));
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [record.id]);
  return (
    <section className="card evidence-view" aria-labelledby="evidence-detail-heading">
      <h4 id="evidence-detail-heading">{meta.title || meta.url}</h4>
      <p className="button-row">
        <button type="button" onClick={onClose}>
          {t('actionBack')}
        </button>{' '}
        {!imported && (
          <button type="button" aria-expanded={confirming} onClick={() => setConfirming(true)}>
            {t('evidenceDelete')}
          </button>
        )}
      </p>
      {imported && (
        <div className="import-origin">
          <p>
            <strong>{t('importedBadge')}</strong> · {imported.join(' · ')}
          </p>
          {flagsText((record as Partial<ImportedRecord>).flags ?? []).map((f) => (
            <p key={f} className="flag">
              {f}
            </p>
          ))}
        </div>
      )}
      {confirming && (
        <div className="notice bad" role="alertdialog" aria-label={t('evidenceDelete')}>
          <p>{t('evidenceDeleteConfirm')}</p>
          <p className="button-row">
            <button type="button" onClick={() => void deleteEvidence(record.id).then(onClose)}>
              {t('evidenceDeleteYes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('evidenceDeleteNo')}
            </button>
          </p>
        </div>
      )}
      <dl className="kv">
        <dt>{t('evidenceCapturedAt')}</dt>
        <dd>
          {formatDateTime(meta.capturedAt)} ({meta.capturedAt}, {meta.timeZone})
        </dd>
        <dt>{t('evidenceUrl')}</dt>
        <dd className="mono">{meta.url}</dd>
        {meta.note && (
          <>
            <dt>{t('evidenceNote')}</dt>
            <dd>{meta.note}</dd>
          </>
        )}
        {meta.timing && <TimingRows timing={meta.timing} />}
        <SnapshotRows facts={snapshotFacts(meta.snapshot)} />
        <dt>{t('evidenceRecordDigest')}</dt>
        <dd className="mono">{record.digest}</dd>
        {record.artifacts.map((a) => (
          <span key={a.name} style={{ display: 'contents' }}>
            <dt>{a.name}</dt>
            <dd className="mono">
              {a.sha256} · {a.size.toLocaleString()} B
            </dd>
          </span>
        ))}
      </dl>
      {firefoxWithoutArchive(record) && <p className="muted">{t('evidenceNoMhtmlFirefox')}</p>}
      {!imported && (
        <details>
          <summary>{t('redactHeading')}</summary>
          <RedactPanel record={record} />
        </details>
      )}
      {shot && <img className="full" src={shot} alt={t('evidenceScreenshotAlt')} />}
      {html !== null && (
        <>
          <h5>{t('evidenceSnapshot')}</h5>
          {/* sandbox="" : scripts off, opaque origin: the captured page never runs in our origin. */}
          <iframe title={t('evidenceSnapshot')} sandbox="" srcDoc={html} referrerPolicy="no-referrer" />
        </>
      )}
    </section>
  );
}

/** What page.html left out, from the record (counts only); records from before say so. */
function SnapshotRows({ facts }: { facts: SnapshotFacts | undefined }) {
  const blanked =
    facts && Object.entries(facts.blanked).map(([kind, n]) => t('evidenceBlankedCount', [String(n), enumLabel('secret', kind)]));
  return (
    <>
      <dt>{t('evidenceBlanked')}</dt>
      <dd>{!blanked ? t('evidenceNotRecorded') : blanked.join(', ') || t('evidenceBlankedNone')}</dd>
      <dt>{t('evidenceFonts')}</dt>
      <dd>{facts ? t('evidenceFontsCount', [String(facts.fonts.kept), String(facts.fonts.dropped)]) : t('evidenceNotRecorded')}</dd>
    </>
  );
}

/** When the capture started and ended and when each file was taken (this computer's clock). */
function TimingRows({ timing }: { timing: CaptureTiming }) {
  const w = recordWords(uiLang());
  const at = (iso: string) => `${formatDateTime(iso)} (${iso})`;
  return (
    <>
      <dt>{w.started}</dt>
      <dd>{at(timing.startedAt)}</dd>
      {Object.entries(timing.files).map(([name, iso]) => (
        <span key={name} style={{ display: 'contents' }}>
          <dt>{w.taken(name)}</dt>
          <dd>{at(iso)}</dd>
        </span>
      ))}
      <dt>{w.ended}</dt>
      <dd>{at(timing.endedAt)}</dd>
      <dd className="muted">{w.clock}</dd>
    </>
  );
}
