import type { DirectChannel, ResolvedStep } from '@/lib/guidance';
import { pick } from '@/lib/i18n';
import { ExternalLink } from '../ExternalLink';
import { FactSource } from '../FactSource';

/**
 * One numbered step: what to do, why, and its link, with the source of the fact it states (a
 * body's number, a rule) and "unverified" where that was not confirmed. A "contact the provider"
 * step carries the provider's first channel for the situation, so that "call them now" comes
 * with the number.
 */
export function GuidanceStep({ step, channel }: { step: ResolvedStep; channel?: DirectChannel }) {
  const quick = step.action === 'channels' && !step.link ? channel : undefined;
  return (
    <li>
      <span>{pick(step.text)}</span>
      {step.detail && <span className="detail">{pick(step.detail)}</span>}
      {(step.link || step.fact) && (
        <span className="step-links">
          {step.link && <ExternalLink href={step.link.href}>{pick(step.link.label)}</ExternalLink>}
          {step.fact && <FactSource fact={step.fact} />}
        </span>
      )}
      {quick && (
        <span className="step-links">
          <ExternalLink href={quick.href}>{pick(quick.label)}</ExternalLink>
          <FactSource fact={quick.fact} />
        </span>
      )}
    </li>
  );
}
