import type { Situation } from '../db/types';
import type { FactCheck, Localized, RegionId } from '../sites/types';
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

/** A time limit, with where it was checked (`source`, `checked` or `unverified`). */
export type DeadlineRule = FactCheck & {
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
  sourceName: string;
};

// Business days are Monday–Friday only (date-fns addBusinessDays). Public holidays, and China's
// swapped working weekends (调休), are NOT modelled, so labels say the date is approximate.

const PAYMENT: ProviderScope[] = ['wallet', 'payment-app', 'bank'];

// DISP 2.8 as read on the FCA Handbook (version of 2024-04-02): 2.8.1R(2) 8 weeks, 2.8.1R(2A)
// 15 business days / 35 with a holding reply for payment and e-money complaints, 2.8.2R(1)
// 6 months. Crypto firms registered with the FCA only for anti-money-laundering are outside
// DISP and the ombudsman (see coverage.ts), so `exchange` and `crypto` are not in these scopes.
const DISP_2_8 = 'https://www.handbook.fca.org.uk/handbook/DISP/2/8.html';
const CHECKED = '2026-12-07';
const CFPB_PROCESS = 'https://www.consumerfinance.gov/complaint/process/';

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
    source: DISP_2_8,
    checked: CHECKED,
    sourceName: 'FCA Handbook DISP 2.8.1R(2A) (payment and e-money complaints)',
  },
  {
    id: 'uk-disp-8w',
    region: 'UK',
    appliesTo: 'all',
    providers: ['unknown'],
    clock: 'provider-reply',
    basis: 'weeks',
    amount: 8,
    label: { en: 'Firm’s final response due within 8 weeks.', zh: '机构须在8周内给出最终答复。' },
    source: DISP_2_8,
    checked: CHECKED,
    sourceName: 'FCA Handbook DISP 2.8.1R(2)',
  },
  {
    id: 'uk-fos-6m',
    region: 'UK',
    appliesTo: 'all',
    providers: [...PAYMENT, 'unknown'],
    clock: 'referral-window',
    basis: 'months',
    amount: 6,
    label: {
      en: 'Take it to the ombudsman within 6 months of the final response.',
      zh: '收到最终答复后6个月内可向金融申诉专员投诉。',
    },
    source: DISP_2_8,
    checked: CHECKED,
    sourceName: 'FCA Handbook DISP 2.8.2R(1)',
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
    // Read only in third-party copies of the directive's text (EUR-Lex was not reachable).
    source: 'https://eur-lex.europa.eu/eli/dir/2015/2366/oj',
    unverified: true,
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
      en: 'Complaint sent through the CFPB: companies generally respond within 15 days.',
      zh: '通过 CFPB 提交的投诉：企业一般在15天内回复。',
    },
    // The CFPB's process page as read does not state the 15 / 60 days; found only in
    // third-party restatements of the CFPB's wording.
    source: CFPB_PROCESS,
    unverified: true,
    sourceName: 'CFPB: The complaint process',
  },
  {
    id: 'us-cfpb-60d',
    region: 'US',
    appliesTo: 'all',
    clock: 'body-final',
    basis: 'calendar-days',
    amount: 60,
    label: {
      en: 'If the company says its work is in progress: a final answer within 60 days at most.',
      zh: '企业表示仍在处理的：最迟60天内给出最终答复。',
    },
    source: CFPB_PROCESS,
    unverified: true,
    sourceName: 'CFPB: The complaint process',
  },
  ...CN_DEADLINE_RULES,
];
