import type { EscalationBody } from './types';

// United States. Each fact carries where it was checked (docs/fact-check.md has the details).

const CHECKED = '2026-12-07';
const CFPB_PROCESS = 'https://www.consumerfinance.gov/complaint/process/';
const CFPB_ASK =
  'https://www.consumerfinance.gov/ask-cfpb/i-want-to-submit-a-complaint-about-an-international-money-transfer-what-should-i-do-en-1753/';

const US_CFPB: EscalationBody = {
  id: 'us-cfpb',
  region: 'US',
  name: { en: 'Consumer Financial Protection Bureau (CFPB)', zh: '美国消费者金融保护局（CFPB）' },
  kind: 'financial-regulator',
  contact: [
    {
      href: 'https://www.consumerfinance.gov/complaint/',
      label: { en: 'Submit a complaint', zh: '提交投诉' },
      source: CFPB_ASK,
      checked: CHECKED,
    },
    {
      href: 'tel:+18554112372',
      label: { en: 'Call (855) 411-2372', zh: '致电 (855) 411-2372' },
      source: CFPB_ASK,
      checked: CHECKED,
    },
  ],
  purpose: {
    en: 'Complaints about money transfer apps, virtual currency and money services.',
    zh: '针对转账应用、虚拟货币和货币服务的投诉。',
  },
  cta: {
    en: 'Complain to the CFPB under “Money transfer, virtual currency, or money service”.',
    zh: '向 CFPB 投诉，类别选 “Money transfer, virtual currency, or money service”。',
  },
  // The CFPB's process page (as read) lists the steps but not the 15 / 60 days; those were found
  // only in third-party restatements of the CFPB's wording, hence unverified.
  notes: [
    {
      en: 'Choose “Money transfer, virtual currency, or money service”.',
      zh: '类别选择 “Money transfer, virtual currency, or money service”。',
      source: 'https://www.consumerfinance.gov/complaint/',
      unverified: true,
    },
    {
      en: 'Companies generally respond within 15 days; if the work is in progress, a final answer within 60 days at most.',
      zh: '企业一般在15天内回复；标记为处理中的，最迟60天内给出最终答复。',
      source: CFPB_PROCESS,
      unverified: true,
    },
  ],
  source: CFPB_PROCESS,
  checked: CHECKED,
  sourceName: 'CFPB: The complaint process',
};

const FTC = 'https://reportfraud.ftc.gov/';

const US_FTC: EscalationBody = {
  id: 'us-ftc',
  region: 'US',
  name: { en: 'FTC ReportFraud', zh: '美国联邦贸易委员会欺诈举报（FTC）' },
  kind: 'anti-fraud',
  contact: [
    {
      href: FTC,
      label: { en: 'Report at reportfraud.ftc.gov', zh: '在 reportfraud.ftc.gov 举报' },
      source: FTC,
      unverified: true,
    },
  ],
  purpose: { en: 'Report scams and fraud to the FTC.', zh: '向联邦贸易委员会举报诈骗。' },
  cta: {
    en: 'Report the scam to the FTC at reportfraud.ftc.gov.',
    zh: '在 reportfraud.ftc.gov 向 FTC 举报诈骗。',
  },
  source: FTC,
  unverified: true,
  sourceName: 'Federal Trade Commission: ReportFraud',
};

const IC3 = 'https://www.ic3.gov/';

const US_IC3: EscalationBody = {
  id: 'us-ic3',
  region: 'US',
  name: { en: 'FBI Internet Crime Complaint Center (IC3)', zh: '美国联邦调查局互联网犯罪投诉中心（IC3）' },
  kind: 'police',
  contact: [{ href: IC3, label: { en: 'File a report at ic3.gov', zh: '在 ic3.gov 报案' }, source: IC3, checked: CHECKED }],
  purpose: {
    en: 'Report online fraud, including crypto and payment scams, to the FBI.',
    zh: '向 FBI 报告网络诈骗，包括加密货币和支付诈骗。',
  },
  cta: {
    en: 'Report it to the FBI’s IC3 at ic3.gov; also tell your local police.',
    zh: '在 ic3.gov 向 FBI 报案，并向当地警方报案。',
  },
  source: IC3,
  checked: CHECKED,
  sourceName: 'FBI Internet Crime Complaint Center: FAQ',
};

export const US_BODIES: readonly EscalationBody[] = [US_CFPB, US_FTC, US_IC3];
