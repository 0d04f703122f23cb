import { useState } from 'react';
import type { CaptureResult } from '@/lib/background/capture';
import type { PageDetection } from '@/lib/detection/types';
import type { DirectChannel } from '@/lib/guidance';
import { formatDateTime, pick, t } from '@/lib/i18n';
import type { WalletSite } from '@/lib/sites/types';
import { ExternalLink } from '../ExternalLink';

/** The details of a captured transaction as plain text, to paste into a chat or a form. */
function detailsText(result: CaptureResult, detection: PageDetection | null, site: WalletSite | null): string {
  const tx = detection?.transaction;
  return [
    site && pick(site.names),
    tx?.id,
    tx?.amount && `${tx.amount} ${tx.currency ?? ''}`.trim(),
    tx?.message && `“${tx.message}”`,
    formatDateTime(result.capturedAt),
    `SHA-256 ${result.digest}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** What fits after a capture on a transaction page: open its complaint, copy the details, complain. */
export function CaptureNext(props: {
  result: CaptureResult;
  detection: PageDetection | null;
  site: WalletSite | null;
  channel?: DirectChannel;
  onOpenCase: (caseId: string) => void;
}) {
  const { result, detection, site, channel, onOpenCase } = props;
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(detailsText(result, detection, site));
    setCopied(true);
  };
  return (
    <fieldset className="capture-next" aria-label={t('captureNextLabel')}>
      <div className="button-row">
        {result.caseId && (
          <button type="button" onClick={() => onOpenCase(result.caseId!)}>
            {t('captureOpenCase')}
          </button>
        )}
        <button type="button" onClick={() => void copy().catch(() => setCopied(false))}>
          {t('captureCopyDetails')}
        </button>
      </div>
      {copied && <p className="muted">{t('captureCopied')}</p>}
      <p className="muted independent-date">{t('captureIndependentDate')}</p>
      {site && channel && (
        <p>
          <ExternalLink href={channel.href}>{t('captureComplainAt', [pick(site.names), pick(channel.label)])}</ExternalLink>
        </p>
      )}
    </fieldset>
  );
}
