import { useState } from 'react';
import { browser } from 'wxt/browser';
import { downloadBytes } from '@/lib/archive/download';
import { t, uiLang } from '@/lib/i18n';

type PdfFile = { name: string; bytes: Uint8Array };
type State = { text: string; bad: boolean; parts?: PdfFile[] } | null;

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * "Download PDF": the case's report as one PDF, made here, offline. pdf-lib and the Chinese font
 * load only now (a dynamic import), never with the dashboard, popup or background. Over the
 * upload limit the README names, the same report is offered in parts that name each other.
 */
export function PdfReport({ caseId }: { caseId: string }) {
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<State>(null);
  const make = async () => {
    setBusy(true);
    setState({ text: t('pdfMaking'), bad: false });
    try {
      const { makeCasePdf, PORTAL_LIMIT_BYTES } = await import('@/lib/report/make-pdf');
      const { whole, parts } = await makeCasePdf(caseId, uiLang(), browser.runtime.getManifest().version);
      downloadBytes(whole.bytes, whole.name, 'application/pdf');
      const saved = t('pdfSaved', [whole.name, mb(whole.bytes.byteLength)]);
      setState(
        parts
          ? { text: `${saved} ${t('pdfTooLarge', [mb(PORTAL_LIMIT_BYTES), String(parts.length)])}`, bad: false, parts }
          : { text: saved, bad: false },
      );
    } catch (err) {
      setState({ text: t('pdfFailed', err instanceof Error ? err.message : String(err)), bad: true });
    } finally {
      setBusy(false);
    }
  };
  const parts = state?.parts;
  return (
    <>
      <button type="button" disabled={busy} onClick={() => void make()}>
        {t('pdfDownload')}
      </button>
      {state && (
        <span role={state.bad ? 'alert' : 'status'} className={`pdf-note notice ${state.bad ? 'bad' : ''}`}>
          {state.text}{' '}
          {parts && (
            <button
              type="button"
              onClick={() => {
                for (const p of parts) downloadBytes(p.bytes, p.name, 'application/pdf');
              }}
            >
              {t('pdfDownloadParts', String(parts.length))}
            </button>
          )}
        </span>
      )}
    </>
  );
}
