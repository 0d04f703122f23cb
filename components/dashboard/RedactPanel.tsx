import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { downloadBytes } from '@/lib/archive/download';
import { getBlob } from '@/lib/db/evidence';
import { getProfile } from '@/lib/db/settings';
import type { EvidenceRecord } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { decodePng } from '@/lib/redact/decode-png';
import { type Box, canRedact, RedactError, redactedCopy } from '@/lib/redact/redact-copy';
import { suggestTerms } from '@/lib/redact/suggest';

/** Text of a captured page, read in an inert document (DOMParser runs nothing and loads nothing). */
const pageText = (html: string) => new DOMParser().parseFromString(html, 'text/html').body?.textContent ?? '';

/**
 * Make a redacted copy of one record: terms to take out of page.html (suggested, editable) and
 * boxes drawn on the screenshot. The stored evidence is only read.
 */
export function RedactPanel({ record }: { record: EvidenceRecord }) {
  const [terms, setTerms] = useState<{ text: string; on: boolean }[]>([]);
  const [extra, setExtra] = useState('');
  const [boxes, setBoxes] = useState<Box[]>([]);
  const [shot, setShot] = useState<{ url: string; width: number; height: number } | null>(null);
  const [status, setStatus] = useState('');
  const drag = useRef<{ x: number; y: number } | null>(null);
  const ok = canRedact(record);
  const art = (name: string) => record.artifacts.find((a) => a.name === name);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a record never changes once written; its id names it
  useEffect(() => {
    if (!ok) return;
    let url: string | null = null;
    const page = art('page.html');
    const png = art('screenshot.png');
    if (page)
      void Promise.all([getBlob(page.blobId), getProfile().catch(() => null)]).then(
        async ([b, profile]) => b && setTerms(suggestTerms(pageText(await b.text()), profile).map((text) => ({ text, on: true }))),
      );
    if (png)
      void getBlob(png.blobId).then(async (b) => {
        if (!b) return;
        const bitmap = await createImageBitmap(b);
        setShot({ url: (url = URL.createObjectURL(b)), width: bitmap.width, height: bitmap.height });
        bitmap.close();
      });
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [record.id]);

  if (!ok) return <p className="muted">{t('redactNotCommitted')}</p>;

  /** Pointer position in image pixels. */
  const at = (e: React.PointerEvent<HTMLElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return {
      x: Math.round(((e.clientX - r.left) / r.width) * shot!.width),
      y: Math.round(((e.clientY - r.top) / r.height) * shot!.height),
    };
  };
  const download = async () => {
    setStatus('');
    try {
      const files = new Map<string, Uint8Array>();
      for (const a of record.artifacts) {
        const b = await getBlob(a.blobId);
        if (b) files.set(a.name, new Uint8Array(await b.arrayBuffer()));
      }
      const verifier = new Uint8Array(await (await fetch(browser.runtime.getURL('/verify-redaction.py'))).arrayBuffer());
      const made = await redactedCopy({
        record,
        files,
        choice: { terms: terms.filter((x) => x.on).map((x) => x.text), boxes: { 'screenshot.png': boxes } },
        decode: decodePng,
        verifier,
        now: new Date(),
      });
      downloadBytes(made.zip, `redacted-${record.seq}-${record.id.slice(0, 8)}.zip`, 'application/zip');
      setStatus(t('redactDone', [String(made.parts), String(made.tiles)]));
    } catch (err) {
      const why =
        err instanceof RedactError && err.problem === 'not-committed'
          ? t('redactNotCommitted')
          : err instanceof RedactError
            ? t('redactMismatch')
            : String(err);
      setStatus(t('redactFailed', [why]));
    }
  };

  return (
    <div className="redact">
      <p>{t('redactIntro')}</p>
      <fieldset>
        <legend>{t('redactTerms')}</legend>
        {terms.map((term, i) => (
          <label key={term.text} className="check">
            <input
              type="checkbox"
              checked={term.on}
              onChange={(e) => setTerms(terms.map((x, j) => (j === i ? { ...x, on: e.target.checked } : x)))}
            />{' '}
            <span className="mono">{term.text}</span>
          </label>
        ))}
        <p>
          <label>
            {t('redactAddTerm')} <input type="text" value={extra} onChange={(e) => setExtra(e.target.value)} />
          </label>{' '}
          <button
            type="button"
            onClick={() => {
              if (extra.trim()) setTerms([...terms.filter((x) => x.text !== extra.trim()), { text: extra.trim(), on: true }]);
              setExtra('');
            }}
          >
            {t('redactAdd')}
          </button>
        </p>
      </fieldset>
      {shot && (
        <>
          <p>{t('redactBoxes')}</p>
          <div
            className="redact-canvas"
            style={{ position: 'relative', touchAction: 'none', userSelect: 'none' }}
            onPointerDown={(e) => {
              drag.current = at(e);
              e.currentTarget.setPointerCapture(e.pointerId);
            }}
            onPointerUp={(e) => {
              const a = drag.current;
              drag.current = null;
              if (!a) return;
              const b = at(e);
              const box = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(b.x - a.x), h: Math.abs(b.y - a.y) };
              if (box.w > 0 && box.h > 0) setBoxes([...boxes, box]);
            }}
          >
            <img className="full" src={shot.url} alt={t('evidenceScreenshotAlt')} draggable={false} />
            {boxes.map((b) => (
              <span
                key={`${b.x},${b.y},${b.w},${b.h}`}
                style={{
                  position: 'absolute',
                  background: '#000',
                  left: `${(Math.floor(b.x / 64) * 64 * 100) / shot.width}%`,
                  top: `${(Math.floor(b.y / 64) * 64 * 100) / shot.height}%`,
                  width: `${((Math.ceil((b.x + b.w) / 64) - Math.floor(b.x / 64)) * 64 * 100) / shot.width}%`,
                  height: `${((Math.ceil((b.y + b.h) / 64) - Math.floor(b.y / 64)) * 64 * 100) / shot.height}%`,
                }}
              />
            ))}
          </div>
          <ul>
            {boxes.map((b, i) => (
              <li key={`${b.x},${b.y},${b.w},${b.h}`}>
                {t('redactBox', [String(b.w), String(b.h), String(b.x), String(b.y)])}{' '}
                <button type="button" onClick={() => setBoxes(boxes.filter((_, j) => j !== i))}>
                  {t('redactRemove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <button type="button" onClick={() => void download()}>
          {t('redactDownload')}
        </button>
      </p>
      <p role="status">{status}</p>
    </div>
  );
}
