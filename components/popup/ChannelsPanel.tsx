import { channelsFor, type GuidanceSituationId } from '@/lib/guidance';
import { enumLabel, pick, t } from '@/lib/i18n';
import type { RegionId, WalletSite } from '@/lib/sites/types';
import { ExternalLink } from '../ExternalLink';
import { FactSource } from '../FactSource';
import { Fold } from './Fold';

/**
 * Every channel the registry lists for the provider, as a direct action: one line each with the
 * page it was checked on ("unverified" where it was not), plus what each is good for when the
 * channels are the point of the page (`detailed`, open from the start; elsewhere folded under
 * its heading, which names the provider).
 */
export function ChannelsPanel(props: { site: WalletSite | null; situation: GuidanceSituationId; region: RegionId; detailed?: boolean }) {
  const { site, situation, region, detailed } = props;
  if (!site) return null;
  const channels = channelsFor(site, { situation, region });
  return (
    <Fold title={t('channelsTitle', pick(site.names))} initiallyOpen={detailed}>
      {channels.length === 0 && <p>{t('channelsNone')}</p>}
      <ul className={`channels${detailed ? '' : ' compact'}`}>
        {channels.map((c) => (
          <li key={`${c.kind}:${c.href}`}>
            <ExternalLink href={c.href} className="channel-link">
              <span className={`channel-kind kind-${c.kind}`}>{enumLabel('channel', c.kind)}</span>{' '}
              <span className="channel-label">{pick(c.label)}</span>
            </ExternalLink>
            <FactSource fact={c.fact} />
            {detailed && <span className="detail">{pick(c.goodFor)}</span>}
          </li>
        ))}
      </ul>
    </Fold>
  );
}
