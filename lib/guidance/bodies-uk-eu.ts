import type { EscalationBody } from './types';

// UK and EU bodies. Facts as restated in shared/GUIDANCE-FACTS.md §4.

const UK_FOS: EscalationBody = {
  id: 'uk-fos',
  region: 'UK',
  name: { en: 'Financial Ombudsman Service', zh: '英国金融申诉专员服务（FOS）' },
  kind: 'ombudsman',
  contact: [
    {
      href: 'https://www.financial-ombudsman.org.uk/consumers/how-to-complain',
      label: { en: 'Complain to the ombudsman', zh: '向金融申诉专员投诉' },
    },
    { href: 'tel:+448000234567', label: { en: 'Call 0800 023 4567', zh: '致电 0800 023 4567' } },
  ],
  purpose: {
    en: 'Free, independent decision when a firm’s final answer is unfair or late.',
    zh: '机构最终答复不合理或逾期未答复时，可免费申请独立裁决。',
  },
  cta: {
    en: 'Take it to the Financial Ombudsman Service; it is free.',
    zh: '向英国金融申诉专员服务（FOS）申诉，免费。',
  },
  // FCA Handbook DISP 1.6 (time limits for firms) and DISP 2.8 (the 6-month window).
  notes: [
    {
      en: 'Payment complaints: the firm answers within 15 business days (35 in exceptional cases); others 8 weeks.',
      zh: '支付类投诉：机构须在15个工作日内答复（特殊情况35个）；其他投诉8周。',
    },
    {
      en: 'Go to the ombudsman within 6 months of the firm’s final response.',
      zh: '须在收到机构最终答复后6个月内向申诉专员提出。',
    },
    {
      en: 'It only covers firms and products within its remit; many crypto services are outside it.',
      zh: '只受理其职权范围内的机构和产品；许多加密货币服务不在其列。',
    },
  ],
  source: 'https://www.handbook.fca.org.uk/handbook/DISP/1/6.html',
  sourceName: 'FCA Handbook DISP 1.6 Complaints time limit rules; DISP 2.8',
};

const UK_ACTION_FRAUD: EscalationBody = {
  id: 'uk-action-fraud',
  region: 'UK',
  name: { en: 'Action Fraud', zh: '英国反欺诈举报中心 Action Fraud' },
  kind: 'anti-fraud',
  contact: [
    { href: 'https://www.actionfraud.police.uk/', label: { en: 'Report to Action Fraud', zh: '向 Action Fraud 举报' } },
    { href: 'tel:+443001232040', label: { en: 'Call 0300 123 2040', zh: '致电 0300 123 2040' } },
  ],
  purpose: {
    en: 'The UK’s national centre for reporting fraud and cyber crime to the police.',
    zh: '英国全国性的诈骗和网络犯罪报案中心，报案转交警方。',
  },
  cta: {
    en: 'Report the fraud to Action Fraud, the UK police’s fraud reporting centre.',
    zh: '向英国警方的反欺诈举报中心 Action Fraud 报案。',
  },
  source: 'https://www.actionfraud.police.uk/',
  sourceName: 'Action Fraud (City of London Police)',
};

const EU_ADR: EscalationBody = {
  id: 'eu-adr',
  region: 'EU',
  name: {
    en: 'Your country’s payment complaint body (FIN-NET list)',
    zh: '所在国的支付纠纷调解机构（FIN-NET 名录）',
  },
  kind: 'ombudsman',
  contact: [
    {
      href: 'https://finance.ec.europa.eu/consumer-finance-and-payments/retail-financial-services/financial-dispute-resolution-network-fin-net_en',
      label: { en: 'Find your national body (FIN-NET)', zh: '查找所在国机构（FIN-NET）' },
    },
  ],
  purpose: {
    en: 'Out-of-court dispute resolution for payment and banking complaints, country by country.',
    zh: '各国设立的支付、银行纠纷庭外调解机构。',
  },
  cta: {
    en: 'Go to your country’s payment complaint body (see the FIN-NET list).',
    zh: '向所在国的支付纠纷调解机构申诉（见 FIN-NET 名录）。',
  },
  // Directive (EU) 2015/2366 (PSD2) Art. 101: answer within 15 business days, up to 35 when
  // the provider explains the delay; Art. 102: member states provide ADR bodies.
  notes: [
    {
      en: 'The payment provider answers within 15 business days (35 in exceptional cases).',
      zh: '支付机构须在15个工作日内答复（特殊情况最多35个工作日）。',
    },
  ],
  source: 'https://eur-lex.europa.eu/eli/dir/2015/2366/oj',
  sourceName: 'Directive (EU) 2015/2366 (PSD2), Articles 101–102',
};

const EU_POLICE: EscalationBody = {
  id: 'eu-police',
  region: 'EU',
  name: { en: 'Your national police (Europol list)', zh: '所在国警方（欧洲刑警组织名录）' },
  kind: 'police',
  contact: [
    {
      href: 'https://www.europol.europa.eu/report-a-crime/report-cybercrime-online',
      label: { en: 'Find where to report in your country', zh: '查找本国报案渠道' },
    },
  ],
  purpose: {
    en: 'Report fraud to the police of the country you live in.',
    zh: '向居住国警方报案。',
  },
  cta: {
    en: 'Report the fraud to the police in your country.',
    zh: '向所在国警方报案。',
  },
  source: 'https://www.europol.europa.eu/report-a-crime/report-cybercrime-online',
  sourceName: 'Europol: Report cybercrime online',
};

export const UK_EU_BODIES: readonly EscalationBody[] = [UK_FOS, UK_ACTION_FRAUD, EU_ADR, EU_POLICE];
