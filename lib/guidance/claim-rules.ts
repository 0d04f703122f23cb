import type { Situation } from '../db/types';
import type { FactCheck, Localized, RegionId } from '../sites/types';
import type { DeadlineBasis } from './deadline-rules';
import type { ProviderKind } from './types';

/**
 * What a claim deadline is counted from: the transaction (as the page or the user dates it), the
 * provider's final answer, or the day a dispute was opened with the provider (the case's first
 * logged contact).
 */
export type ClaimStart = 'transaction' | 'final-answer' | 'dispute-opened';

/** A time limit for the user's own step (a dispute, a claim, a referral), with its source. */
export type ClaimRule = FactCheck & {
  id: string;
  /** Regions it applies in; omitted: anywhere (a provider's own terms, with `sites`). */
  regions?: RegionId[];
  /** Registry ids of the providers whose own terms set it; omitted: any provider in scope. */
  sites?: string[];
  providers?: (ProviderKind | 'unknown')[];
  appliesTo: Situation[] | 'all';
  from: ClaimStart;
  basis: DeadlineBasis;
  amount: number;
  label: Localized;
  sourceName: string;
};

const CHECKED = '2026-12-07';
const PAYMENT: (ProviderKind | 'unknown')[] = ['wallet', 'payment-app', 'bank', 'unknown'];
const PAYMENT_PROBLEMS: Situation[] = ['failed-transfer', 'fraud', 'refund', 'other'];

// Each source was read (as stored copies, through the project's search tool) on CHECKED; rules
// whose figure was found only in third-party copies of the text say `unverified`. Card-network
// chargeback windows (Visa / Mastercard rules) are not here: no primary text was reachable.
export const CLAIM_RULES: readonly ClaimRule[] = [
  {
    id: 'paypal-dispute-180d',
    sites: ['paypal'],
    appliesTo: PAYMENT_PROBLEMS,
    from: 'transaction',
    basis: 'calendar-days',
    amount: 180,
    label: {
      en: 'Open a dispute with PayPal within 180 days of the payment.',
      zh: '须在付款之日起180天内向 PayPal 发起争议。',
    },
    // PayPal's help article "What are disputes and claims?" (FAQ854).
    source: 'https://www.paypal.com/jp/selfhelp/article/FAQ854',
    checked: CHECKED,
    sourceName: 'PayPal Help: What are disputes and claims?',
  },
  {
    id: 'paypal-claim-20d',
    sites: ['paypal'],
    appliesTo: PAYMENT_PROBLEMS,
    from: 'dispute-opened',
    basis: 'calendar-days',
    amount: 20,
    label: {
      en: 'Escalate the PayPal dispute to a claim within 20 days of opening it, or it closes for good.',
      zh: '须在发起争议后20天内升级为索赔，否则争议将自动关闭且不能重开。',
    },
    source: 'https://www.paypal.com/ca/selfhelp/article/faq1583',
    checked: CHECKED,
    sourceName: 'PayPal Help: When should I escalate a dispute to a claim?',
  },
  {
    id: 'us-rege-60d',
    regions: ['US'],
    providers: PAYMENT,
    appliesTo: PAYMENT_PROBLEMS,
    from: 'transaction',
    basis: 'calendar-days',
    amount: 60,
    label: {
      en: 'Electronic transfer error (Regulation E): tell the provider within 60 days of the statement that first showed it. Counted here from the transaction, so the real limit is a little later.',
      zh: '电子转账差错（美国 E 条例）：须在首次显示该差错的对账单发出后60天内通知机构。此处从交易日起算，实际期限略晚。',
    },
    // The Federal Reserve's copy of the model error-resolution notice (Appendix A-3).
    source: 'https://frrsdigital.com/topic-by-locator/6-5350',
    checked: CHECKED,
    sourceName: '12 CFR 1005.11(b)(1) and model form A-3 (Regulation E)',
  },
  {
    id: 'us-fcba-60d',
    regions: ['US'],
    providers: ['bank', 'unknown'],
    appliesTo: PAYMENT_PROBLEMS,
    from: 'transaction',
    basis: 'calendar-days',
    amount: 60,
    label: {
      en: 'Credit card billing error (Fair Credit Billing Act): write to the card issuer within 60 days of the first statement showing it. Counted here from the transaction.',
      zh: '信用卡账单差错（美国公平信用账单法）：须在首次显示该差错的账单寄出后60天内书面通知发卡机构。此处从交易日起算。',
    },
    source: 'https://www.consumerfinance.gov/rules-policy/regulations/1026/13/',
    unverified: true,
    sourceName: '12 CFR 1026.13(b)(1) (Regulation Z)',
  },
  {
    id: 'eu-psd2-13m',
    regions: ['EU'],
    providers: PAYMENT,
    appliesTo: ['failed-transfer', 'fraud'],
    from: 'transaction',
    basis: 'months',
    amount: 13,
    label: {
      en: 'Unauthorised or wrongly executed payment: tell your provider at once, and no later than 13 months after the debit date.',
      zh: '未经授权或执行错误的支付：须立即通知支付机构，最迟在扣款之日起13个月内。',
    },
    // Read in national transpositions and copies of the directive, not on EUR-Lex.
    source: 'https://eur-lex.europa.eu/eli/dir/2015/2366/oj',
    unverified: true,
    sourceName: 'Directive (EU) 2015/2366 (PSD2), Article 71(1)',
  },
  {
    id: 'uk-app-13m',
    regions: ['UK'],
    providers: ['bank', 'unknown'],
    appliesTo: ['fraud'],
    from: 'transaction',
    basis: 'months',
    amount: 13,
    label: {
      en: 'Bank transfer to a scammer (APP fraud): claim reimbursement from your bank within 13 months of the last payment.',
      zh: '被骗转账（授权推送支付诈骗）：须在最后一笔付款后13个月内向银行申请赔付。',
    },
    source:
      'https://www.psr.org.uk/publications/policy-statements/ps23-3-fighting-authorised-push-payment-fraud-a-new-reimbursement-requirement/',
    unverified: true,
    sourceName: 'Payment Systems Regulator PS23/3, APP scams reimbursement requirement',
  },
  {
    id: 'uk-fos-6m-final',
    regions: ['UK'],
    providers: PAYMENT,
    appliesTo: 'all',
    from: 'final-answer',
    basis: 'months',
    amount: 6,
    label: {
      en: 'Take it to the Financial Ombudsman within 6 months of the firm’s final response.',
      zh: '收到机构最终答复后6个月内可向金融申诉专员投诉。',
    },
    source: 'https://www.handbook.fca.org.uk/handbook/DISP/2/8.html',
    checked: CHECKED,
    sourceName: 'FCA Handbook DISP 2.8.2R(1)',
  },
];
