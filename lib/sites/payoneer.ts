import type { WalletSite } from './types';

const complaints = 'https://www.payoneer.com/customer-disclosures-and-complaints/';
const errors = 'https://www.payoneer.com/about/transaction-or-transfer-error/';

export const payoneer: WalletSite = {
  id: 'payoneer',
  names: { en: 'Payoneer', zh: '派安盈（Payoneer）' },
  category: 'payment-app',
  // payoneer.com covers the account (myaccount.payoneer.com) and the support pages; Payoneer's
  // help centre runs on its own subdomain of the Oracle help-desk host custhelp.com (only that
  // subdomain is claimed).
  hosts: ['payoneer.com', 'payoneer.custhelp.com'],
  supportUrls: [complaints, errors],
  channels: [
    {
      kind: 'phone',
      url: 'tel:+18002512521',
      label: { en: 'Payoneer Customer Care (US)', zh: 'Payoneer 客服热线（美国）' },
      region: 'US',
      source: complaints,
      checked: '2026-12-07',
    },
    {
      kind: 'phone',
      url: 'tel:+442035191198',
      label: { en: 'Payoneer Customer Care (UK)', zh: 'Payoneer 客服热线（英国）' },
      region: 'UK',
      source: complaints,
      checked: '2026-12-07',
    },
    {
      kind: 'phone',
      url: 'tel:+16466583695',
      label: { en: 'Payoneer Customer Care (international)', zh: 'Payoneer 客服热线（国际）' },
      source: complaints,
      checked: '2026-12-07',
    },
    {
      kind: 'form',
      // Errors and unauthorised transfers: report within 60 days, preferably by the Dispute Form.
      url: errors,
      label: { en: 'Report a transaction error (Dispute Form)', zh: '报告交易错误（争议表单）' },
      source: errors,
      checked: '2026-12-07',
    },
    {
      kind: 'form',
      url: complaints,
      label: { en: 'How to file a complaint', zh: '如何提交投诉' },
      source: complaints,
      checked: '2026-12-07',
    },
  ],
  regions: ['US', 'UK', 'GLOBAL'],
  hints: {
    supportPaths: ['/customer-disclosures-and-complaints', '/transaction-or-transfer-error', '/support'],
    supportHosts: ['payoneer.custhelp.com'],
  },
  examples: [
    'https://www.payoneer.com/',
    complaints,
    'https://www.payoneer.com/ru/about/transaction-or-transfer-error/',
    'https://myaccount.payoneer.com/ma/transactions',
    'https://payoneer.custhelp.com/app/ask',
  ],
};
