import { type ReactNode, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { CaptureResult } from '@/lib/background/capture';
import { mhtmlSupported, requestMhtmlPermission, setWantsMhtml, wantsMhtml } from '@/lib/capture/mhtml';
import { watchProgress, type CaptureProgress } from '@/lib/capture/progress';
import type { CaseRecord } from '@/lib/db/types';
import { formatDateTime, t } from '@/lib/i18n';
import { send } from '@/lib/messages';
import { thumbnailUrl } from '@/lib/db/evidence-view';

/** How long a capture may take before the popup says it is busy. */
const BUSY_AFTER_MS = 120;

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: CaptureProgress | null }
  | { kind: 'done'; result: CaptureResult; thumb: string | null }
  | { kind: 'error'; message: string };

function progressText(p: CaptureProgress | null): string {
  if (p?.stage === 'screens') return t('captureProgress', [String(Math.min(p.done + 1, p.total)), String(p.total)]);
  if (p?.stage === 'saving') return t('captureSaving');
  return t('captureReading');
}

/** What else the user should know about a finished capture: whole page, MHTML archive. */
function resultNotes(r: CaptureResult): string[] {
  const notes: string[] = [];
  if (r.fullPage)
    notes.push(
      r.fullPage.truncated ? t('captureFullPageCut', String(r.fullPage.screens)) : t('captureFullPageDone', String(r.fullPage.screens)),
    );
  if (r.pane === 'none') notes.push(t('capturePaneNone'));
  else if (r.pane)
    notes.push(r.pane.truncated ? t('capturePaneCut', String(r.pane.screens)) : t('capturePaneDone', String(r.pane.screens)));
  if (r.mhtml === 'saved') notes.push(t('captureMhtmlSaved'));
  if (r.mhtml === 'no-permission') notes.push(t('captureMhtmlRefused'));
  if (r.mhtml === 'failed') notes.push(t('captureMhtmlFailed'));
  return notes;
}

/**
 * One click: capture the tab, filed under the chosen case, then show time, digest, thumbnail and
 * what fits next (`next`, given the capture's result).
 * `windowId`: the tab's window, when the tab was in front there as the popup opened (the shot can start at once).
 */
export function CaptureBox(props: {
  tabId: number;
  windowId?: number;
  openCase: CaseRecord | null;
  cases: CaseRecord[];
  suggestNew: boolean;
  primary?: boolean;
  next?: (result: CaptureResult) => ReactNode;
}) {
  const { tabId, windowId, openCase, cases, suggestNew, primary = true, next } = props;
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [fileUnder, setFileUnder] = useState<string>('');
  const [note, setNote] = useState('');
  const [fullPage, setFullPage] = useState(false);
  const [pane, setPane] = useState(false);
  const [caption, setCaption] = useState(false);
  // null until the saved choice loads; a click before that wins over it.
  const [mhtmlChoice, setMhtml] = useState<boolean | null>(null);
  const mhtml = mhtmlChoice ?? false;
  // The provider's open case; a new one on a failed payment; else the most recent open case, said so below.
  const recentOpen = cases.find((c) => c.status !== 'resolved' && c.status !== 'closed');
  const fallback = openCase ? openCase.id : suggestNew ? 'new' : (recentOpen?.id ?? 'none');
  const target = fileUnder || fallback;
  const targetNote =
    fileUnder || openCase || suggestNew ? null : recentOpen ? t('captureToRecent', recentOpen.title) : t('captureKeptUnfiled');
  const busy = phase.kind === 'busy';
  useEffect(() => void wantsMhtml().then((saved) => setMhtml((now) => now ?? saved)), []);
  useEffect(
    () => () => {
      if (phase.kind === 'done' && phase.thumb) URL.revokeObjectURL(phase.thumb);
    },
    [phase],
  );
  // The worker clears its progress when it is done: keep showing the last step until the reply.
  // It reports steps only for the slow kinds (whole page, MHTML archive; lib/background/capture.ts):
  // a visible capture registers no listener (a round trip to the browser) while it runs.
  const onProgress = (progress: CaptureProgress | null) =>
    progress && setPhase((p) => (p.kind === 'busy' ? { kind: 'busy', progress } : p));
  const watch = busy && (fullPage || pane || mhtml);
  // biome-ignore lint/correctness/useExhaustiveDependencies: onProgress only calls the state setter
  useEffect(() => (watch ? watchProgress(tabId, onProgress) : undefined), [watch, tabId]);

  const running = useRef(false);
  const capture = async () => {
    if (running.current) return;
    running.current = true;
    // A visible capture is over in well under 100 ms: showing "Capturing…" for that long would
    // only flash, and repainting the popup while the tab is being shot slows the shot. The busy
    // state shows when a capture takes longer (whole page, MHTML, a slow page), or at once when
    // it reports progress; a second click meanwhile is ignored.
    // The result or error of an earlier capture goes at once: it must not pass for this one's.
    const showBusy = setTimeout(() => setPhase({ kind: 'busy', progress: null }), BUSY_AFTER_MS);
    if (fullPage || pane || mhtml) setPhase({ kind: 'busy', progress: null });
    else if (phase.kind !== 'idle') setPhase({ kind: 'idle' });
    try {
      // First await of the click: Chrome shows the permission prompt only during a user gesture.
      const withMhtml = mhtml && (await requestMhtmlPermission());
      // User Timing marks: what the bench reads for the round trip (scripts/bench/capture.ts).
      performance.mark('ww-capture-sent');
      const result = await send<CaptureResult>('capture', {
        tabId,
        windowId: windowId !== undefined && windowId >= 0 ? windowId : undefined,
        caseId: target === 'new' || target === 'none' ? null : target,
        newCase: target === 'new',
        fullPage,
        pane,
        caption,
        mhtml: withMhtml,
        note: note.slice(0, 10_000),
      });
      performance.mark('ww-capture-answered', { detail: { workerMs: result.durationMs } });
      clearTimeout(showBusy);
      const refused = mhtml && !withMhtml;
      const done = refused ? { ...result, mhtml: 'no-permission' as const } : result;
      // Time and digest first, rendered now rather than at React's next scheduled task; the
      // preview (a read of the screenshot blob) follows.
      flushSync(() => setPhase({ kind: 'done', result: done, thumb: null }));
      const thumb = await thumbnailUrl(result.evidenceId);
      if (thumb)
        setPhase((p) => {
          if (p.kind === 'done' && p.result === done) return { ...p, thumb };
          URL.revokeObjectURL(thumb);
          return p;
        });
    } catch (err) {
      clearTimeout(showBusy);
      setPhase({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    } finally {
      clearTimeout(showBusy);
      running.current = false;
    }
  };
  const toggleMhtml = (on: boolean) => {
    setMhtml(on);
    void setWantsMhtml(on);
  };

  return (
    <div className="capture">
      <button type="button" className={primary ? 'primary' : undefined} disabled={busy} onClick={() => void capture()}>
        {busy ? t('actionCapturing') : t('actionCapture')}
      </button>
      {targetNote && <p className="muted capture-target">{targetNote}</p>}
      <details className="capture-options">
        <summary>{t('captureOptions')}</summary>
        <label>
          {t('fileUnder')}{' '}
          <select value={target} onChange={(e) => setFileUnder(e.target.value)}>
            {cases
              .filter((c) => c.status !== 'closed')
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
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
        <label className="inline">
          <input type="checkbox" checked={pane} onChange={(e) => setPane(e.target.checked)} /> {t('actionPane')}
        </label>
        <label className="inline">
          <input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} /> {t('actionCaption')}
        </label>
        {mhtmlSupported() ? (
          <label className="inline" title={t('captureMhtmlHint')}>
            <input type="checkbox" checked={mhtml} onChange={(e) => toggleMhtml(e.target.checked)} /> {t('captureMhtml')}
          </label>
        ) : (
          <p className="muted">{t('captureMhtmlFirefox')}</p>
        )}
      </details>
      {/* Cancel sits outside the live region: a screen reader announces the steps, not the button. */}
      {busy && (fullPage || pane) && (
        <button type="button" className="capture-cancel" onClick={() => void send('capture-cancel', { tabId })}>
          {t('actionCancelCapture')}
        </button>
      )}
      <div role="status" aria-live="polite" className="capture-status">
        {busy && <p className="muted">{progressText(phase.progress)}</p>}
        {phase.kind === 'done' && (
          <div className="capture-result">
            {phase.thumb && <img src={phase.thumb} alt={t('captureThumbAlt')} width={96} />}
            <div>
              <p>{t('captureDone', formatDateTime(phase.result.capturedAt))}</p>
              <p className="mono digest" title={phase.result.digest}>
                {t('captureDigest')}: {phase.result.digest.slice(0, 24)}…
              </p>
              {resultNotes(phase.result).map((n) => (
                <p key={n} className="muted">
                  {n}
                </p>
              ))}
            </div>
          </div>
        )}
        {phase.kind === 'done' && next?.(phase.result)}
        {phase.kind === 'error' && <p className="error">{t('captureFailed', phase.message)}</p>}
      </div>
    </div>
  );
}
