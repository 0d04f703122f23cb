import type { WalletSite } from './types';

export const venmo: WalletSite = {
  id: 'venmo',
  names: { en: 'Venmo', zh: 'Venmo' },
  category: 'payment-app',
  // venmo.com covers the web app (account.venmo.com) and the help centre (help.venmo.com).
  hosts: ['venmo.com'],
  supportUrls: [
    'https://help.venmo.com/hc/en-us',
    'https://help.venmo.com/hc/en-us/articles/35679933994899-Dispute-filing-timeframes',
    'https://venmo.com/about/security/',
  ],
  channels: [
    {
      kind: 'phone',
      // The Venmo user agreement gives (855) 812-4430 for cancelling authorisations and errors.
      url: 'tel:+18558124430',
      label: { en: 'Venmo customer support (US)', zh: 'Venmo 客服热线（美国）' },
      region: 'US',
      source: 'https://venmo.com/legal/us-user-agreement/',
      unverified: true,
    },
    {
      kind: 'form',
      url: 'https://help.venmo.com/hc/en-us',
      label: { en: 'Venmo Help Center (contact us)', zh: 'Venmo 帮助中心（联系客服）' },
      source: 'https://help.venmo.com/hc/en-us',
      unverified: true,
    },
    {
      kind: 'social',
      url: 'https://x.com/Venmo',
      label: { en: '@Venmo on X', zh: 'X 平台 @Venmo' },
      source: 'https://venmo.com/',
      unverified: true,
    },
  ],
  regions: ['US'],
  hints: {
    supportPaths: ['/about/security'],
    supportHosts: ['help.venmo.com'],
    defaultCurrency: 'USD',
  },
  examples: [
    'https://venmo.com/',
    'https://account.venmo.com/?feed=mine',
    'https://help.venmo.com/hc/en-us/articles/35679933994899-Dispute-filing-timeframes',
  ],
};
