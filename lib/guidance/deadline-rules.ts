import type { Situation } from '../db/types';
import type { Localized, RegionId } from '../sites/types';
import { CN_DEADLINE_RULES } from './deadline-rules-cn';
import type { ProviderKind } from './types';

export type DeadlineBasis = 'calendar-days' | 'business-days' | 'weeks' | 'months';

/**
 * Whose clock a rule runs: the provider's answer to a complaint filed with it, a body's decision
 * or answer once the complaint is with that body, or the window for taking it further.
 */
export type DeadlineClock = 'provider-reply' | 'body-decision' | 'body-reply' | 'body-final' | 'body-mediation' | 'referral-window';

/** `unknown`: a provider that is not in the registry and was not classified by the user. */
type ProviderScope = ProviderKind | 'unknown';

export interface DeadlineRule {
  id: string;
  region: RegionId;
  appliesTo: Situation[] | 'all';
  /** Providers the rule covers; omitted: all. */
  providers?: ProviderScope[];
  clock: DeadlineClock;
  basis: DeadlineBasis;
  amount: number;
  exceptionalAmount?: number;
  /** Hard ceiling after every extension, where the rule has one. */
  maxAmount?: number;
  label: Localized;
  source: string;
  sourceName: string;
}

// Business days are Monday–Friday only (date-fns addBusinessDays). Public holidays, and China's
// swapped working weekends (调休), are NOT modelled, so labels say the date is approximate.

const PAYMENT: ProviderScope[] = ['wallet', 'payment-app', 'bank'];

/** Ordered: for a case, the first rule that matches its clock wins. */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    id: 'uk-psr-15bd',
    region: 'UK',
    appliesTo: 'all',
    providers: PAYMENT,
    clock: 'provider-reply',
    basis: 'business-days',
    amount: 15,
    exceptionalAmount: 35,
    label: {
      en: 'Firm’s answer due in 15 business days (35 if exceptional). Approximate: bank holidays ignored.',
      zh: '机构须在15个工作日内答复（特殊情况35个）。日期为估算，未考虑法定假日。',
    },
    source: 'https://www.handbook.fca.org.uk/handbook/DISP/1/6.html',
    sourceName: 'FCA Handbook DISP 1.6.2A (payment services complaints)',
  },
  {
    id: 'uk-disp-8w',
    region: 'UK',
    appliesTo: 'all',
    providers: ['exchange', 'unknown'],
    clock: 'provider-reply',
    basis: 'weeks',
    amount: 8,
    label: { en: 'Firm’s final response due within 8 weeks.', zh: '机构须在8周内给出最终答复。' },
    source: 'https://www.handbook.fca.org.uk/handbook/DISP/1/6.html',
    sourceName: 'FCA Handbook DISP 1.6.2',
  },
  {
    id: 'uk-fos-6m',
    region: 'UK',
    appliesTo: 'all',
    providers: [...PAYMENT, 'exchange', 'unknown'],
    clock: 'referral-window',
    basis: 'months',
    amount: 6,
    label: {
      en: 'Take it to the ombudsman within 6 months of the final response.',
      zh: '收到最终答复后6个月内可向金融申诉专员投诉。',
    },
    source: 'https://www.handbook.fca.org.uk/handbook/DISP/2/8.html',
    sourceName: 'FCA Handbook DISP 2.8.2',
  },
  {
    id: 'eu-psd2-15bd',
    region: 'EU',
    appliesTo: 'all',
    providers: [...PAYMENT, 'unknown'],
    clock: 'provider-reply',
    basis: 'business-days',
    amount: 15,
    exceptionalAmount: 35,
    label: {
      en: 'Provider’s answer due in 15 business days (35 if exceptional). Approximate: holidays ignored.',
      zh: '支付机构须在15个工作日内答复（特殊情况35个）。日期为估算，未考虑节假日。',
    },
    source: 'https://eur-lex.europa.eu/eli/dir/2015/2366/oj',
    sourceName: 'Directive (EU) 2015/2366 (PSD2), Article 101(2)',
  },
  {
    id: 'us-cfpb-15d',
    region: 'US',
    appliesTo: 'all',
    clock: 'body-reply',
    basis: 'calendar-days',
    amount: 15,
    label: {
      en: 'Complaint sent through the CFPB: the company responds within 15 days.',
      zh: '通过 CFPB 提交的投诉：企业须在15天内回复。',
    },
    source: 'https://www.consumerfinance.gov/complaint/process/',
    sourceName: 'CFPB: Learn how the complaint process works',
  },
  {
    id: 'us-cfpb-60d',
    region: 'US',
    appliesTo: 'all',
    clock: 'body-final',
    basis: 'calendar-days',
    amount: 60,
    label: {
      en: 'If the company marks it “in progress”: final answer within 60 days.',
      zh: '企业标记为处理中的：60天内给出最终答复。',
    },
    source: 'https://www.consumerfinance.gov/complaint/process/',
    sourceName: 'CFPB: Learn how the complaint process works',
  },
  ...CN_DEADLINE_RULES,
];
