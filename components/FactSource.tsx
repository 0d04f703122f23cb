import type { SourcedFact } from '@/lib/guidance';
import { formatDate, t } from '@/lib/i18n';
import { ExternalLink } from './ExternalLink';

/**
 * The link to the page a fact comes from, and "unverified" beside it when the fact was found only
 * in third-party copies. With `named`, the link also gives the regulation's or page's name.
 */
export function FactSource({ fact, named }: { fact: SourcedFact; named?: boolean }) {
  const title = fact.unverified ? t('factUnverifiedTitle') : t('factChecked', formatDate(`${fact.checked}T12:00:00Z`));
  return (
    <span className="fact">
      <ExternalLink href={fact.source} className="source" title={title}>
        {named && fact.sourceName ? `${t('sourceLink')}: ${fact.sourceName}` : t('sourceLink')}
      </ExternalLink>
      {fact.unverified && (
        <span className="unverified" title={title}>
          {t('factUnverified')}
        </span>
      )}
    </span>
  );
}
