import type { WalletSite } from './types';

export const bscscan: WalletSite = {
  id: 'bscscan',
  names: { en: 'BscScan', zh: 'BscScan（BNB 链浏览器）' },
  category: 'explorer',
  // bscscan.com covers testnet.bscscan.com. Its knowledge base sits on Freshdesk's shared
  // freshdesk.com, which is not claimed.
  hosts: ['bscscan.com'],
  supportUrls: ['https://bscscan.com/contactus'],
  channels: [
    {
      kind: 'form',
      // An explorer only shows the chain: it cannot reverse or freeze a transaction.
      url: 'https://bscscan.com/contactus',
      label: { en: 'Contact BscScan', zh: '联系 BscScan' },
      source: 'https://bscscan.com/contactus',
      unverified: true,
    },
    {
      kind: 'social',
      url: 'https://x.com/bscscan',
      label: { en: '@bscscan on X', zh: 'X 平台 @bscscan' },
      source: 'https://bscscan.com/',
      unverified: true,
    },
  ],
  regions: ['GLOBAL'],
  hints: {
    supportPaths: ['/contactus'],
    txPaths: ['/tx/'],
    defaultCurrency: 'BNB',
  },
  examples: [
    'https://bscscan.com/tx/0x2f1c5c2b44f771e942a8506148e256f94f1a464babc938ae0690c6e34cd79190',
    'https://bscscan.com/address/0x55d398326f99059ff775485246999027b3197955',
    'https://bscscan.com/contactus',
  ],
};
