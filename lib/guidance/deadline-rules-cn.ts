import type { Situation } from '../db/types';
import type { DeadlineRule } from './deadline-rules';

// Mainland China. Working days skip weekends only: public holidays and the swapped working
// weekends (调休) are not modelled, so the labels call the dates approximate.
//
// No rule for payment institutions (Alipay, WeChat Pay, UnionPay → 12363): their time limit
// comes from the central bank's Order No. 5 of 2020, whose final text could not be read; see
// the note on CN_12363 in bodies-cn.ts. escalationDeadline returns null for them.
// None of these were read on the regulator's own site, so all are marked unverified; the 12315
// figures were read in a third-party copy of the regulation's text (Articles 14 and 21(5)).
// Crypto exchanges have no 12315 rule: virtual-currency exchange business is illegal in
// mainland China, so the route there is the police (coverage.ts).

const NOT_FRAUD: Situation[] = ['failed-transfer', 'refund', 'security', 'other'];

export const CN_DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    id: 'cn-bank-15d',
    region: 'CN',
    appliesTo: 'all',
    providers: ['bank'],
    clock: 'provider-reply',
    basis: 'calendar-days',
    amount: 15,
    exceptionalAmount: 30,
    maxAmount: 60,
    label: {
      en: 'Bank’s answer due in 15 days (complex cases 30; at most 60, with approval).',
      zh: '银行须在15日内答复（情况复杂的30日；特别复杂的经审批最长60日）。',
    },
    source: 'https://www.nfra.gov.cn/',
    unverified: true,
    sourceName: '银行业保险业消费投诉处理管理办法（中国银保监会令2020年第3号）',
  },
  {
    id: 'cn-12315-7wd',
    region: 'CN',
    appliesTo: NOT_FRAUD,
    providers: ['merchant', 'unknown'],
    clock: 'body-decision',
    basis: 'business-days',
    amount: 7,
    label: {
      en: '12315 decides in about 7 working days whether to accept. Approximate: holidays ignored.',
      zh: '12315 约7个工作日内决定是否受理。日期为估算，未考虑节假日和调休。',
    },
    source: 'https://www.samr.gov.cn/',
    unverified: true,
    sourceName: '市场监督管理投诉举报处理暂行办法',
  },
  {
    id: 'cn-12315-45wd',
    region: 'CN',
    appliesTo: NOT_FRAUD,
    providers: ['merchant', 'unknown'],
    clock: 'body-mediation',
    basis: 'business-days',
    amount: 45,
    label: {
      en: 'Mediation ends if no agreement within 45 working days of acceptance.',
      zh: '受理之日起45个工作日内未达成调解协议的，调解终止。',
    },
    source: 'https://www.samr.gov.cn/',
    unverified: true,
    sourceName: '市场监督管理投诉举报处理暂行办法',
  },
];
