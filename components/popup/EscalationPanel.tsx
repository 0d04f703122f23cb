import { escalationSuggestion, providerKindFor, rulesFor, type GuidanceSituationId } from '@/lib/guidance';
import type { Situation } from '@/lib/db/types';
import { pick, t } from '@/lib/i18n';
import type { RegionId, WalletSite } from '@/lib/sites/types';
import { ExternalLink } from '../ExternalLink';
import { FactSource } from '../FactSource';
import { Fold } from './Fold';

const CASE_SITUATION: Partial<Record<GuidanceSituationId, Situation>> = {
  'failed-transfer': 'failed-transfer',
  fraud: 'fraud',
  refund: 'refund',
  security: 'security',
};

/**
 * Where to go when the provider does not answer in time, with every deadline's and body's
 * source ("unverified" where it was not confirmed on the official page). Collapsed (a heading that is a button, as in the ARIA accordion pattern) unless
 * following up is what the user asked about: it is rarely the first thing to do.
 */
export function EscalationPanel({
  region,
  situation,
  site,
}: {
  region: RegionId;
  situation: GuidanceSituationId;
  site: WalletSite | null;
}) {
  const caseSituation = CASE_SITUATION[situation] ?? 'other';
  const kind = providerKindFor(site);
  // Bodies, and the reason a region's body does not cover this provider (crypto assets).
  const suggestions = escalationSuggestion(region, caseSituation, kind).filter((s) => s.fact);
  const rules = rulesFor(region, caseSituation, kind);
  if (suggestions.length === 0 && rules.length === 0) return null;
  return (
    <Fold title={t('escalationTitle')} className="escalation" initiallyOpen={situation === 'follow-up'}>
      {rules.length > 0 && (
        <ul className="deadlines">
          {rules.map((r) => (
            <li key={r.id}>
              {pick(r.label)} <FactSource fact={r} />
            </li>
          ))}
        </ul>
      )}
      <ul className="bodies">
        {suggestions.map((s) => (
          <li key={s.id}>
            {s.body &&
              (s.link ? <ExternalLink href={s.link.href}>{pick(s.body.name)}</ExternalLink> : <strong>{pick(s.body.name)}</strong>)}
            <span className={s.body ? 'detail' : undefined}>
              {pick(s.text)} {s.fact && <FactSource fact={s.fact} />}
            </span>
          </li>
        ))}
      </ul>
    </Fold>
  );
}
