import { guidanceFor, type GuidanceSituationId } from '@/lib/guidance';
import type { FailureReason } from '@/lib/detection/types';
import { pick, t } from '@/lib/i18n';
import type { RegionId, WalletSite } from '@/lib/sites/types';
import { ExternalLink } from '../ExternalLink';

export function GuidancePanel(props: { situation: GuidanceSituationId; reason?: FailureReason; site: WalletSite | null; region: RegionId }) {
  const g = guidanceFor({ situation: props.situation, reason: props.reason, site: props.site, region: props.region });
  return (
    <section className={`card guidance${g.urgent ? ' urgent' : ''}`} aria-labelledby="guidance-heading">
      <h2 id="guidance-heading">
        {g.urgent && <span className="tag-urgent">{t('urgent')}</span>} {pick(g.title)}
      </h2>
      <p className="intro">{pick(g.intro)}</p>
      <ol className="steps">
        {g.steps.map((step) => (
          <li key={step.id}>
            <span>{pick(step.text)}</span>
            {step.detail && <span className="detail">{pick(step.detail)}</span>}
            {step.link && <ExternalLink href={step.link.href}>{pick(step.link.label)}</ExternalLink>}
          </li>
        ))}
      </ol>
    </section>
  );
}
