import type { PageDetection } from '@/lib/detection/types';
import { pick, t, type MessageKey } from '@/lib/i18n';
import type { WalletSite } from '@/lib/sites';

function reasonKey(reason: string): MessageKey {
  return `reason_${reason.replaceAll('-', '_')}` as MessageKey;
}

export function DetectionCard({ detection, site }: { detection: PageDetection | null; site: WalletSite | null }) {
  const kind = detection?.kind ?? 'none';
  const heading =
    kind === 'failed-transaction'
      ? t('stateFailed')
      : kind === 'support-page'
        ? t('stateSupport')
        : site
          ? t('stateWallet', pick(site.names))
          : t('stateOther');
  const tx = detection?.transaction;
  return (
    <section className={kind === 'none' ? 'page-state' : `card state-${kind}`} aria-labelledby="detection-heading">
      <h2 id="detection-heading">{heading}</h2>
      {tx && (
        <dl className="facts">
          {tx.id && (
            <>
              <dt>{t('detailReference')}</dt>
              <dd className="mono">{tx.id}</dd>
            </>
          )}
          {tx.amount && (
            <>
              <dt>{t('detailAmount')}</dt>
              <dd>
                {tx.amount} {tx.currency ?? ''}
              </dd>
            </>
          )}
          <dt>{t('detailReason')}</dt>
          <dd>{t(reasonKey(tx.reason))}</dd>
          {tx.message && (
            <>
              <dt>{t('detailMessage')}</dt>
              <dd>“{tx.message}”</dd>
            </>
          )}
        </dl>
      )}
      {detection && detection.signals.length > 0 && (
        <details>
          <summary>{t('whyTitle')}</summary>
          <ul>
            {detection.signals.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
