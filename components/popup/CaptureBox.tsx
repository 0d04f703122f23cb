import { useEffect, useState } from 'react';
import type { CaptureResult } from '@/lib/background/capture';
import type { CaseRecord } from '@/lib/db/types';
import { formatDateTime, t } from '@/lib/i18n';
import { send } from '@/lib/messages';
import { thumbnailUrl } from '@/lib/db/evidence-view';

type Phase = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; result: CaptureResult; thumb: string | null } | { kind: 'error'; message: string };

/** One click: capture the tab, filed under the chosen case, then show time, digest, thumbnail. */
export function CaptureBox({ tabId, openCase, cases, suggestNew }: { tabId: number; openCase: CaseRecord | null; cases: CaseRecord[]; suggestNew: boolean }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [fileUnder, setFileUnder] = useState<string>('');
  const [note, setNote] = useState('');
  const [fullPage, setFullPage] = useState(false);
  const target = fileUnder || (openCase ? openCase.id : suggestNew ? 'new' : 'none');
  useEffect(() => () => { if (phase.kind === 'done' && phase.thumb) URL.revokeObjectURL(phase.thumb); }, [phase]);

  const capture = async () => {
    setPhase({ kind: 'busy' });
    try {
      const result = await send<CaptureResult>('capture', {
        tabId,
        caseId: target === 'new' || target === 'none' ? null : target,
        newCase: target === 'new',
        fullPage,
        note: note.slice(0, 10_000),
      });
      setPhase({ kind: 'done', result, thumb: await thumbnailUrl(result.evidenceId) });
    } catch (err) {
      setPhase({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <div className="capture">
      <button type="button" className="primary" disabled={phase.kind === 'busy'} onClick={() => void capture()}>
        {phase.kind === 'busy' ? t('actionCapturing') : t('actionCapture')}
      </button>
      <details className="capture-options">
        <summary>{t('captureOptions')}</summary>
        <label>
          {t('fileUnder')}{' '}
          <select value={target} onChange={(e) => setFileUnder(e.target.value)}>
            {cases.filter((c) => c.status !== 'closed').map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
            <option value="new">{t('fileUnderNew')}</option>
            <option value="none">{t('fileUnderNone')}</option>
          </select>
        </label>
        <label>
          {t('noteLabel')}
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <label className="inline">
          <input type="checkbox" checked={fullPage} onChange={(e) => setFullPage(e.target.checked)} /> {t('actionFullPage')}
        </label>
      </details>
      <div role="status" aria-live="polite" className="capture-status">
        {phase.kind === 'done' && (
          <div className="capture-result">
            {phase.thumb && <img src={phase.thumb} alt={t('captureThumbAlt')} width={96} />}
            <div>
              <p>{t('captureDone', formatDateTime(phase.result.capturedAt))}</p>
              <p className="mono digest" title={phase.result.digest}>{t('captureDigest')}: {phase.result.digest.slice(0, 24)}…</p>
            </div>
          </div>
        )}
        {phase.kind === 'error' && <p className="error">{t('captureFailed', phase.message)}</p>}
      </div>
    </div>
  );
}
