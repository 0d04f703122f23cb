import { useState } from 'react';
import type { CaseRecord } from '@/lib/db/types';
import { t, uiLang } from '@/lib/i18n';
import { prefillTab, undoPrefill } from '@/lib/prefill/run';
import type { TargetTab } from './use-target-tab';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; filled: number; started?: string } | { kind: 'error'; text: string };

/**
 * Fill the page's form from the open complaint; never submits; offers undo. With no complaint
 * open for this provider, `startCase` starts one first (the one case path, with its follow-up
 * date) and the status says so.
 */
export function PrefillButton(props: {
  tab: TargetTab;
  openCase: CaseRecord | null;
  startCase: () => Promise<CaseRecord>;
  prominent: boolean;
}) {
  const { tab, openCase, startCase, prominent } = props;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'busy' });
    try {
      const kase = openCase ?? (await startCase());
      const started = openCase ? undefined : kase.title;
      const r = await prefillTab(tab.tabId, kase, uiLang());
      if (r.status === 'aborted') setState({ kind: 'error', text: t('prefillFailed', t('prefillPageChanged')) });
      else setState({ kind: 'done', filled: r.filled, started });
    } catch (err) {
      setState({ kind: 'error', text: t('prefillFailed', err instanceof Error ? err.message : String(err)) });
    }
  };
  return (
    <>
      <button type="button" className={prominent ? 'primary' : undefined} disabled={state.kind === 'busy'} onClick={() => void run()}>
        {t('actionPrefill')}
      </button>
      <div role="status" aria-live="polite" className="prefill-status">
        {state.kind === 'done' && state.started && <p>{t('prefillStartedCase', state.started)}</p>}
        {state.kind === 'done' && (
          <p>
            {state.filled > 0 ? t('prefillDone', String(state.filled)) : t('prefillNothing')}{' '}
            {state.filled > 0 && (
              <button
                type="button"
                className="link-button"
                onClick={() => void undoPrefill(tab.tabId).then(() => setState({ kind: 'idle' }))}
              >
                {t('actionUndoPrefill')}
              </button>
            )}
          </p>
        )}
        {state.kind === 'error' && <p className="error">{state.text}</p>}
      </div>
    </>
  );
}
