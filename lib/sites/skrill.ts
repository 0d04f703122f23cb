import type { WalletSite } from './types';

const complaint = 'https://www.skrill.com/en-in/support/question/146/how-do-i-file-a-complaint/';

export const skrill: WalletSite = {
  id: 'skrill',
  names: { en: 'Skrill', zh: 'Skrill' },
  category: 'wallet',
  // skrill.com covers the wallet (account.skrill.com) and both help sites (/support, support.skrill.com).
  hosts: ['skrill.com'],
  supportUrls: ['https://www.skrill.com/en/support/', complaint],
  channels: [
    {
      kind: 'form',
      // Skrill's help articles end in "the available contact channel below" (form or chat).
      url: 'https://www.skrill.com/en/support/',
      label: { en: 'Skrill Help Team (contact on any help article)', zh: 'Skrill 帮助团队（帮助文章下方联系）' },
      source: complaint,
      checked: '2026-12-07',
    },
    {
      kind: 'social',
      url: 'https://x.com/Skrill',
      label: { en: '@Skrill on X', zh: 'X 平台 @Skrill' },
      source: 'https://www.skrill.com/',
      unverified: true,
    },
    {
      kind: 'form',
      url: complaint,
      label: { en: 'File a formal complaint', zh: '提交正式投诉' },
      source: complaint,
      checked: '2026-12-07',
    },
  ],
  regions: ['UK', 'EU', 'GLOBAL'],
  hints: {
    supportPaths: ['/support'],
    supportHosts: ['support.skrill.com'],
  },
  examples: [
    'https://www.skrill.com/en/',
    'https://www.skrill.com/en-us/support/question/116/my-account-was-logged-in-from-a-new-device-but-it-wasn-t-me-what-should-i-do/',
    'https://account.skrill.com/wallet/account/transaction-history',
  ],
};
