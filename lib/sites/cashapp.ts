import type { WalletSite } from './types';

export const cashapp: WalletSite = {
  id: 'cashapp',
  names: { en: 'Cash App', zh: 'Cash App' },
  category: 'payment-app',
  // cash.app serves the web app, $Cashtag pages and the help centre (cash.app/help).
  // cash.me: Cash App's older domain for $Cashtag links (cash.me/$name), still redirected.
  hosts: ['cash.app', 'cash.me'],
  supportUrls: ['https://cash.app/help'],
  statusUrl: 'https://status.cash.app/',
  channels: [
    {
      kind: 'phone',
      // Cash App's only phone line; it never asks for sign-in codes or PINs.
      url: 'tel:+18009691940',
      label: { en: 'Cash App support (US)', zh: 'Cash App 客服热线（美国）' },
      region: 'US',
      source: 'https://cash.app/help',
      unverified: true,
    },
    {
      kind: 'chat',
      url: 'https://cash.app/help',
      label: { en: 'Contact support from Cash App Help', zh: '通过 Cash App 帮助中心联系客服' },
      source: 'https://cash.app/help',
      unverified: true,
    },
    {
      kind: 'social',
      url: 'https://x.com/CashApp',
      label: { en: '@CashApp on X', zh: 'X 平台 @CashApp' },
      source: 'https://cash.app/',
      unverified: true,
    },
  ],
  regions: ['US'],
  hints: {
    supportPaths: ['/help'],
    defaultCurrency: 'USD',
  },
  examples: [
    'https://cash.app/',
    'https://cash.app/help',
    'https://cash.app/account/activity',
    'https://cash.app/$someone',
    'https://cash.me/$someone',
  ],
};
