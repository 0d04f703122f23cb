// The detector contract (DESIGN.md "Contracts"): relied on by checks outside this repo.
export type PageKind = 'failed-transaction' | 'support-page' | 'none';
export type FailureReason =
  | 'insufficient-funds'
  | 'verification-required'
  | 'network-or-system'
  | 'declined-by-recipient-or-bank'
  | 'unknown';

export interface DetectedTransaction {
  /** Reference / order number / tx hash, exactly as displayed. */
  id?: string;
  /** Decimal without symbol, sign or grouping: "1280.00". */
  amount?: string;
  /** ISO 4217 code or token symbol: "CNY", "USDT", "ETH". */
  currency?: string;
  reason: FailureReason;
  /** The failure text as shown. */
  message?: string;
}

export interface PageDetection {
  kind: PageKind;
  /** Registry id of the matched wallet, null when none matched. */
  siteId: string | null;
  /** Present when kind === 'failed-transaction'. */
  transaction?: DetectedTransaction;
  /** What the verdict rests on, shown to the user as "why". */
  signals: string[];
}
