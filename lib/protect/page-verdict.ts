/** Why a page was judged what it is: codes the popup and the banner turn into sentences. */
export type PageSignal =
  | 'offer-in-title'
  | 'offer-in-text'
  | 'fee-or-sales'
  | 'authority-payout'
  | 'brand-support-title'
  | 'not-registered-host'
  | 'phone'
  | 'messenger'
  | 'official-claim'
  | 'asks-secret'
  | 'form';

export type PageVerdict =
  /** Offers to get lost money back (for a fee), or a fake regulator paying out for a fee. */
  | { kind: 'recovery-scam'; signals: PageSignal[] }
  /** Presents itself as a registry provider's support, off that provider's registered hosts. */
  | { kind: 'fake-support'; siteId: string; signals: PageSignal[] };
