/**
 * Structured facts read from a captured page (issue 15 §1; the `facts` contract of DESIGN.md's
 * evidence bundle): each `{ type, value, network?, valid?, where? }`, `currency` on amounts and
 * `iso` on datetimes. Kept in the evidence record's meta (covered by its digest).
 */
export const FACT_TYPES = ['transaction-id', 'address', 'amount', 'datetime', 'reference', 'counterparty', 'url'] as const;
type FactType = (typeof FACT_TYPES)[number];

/** Networks an address or a transaction id is recognised as. */
export const NETWORKS = ['evm', 'bitcoin', 'tron', 'solana'] as const;
export type Network = (typeof NETWORKS)[number];

export interface Fact {
  type: FactType;
  /** As shown on the page (an amount: a plain decimal, "1280.00"). */
  value: string;
  network?: Network;
  /** Addresses: the checksum verdict; absent when the format has none (an all-lower-case EVM address). */
  valid?: boolean;
  /** Where on the page it was found: the label or heading next to it, or "address bar" / "detector". */
  where?: string;
  /** Amounts: ISO 4217 code or token symbol. */
  currency?: string;
  /** Datetimes: ISO 8601, with the offset when the page stated a zone (else local time, no offset). */
  iso?: string;
}

/** Most facts one capture keeps (a long transaction list holds hundreds of amounts). */
export const MAX_FACTS = 200;
export const MAX_FACT_VALUE = 300;
export const MAX_FACT_WHERE = 120;
