import { useState } from 'react';
import { channelsFor, guidanceFor, type GuidanceSituationId } from '@/lib/guidance';

import type { FailureReason } from '@/lib/detection/types';
import { pick, t } from '@/lib/i18n';
import type { RegionId, WalletSite } from '@/lib/sites/types';
import { GuidanceStep } from './GuidanceStep';

/**
 * Steps shown before "Show all steps": the one next step. The popup's first screen (400 × 600)
 * holds what happened, that step and the Capture button (DESIGN.md); the rest opens on demand.
 */
const FIRST_STEPS = 1;

/** What to do now, the most likely fix first. Urgent guidance is always shown in full. */
export function GuidancePanel(props: {
  situation: GuidanceSituationId;
  reason?: FailureReason;
  site: WalletSite | null;
  region: RegionId;
}) {
  const g = guidanceFor({ situation: props.situation, reason: props.reason, site: props.site, region: props.region });
  const [expanded, setExpanded] = useState(false);
  // Without a provider there is no channel list for a "see every way to contact" step to point at.
  const steps = g.steps;
  // "Contact them now" steps get the provider's best channel inline, except where the full list
  // is the point of the step ("see every way to contact", "pick a channel").
  const inline = props.situation !== 'general' && props.situation !== 'support-page';
  const channel = inline ? channelsFor(props.site, { situation: props.situation, region: props.region })[0] : undefined;
  const collapsible = !g.urgent && steps.length > FIRST_STEPS + 1;
  const shown = collapsible && !expanded ? steps.slice(0, FIRST_STEPS) : steps;
  return (
    <section className={`card guidance${g.urgent ? ' urgent' : ''}`} aria-labelledby="guidance-heading">
      <h2 id="guidance-heading">
        {g.urgent && <span className="tag-urgent">{t('urgent')}</span>} {pick(g.title)}
      </h2>
      <p className="intro">{pick(g.intro)}</p>
      <ol id="guidance-steps" className="steps" aria-labelledby="guidance-heading">
        {shown.map((step) => (
          <GuidanceStep key={step.id} step={step} channel={channel} />
        ))}
      </ol>
      {collapsible && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls="guidance-steps"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('guidanceShowFewer') : t('guidanceShowAll', String(steps.length))}
        </button>
      )}
    </section>
  );
}
