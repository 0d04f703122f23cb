import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import type { PageDetection } from '@/lib/detection/types';
import { listCases, openCaseFor } from '@/lib/db/cases';
import { createCase, newCaseFromDetection } from '@/lib/cases/new-case';
import type { GuidanceSituationId } from '@/lib/guidance';
import { t } from '@/lib/i18n';
import type { RegionId, WalletSite } from '@/lib/sites/types';
import type { Situation } from '@/lib/db/types';
import { CaptureBox } from './CaptureBox';
import { CaptureNext } from './CaptureNext';
import type { CaptureResult } from '@/lib/background/capture';
import { channelsFor } from '@/lib/guidance';
import { PrefillButton } from './PrefillButton';
import type { TargetTab } from './use-target-tab';

const AS_CASE: Partial<Record<GuidanceSituationId, Situation>> = {
  'failed-transfer': 'failed-transfer',
  fraud: 'fraud',
  refund: 'refund',
  security: 'security',
};

export function openInDashboard(caseId: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html#case=${encodeURIComponent(caseId)}`) });
}

/** Capture, start or open the complaint, prefill: what the user can do on this tab. */
export function ActionPanel(props: {
  tab: TargetTab;
  site: WalletSite | null;
  detection: PageDetection | null;
  region: RegionId;
  situation: GuidanceSituationId;
}) {
  const { tab, site, detection, region, situation } = props;
  const openCase = useLiveQuery(() => (site ? openCaseFor(site.id) : Promise.resolve(undefined)), [site?.id]);
  const recent = useLiveQuery(() => listCases({ limit: 20 }), []);
  const [starting, setStarting] = useState(false);

  const newCase = () => createCase(newCaseFromDetection(detection, site, region, AS_CASE[situation]));
  const start = async () => {
    setStarting(true);
    try {
      openInDashboard((await newCase()).id);
    } finally {
      setStarting(false);
    }
  };

  const support = detection?.kind === 'support-page';
  const caseButton = openCase ? (
    <button type="button" onClick={() => openInDashboard(openCase.id)}>
      {t('actionOpenCase')}
    </button>
  ) : (
    <button type="button" disabled={starting} onClick={() => void start()}>
      {t('actionStartComplaint')}
    </button>
  );
  // Prefill only where there is a form: the provider's help or contact page.
  const prefill = support && <PrefillButton tab={tab} openCase={openCase ?? null} startCase={newCase} prominent />;
  // After a capture on a transaction page: the complaint it went to, its details to paste, and
  // the provider's best channel for this situation.
  const channel = channelsFor(site, { situation, region })[0];
  const next = (r: CaptureResult) => (
    <CaptureNext result={r} detection={detection} site={site} channel={channel} onOpenCase={openInDashboard} />
  );
  const capture = (
    <CaptureBox
      tabId={tab.tabId}
      windowId={tab.active ? tab.windowId : undefined}
      openCase={openCase ?? null}
      cases={recent ?? []}
      suggestNew={detection?.kind === 'failed-transaction'}
      primary={!support}
      next={support ? undefined : next}
    />
  );
  return (
    <section className="card actions" aria-label={t('actionsLabel')}>
      {support ? (
        <div className="button-row">
          {prefill}
          {caseButton}
        </div>
      ) : (
        capture
      )}
      {support ? (
        capture
      ) : (
        <div className="button-row">
          {caseButton}
          {prefill}
        </div>
      )}
    </section>
  );
}
