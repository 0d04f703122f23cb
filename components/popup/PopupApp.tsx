import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { siteForUrl } from '@/lib/sites';
import type { RegionId } from '@/lib/sites/types';
import { getRegion, setRegion } from '@/lib/db/settings';
import type { GuidanceSituationId } from '@/lib/guidance';
import { DetectionCard } from './DetectionCard';
import { ActionPanel } from './ActionPanel';
import { GuidancePanel } from './GuidancePanel';
import { ChannelsPanel } from './ChannelsPanel';
import { EscalationPanel } from './EscalationPanel';
import { HistoryPanel } from './HistoryPanel';
import { RegionSelect } from '../RegionSelect';
import { TopicBar } from './TopicBar';
import { ProtectionAlert } from './ProtectionAlert';
import { useTargetTab } from './use-target-tab';

/** The situation the popup starts in, from what the detector saw on the tab. */
function defaultSituation(kind: string | undefined): GuidanceSituationId {
  if (kind === 'failed-transaction') return 'failed-transfer';
  if (kind === 'support-page') return 'support-page';
  return 'general';
}

export function PopupApp() {
  const { tab, loading } = useTargetTab();
  const [region, setRegionState] = useState<RegionId | null>(null);
  const [topic, setTopic] = useState<GuidanceSituationId | null>(null);
  useEffect(() => void getRegion().then(setRegionState), []);
  if (loading || !region) return <main className="popup" aria-busy="true" />;

  const site = tab ? siteForUrl(tab.url) : null;
  const detection = tab?.state?.detection ?? null;
  const situation = topic ?? defaultSituation(detection?.kind);
  const changeRegion = (r: RegionId) => {
    setRegionState(r);
    void setRegion(r);
  };

  // On a help page the channels are what the user came for; elsewhere, what to do comes first.
  const onSupportPage = situation === 'support-page';
  const guidance = (
    <GuidancePanel
      key={`guidance-${situation}`}
      situation={situation}
      reason={detection?.transaction?.reason}
      site={site}
      region={region}
    />
  );
  // The general steps start with "tell us what happened": the topics answer it, so they follow.
  const topics = <TopicBar current={situation} onPick={(s) => setTopic(s)} />;
  const channels = <ChannelsPanel site={site} situation={situation} region={region} detailed={onSupportPage} />;

  return (
    <main className="popup">
      <header className="popup-header">
        <img src="/icon/32.png" alt="" width="20" height="20" />
        <h1>{t('extName')}</h1>
        <button
          type="button"
          className={`scam-button${situation === 'fraud' ? ' active' : ''}`}
          aria-pressed={situation === 'fraud'}
          onClick={() => setTopic(situation === 'fraud' ? null : 'fraud')}
        >
          {t('actionScammed')}
        </button>
      </header>
      {tab && <ProtectionAlert tabId={tab.tabId} region={region} />}
      {situation !== 'fraud' && <DetectionCard detection={detection} site={site} />}
      {onSupportPage && channels}
      {!onSupportPage && guidance}
      {situation === 'general' && topics}
      {tab && <ActionPanel tab={tab} site={site} detection={detection} region={region} situation={situation} />}
      {onSupportPage ? guidance : channels}
      <EscalationPanel key={`escalation-${situation}`} region={region} situation={situation} site={site} />
      {situation !== 'general' && topics}
      <RegionSelect region={region} onChange={changeRegion} />
      <HistoryPanel open={!site && !detection} />
    </main>
  );
}
