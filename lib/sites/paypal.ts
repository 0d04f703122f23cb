import type { WalletSite } from './types';

export const paypal: WalletSite = {
  id: 'paypal',
  names: { en: 'PayPal', zh: 'PayPal 贝宝' },
  category: 'wallet',
  // paypal-community.com is PayPal's own help forum (linked from its contact page).
  // paypal-status.com is PayPal's own service status page (the statusUrl below).
  hosts: ['paypal.com', 'paypal.me', 'paypal-community.com', 'paypal-status.com'],
  supportUrls: [
    'https://www.paypal.com/us/cshelp/personal',
    'https://www.paypal.com/us/smarthelp/contact-us',
    'https://www.paypal.com/disputes/',
  ],
  statusUrl: 'https://www.paypal-status.com/',
  channels: [
    {
      kind: 'phone',
      url: 'tel:+18882211161',
      label: { en: 'PayPal customer service (US)', zh: 'PayPal 客服热线（美国）' },
      region: 'US',
      source: 'https://www.paypal.com/us/smarthelp/contact-us',
      unverified: true,
    },
    {
      kind: 'chat',
      url: 'https://www.paypal.com/us/smarthelp/contact-us',
      label: { en: 'Message PayPal (chat)', zh: '在线联系 PayPal' },
      source: 'https://www.paypal.com/us/smarthelp/contact-us',
      unverified: true,
    },
    {
      kind: 'forum',
      url: 'https://www.paypal-community.com/',
      label: { en: 'PayPal Community', zh: 'PayPal 社区论坛' },
      source: 'https://www.paypal-community.com/',
      unverified: true,
    },
    {
      kind: 'form',
      url: 'https://www.paypal.com/disputes/',
      label: { en: 'Resolution Center (disputes)', zh: '争议处理中心' },
      source: 'https://www.paypal.com/us/cshelp/personal',
      unverified: true,
    },
    {
      kind: 'social',
      url: 'https://x.com/AskPayPal',
      label: { en: '@AskPayPal on X', zh: 'X 平台 @AskPayPal' },
      source: 'https://www.paypal.com/us/smarthelp/contact-us',
      unverified: true,
    },
    {
      kind: 'form',
      url: 'https://www.paypal.com/uk/selfhelp/contact/email/complaint',
      label: { en: 'Formal complaint (UK Complaint Code of Practice)', zh: '正式投诉（英国投诉处理守则）' },
      region: 'UK',
      source: 'https://www.paypal.com/uk/selfhelp/contact/email/complaint',
      checked: '2026-12-07',
    },
  ],
  regions: ['US', 'UK', 'EU', 'GLOBAL'],
  hints: {
    supportPaths: ['/cshelp', '/smarthelp', '/disputes', '/resolutioncenter', '/help'],
    supportHosts: ['paypal-community.com'],
  },
  examples: [
    'https://www.paypal.com/myaccount/transfer/send/failed',
    'https://www.paypal.com/us/smarthelp/contact-us',
    'https://paypal.me/someone',
    'https://www.paypal-community.com/t5/Transactions/bd-p/transactions',
    'https://www.paypal-status.com/product/production',
  ],
};
