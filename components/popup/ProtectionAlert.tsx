import { useEffect, useState } from 'react';
import type { ProtectionReport } from '@/lib/background/protection';
import { channelsFor, guidanceFor } from '@/lib/guidance';
import { pick, t, type MessageKey } from '@/lib/i18n';
import { send } from '@/lib/messages';
import type { ProtectVerdict } from '@/lib/protect/judge';
import { siteById } from '@/lib/sites';
import type { RegionId, WalletSite } from '@/lib/sites/types';
import { SITUATIONS } from '@/lib/guidance/situations';
import { ExternalLink } from '../ExternalLink';

/** The headline: the DESIGN.md "Protection warnings" words ("look-alike", "fake", "fund recovery"…). */
function title(v: ProtectVerdict, name: string | null): string {
  if (v.kind === 'recovery-scam') return t('protectRecoveryTitle');
  if (v.kind === 'fake-support') return t('protectFakeSupportTitle', name ?? '');
  return name ? t('protectLookalikeTitle', name) : t('protectPhishingTitle');
}

function lookalikeWhy(v: Extract<ProtectVerdict, { kind: 'lookalike' }>, name: string | null): string {
  const key = `protectWhy_${v.rule.replace('-', '_')}` as MessageKey;
  return t(key, [v.host, name ?? v.imitates ?? '', v.imitates ?? '']);
}

/** The real site, its help centre and channels, from the registry (never from the page). */
function RealChannels({ site, region }: { site: WalletSite; region: RegionId }) {
  const channels = channelsFor(site, { situation: 'support-page', region }).slice(0, 4);
  return (
    <div className="protect-real">
      <p>{t('protectRealChannels', pick(site.names))}</p>
      <ul>
        {site.supportUrls.slice(0, 1).map((u) => (
          <li key={u}>
            <ExternalLink href={u}>{t('protectOfficialSite', new URL(u).hostname)}</ExternalLink>
          </li>
        ))}
        {channels.map((c) => (
          <li key={c.href}>
            <ExternalLink href={c.href}>{pick(c.label)}</ExternalLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What to do instead of paying a recovery service, with the regulators' and police pages behind it. */
function RecoveryAdvice({ region }: { region: RegionId }) {
  const g = guidanceFor({ situation: 'recovery-scam', site: null, region });
  return (
    <>
      <p>{pick(g.intro)}</p>
      <ol className="steps">
        {g.steps.map((s) => (
          <li key={s.id}>{s.link ? <ExternalLink href={s.link.href}>{pick(s.text)}</ExternalLink> : pick(s.text)}</li>
        ))}
      </ol>
      <details>
        <summary>{t('protectSources')}</summary>
        <ul>
          {(SITUATIONS['recovery-scam'].sources ?? []).map((s) => (
            <li key={s.url}>
              <ExternalLink href={s.url}>{s.name}</ExternalLink>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

/**
 * The protection warning about the page itself (look-alike site, fake support page, fund-recovery
 * offer), at the top of the popup. The only role="alert" in the popup: shown for those three
 * verdicts and nothing else (DESIGN.md "Protection warnings"). The checks run when the popup
 * opens, on the tab's address and, where the extension may read it, its text.
 */
export function ProtectionAlert({ tabId, region }: { tabId: number; region: RegionId }) {
  const [report, setReport] = useState<ProtectionReport | null>(null);
  useEffect(() => {
    let live = true;
    send<ProtectionReport>('protect-check', { tabId })
      .then((r) => live && setReport(r))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [tabId]);
  const v = report?.verdict;
  // Nothing to say about this page: an invisible mark that the check has run (e2e tests wait for it).
  if (!v) return report ? <span hidden data-protection="clear" /> : null;
  const trust = (trusted: boolean) => {
    void send('protect-trust', { url: `https://${v.host}/`, trusted });
    setReport({ ...report!, trusted });
  };
  if (report.trusted)
    return (
      <p className="protect-trusted muted">
        {t('protectTrusted')}{' '}
        <button type="button" className="link-button" onClick={() => trust(false)}>
          {t('protectUndoTrust')}
        </button>
      </p>
    );
  const site = siteById('siteId' in v ? v.siteId : null);
  const name = report.siteNames ? pick(report.siteNames) : null;
  return (
    <section className="card protect-alert" role="alert" aria-labelledby="protect-heading">
      <h2 id="protect-heading">{title(v, name)}</h2>
      {v.kind === 'lookalike' && <p>{lookalikeWhy(v, name)}</p>}
      {v.kind === 'fake-support' && <p>{t('protectFakeSupportWhy', [name ?? '', v.host])}</p>}
      {v.kind !== 'recovery-scam' && (
        <p className="protect-do">{v.kind === 'lookalike' ? t('protectDontType') : t('protectSecretNever')}</p>
      )}
      {v.kind === 'recovery-scam' && <RecoveryAdvice region={region} />}
      {site && <RealChannels site={site} region={region} />}
      {v.kind !== 'lookalike' && v.signals.length > 0 && (
        <details>
          <summary>{t('whyTitle')}</summary>
          <ul>
            {v.signals.map((s) => (
              <li key={s}>{t(`protectSignal_${s.replaceAll('-', '_')}` as MessageKey)}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" className="link-button" onClick={() => trust(true)}>
        {t('protectTrustSite')}
      </button>
    </section>
  );
}
