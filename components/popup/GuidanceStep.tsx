import { BODIES, type DirectChannel, type ResolvedStep } from '@/lib/guidance';
import { pick, t } from '@/lib/i18n';
import { ExternalLink } from '../ExternalLink';

/** The escalation body a step's link calls or opens, if any: its facts need their source. */
function bodyBehind(href: string) {
  return BODIES.find((b) => b.contact.some((c) => c.href === href)) ?? null;
}

/**
 * One numbered step: what to do, why, and its link (with the source where it names a body).
 * A "contact the provider" step carries the provider's first channel for the situation, so
 * that "call them now" comes with the number.
 */
export function GuidanceStep({ step, channel }: { step: ResolvedStep; channel?: DirectChannel }) {
  const body = step.link ? bodyBehind(step.link.href) : null;
  const quick = step.action === 'channels' && !step.link ? channel : undefined;
  return (
    <li>
      <span>{pick(step.text)}</span>
      {step.detail && <span className="detail">{pick(step.detail)}</span>}
      {step.link && (
        <span className="step-links">
          <ExternalLink href={step.link.href}>{pick(step.link.label)}</ExternalLink>
          {body && (
            <ExternalLink href={body.source} className="source">
              {t('sourceLink')}
            </ExternalLink>
          )}
        </span>
      )}
      {quick && (
        <span className="step-links">
          <ExternalLink href={quick.href}>{pick(quick.label)}</ExternalLink>
        </span>
      )}
    </li>
  );
}
