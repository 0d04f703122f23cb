import type { EscalationBody } from './types';

// United Kingdom. Each fact carries where it was checked (docs/fact-check.md has the details).

const FOS_LEAFLET = 'https://www.financial-ombudsman.org.uk/publications/consumer-leaflet.htm';
const FOS_HELP = 'https://www.financial-ombudsman.org.uk/consumers/complaints-can-help';
const DISP_2_8 = 'https://www.handbook.fca.org.uk/handbook/DISP/2/8.html';
const CHECKED = '2026-12-07';

const UK_FOS: EscalationBody = {
  id: 'uk-fos',
  region: 'UK',
  name: { en: 'Financial Ombudsman Service', zh: '英国金融申诉专员服务（FOS）' },
  kind: 'ombudsman',
  contact: [
    {
      href: FOS_HELP,
      label: { en: 'Complain to the ombudsman', zh: '向金融申诉专员投诉' },
      source: FOS_HELP,
      checked: CHECKED,
    },
    {
      href: 'tel:+448000234567',
      label: { en: 'Call 0800 023 4567', zh: '致电 0800 023 4567' },
      source: FOS_LEAFLET,
      checked: CHECKED,
    },
  ],
  purpose: {
    en: 'Free, independent decision when a firm’s final answer is unfair or late.',
    zh: '机构最终答复不合理或逾期未答复时，可免费申请独立裁决。',
  },
  cta: {
    en: 'Take it to the Financial Ombudsman Service; it is free.',
    zh: '向英国金融申诉专员服务（FOS）申诉，免费。',
  },
  // FCA Handbook DISP 2.8.1R (when the ombudsman may take a complaint) and 2.8.2R (6 months).
  notes: [
    {
      en: 'Payment complaints: the firm answers within 15 business days (35 in exceptional cases); others 8 weeks.',
      zh: '支付类投诉：机构须在15个工作日内答复（特殊情况35个）；其他投诉8周。',
      source: DISP_2_8,
      checked: CHECKED,
    },
    {
      en: 'Go to the ombudsman within 6 months of the firm’s final response.',
      zh: '须在收到机构最终答复后6个月内向申诉专员提出。',
      source: DISP_2_8,
      checked: CHECKED,
    },
  ],
  source: FOS_LEAFLET,
  checked: CHECKED,
  sourceName: 'Financial Ombudsman Service: consumer leaflet',
};

const REPORT_FRAUD = 'https://www.reportfraud.police.uk/';

/**
 * Report Fraud replaced Action Fraud on 4 December 2025 (England, Wales and Northern Ireland).
 * Its own site could not be read when this was checked; the change, the address and the number
 * were found in the City of London Police's and the Serious Fraud Office's announcements as
 * republished elsewhere, so the facts are marked unverified.
 */
const UK_REPORT_FRAUD: EscalationBody = {
  id: 'uk-report-fraud',
  region: 'UK',
  name: { en: 'Report Fraud (was Action Fraud)', zh: '英国反欺诈举报服务 Report Fraud（原 Action Fraud）' },
  kind: 'anti-fraud',
  contact: [
    {
      href: REPORT_FRAUD,
      label: { en: 'Report at reportfraud.police.uk', zh: '在 reportfraud.police.uk 报案' },
      source: REPORT_FRAUD,
      unverified: true,
    },
    {
      href: 'tel:+443001232040',
      label: { en: 'Call 0300 123 2040', zh: '致电 0300 123 2040' },
      source: REPORT_FRAUD,
      unverified: true,
    },
  ],
  purpose: {
    en: 'The police’s national service for reporting fraud and cyber crime in England, Wales and Northern Ireland.',
    zh: '英格兰、威尔士和北爱尔兰的全国性诈骗和网络犯罪报案服务，由警方运营。',
  },
  cta: {
    en: 'Report the fraud to Report Fraud (England, Wales, Northern Ireland).',
    zh: '向 Report Fraud 报案（英格兰、威尔士、北爱尔兰）。',
  },
  source: REPORT_FRAUD,
  unverified: true,
  sourceName: 'Report Fraud (City of London Police)',
};

const POLICE_SCOTLAND = 'https://www.scotland.police.uk/about-us/covid-19-police-scotland-response/faqs-general/';

/** In Scotland fraud is reported to Police Scotland, not to Report Fraud. */
const UK_POLICE_SCOTLAND: EscalationBody = {
  id: 'uk-police-scotland',
  region: 'UK',
  name: { en: 'Police Scotland: 101', zh: '苏格兰警方 101' },
  kind: 'police',
  contact: [
    {
      href: 'tel:101',
      label: { en: 'Call 101 (Scotland)', zh: '拨打 101（苏格兰）' },
      source: POLICE_SCOTLAND,
      checked: CHECKED,
    },
  ],
  purpose: {
    en: 'In Scotland, fraud and cyber crime are reported to Police Scotland (999 in an emergency).',
    zh: '在苏格兰，诈骗和网络犯罪向苏格兰警方报案（紧急情况拨打999）。',
  },
  cta: {
    en: 'In Scotland, report it to Police Scotland on 101 instead.',
    zh: '在苏格兰，请改为拨打101向苏格兰警方报案。',
  },
  // Police Scotland's own page confirms 101; that Scottish victims call it rather than use
  // Report Fraud is in the City of London Police's announcement, read only as republished.
  source: 'https://www.scotland.police.uk/',
  unverified: true,
  sourceName: 'Police Scotland',
};

export const UK_BODIES: readonly EscalationBody[] = [UK_FOS, UK_REPORT_FRAUD, UK_POLICE_SCOTLAND];
