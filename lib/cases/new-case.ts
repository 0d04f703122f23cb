import type { PageDetection } from '../detection/types';
import { addCase, isoWithOffset, searchTextOf, type NewCase } from '../db/cases';
import type { CaseRecord, Remedy, Situation } from '../db/types';
import type { RegionId, WalletSite } from '../sites/types';
import { caseDates } from './case-dates';

/**
 * The one way a case row comes to be, whoever starts it (the dashboard, the popup, a capture):
 * its id, times, search text and the dates that follow from its status (lib/cases/case-dates.ts), so
 * every case gets its follow-up date, from which the background arms a reminder.
 */
export function newCaseRecord(input: NewCase, now: Date): CaseRecord {
  const contacts = input.contacts ?? [];
  return {
    ...input,
    ...caseDates(input, input.status, now),
    contacts,
    id: crypto.randomUUID(),
    createdAt: isoWithOffset(now),
    updatedMs: now.getTime(),
    searchText: searchTextOf({ ...input, contacts }),
  };
}

/** Start a complaint on its own (a capture starts one through addCapture's `newCase`). */
export async function createCase(input: NewCase, now = new Date()): Promise<CaseRecord> {
  const record = newCaseRecord(input, now);
  await addCase(record, now);
  return record;
}

/**
 * A draft complaint from what the detector found (one click from a failed payment). Its title
 * says provider and amount once, with the day ("PayPal 129.99 USD · 2026-12-07"); the reference
 * lives in its transactions, shown beside it.
 */
export function newCaseFromDetection(
  detection: PageDetection | null,
  site: WalletSite | null,
  region: RegionId,
  situation: Situation = detection?.kind === 'failed-transaction' ? 'failed-transfer' : 'other',
  now = new Date(),
): NewCase {
  const tx = detection?.transaction;
  const provider = site ? site.names.en : '';
  const remedy: Remedy = situation === 'fraud' ? 'reversal' : situation === 'refund' ? 'refund' : 'explanation';
  const amount = tx?.amount ? ` ${tx.amount}${tx.currency ? ` ${tx.currency}` : ''}` : '';
  return {
    siteId: site?.id ?? detection?.siteId ?? null,
    provider,
    title: `${provider || 'Payment'}${amount} · ${isoWithOffset(now).slice(0, 10)}`,
    situation,
    transactions: tx ? [{ id: tx.id, amount: tx.amount, currency: tx.currency, reason: tx.reason, message: tx.message }] : [],
    remedy,
    region,
    status: 'draft',
  };
}
