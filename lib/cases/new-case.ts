import type { PageDetection } from '../detection/types';
import type { NewCase } from '../db/cases';
import type { Remedy, Situation } from '../db/types';
import type { RegionId, WalletSite } from '../sites/types';

/** A draft complaint from what the detector found (one click from a failed payment). */
export function newCaseFromDetection(
  detection: PageDetection | null,
  site: WalletSite | null,
  region: RegionId,
  situation: Situation = detection?.kind === 'failed-transaction' ? 'failed-transfer' : 'other',
): NewCase {
  const tx = detection?.transaction;
  const provider = site ? site.names.en : '';
  const remedy: Remedy = situation === 'fraud' ? 'reversal' : situation === 'refund' ? 'refund' : 'explanation';
  const amount = tx?.amount ? ` ${tx.amount}${tx.currency ? ` ${tx.currency}` : ''}` : '';
  return {
    siteId: site?.id ?? detection?.siteId ?? null,
    provider,
    title: `${provider || 'Payment'}${amount}${tx?.id ? ` · ${tx.id}` : ''}`.trim(),
    situation,
    transactions: tx ? [{ id: tx.id, amount: tx.amount, currency: tx.currency, reason: tx.reason, message: tx.message }] : [],
    remedy,
    region,
    status: 'draft',
  };
}
