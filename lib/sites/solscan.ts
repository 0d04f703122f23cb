import type { WalletSite } from './types';

export const solscan: WalletSite = {
  id: 'solscan',
  names: { en: 'Solscan', zh: 'Solscan（Solana 浏览器）' },
  category: 'explorer',
  hosts: ['solscan.io'],
  supportUrls: ['https://solscan.io/contactus'],
  channels: [
    {
      kind: 'form',
      // An explorer only shows the chain: it cannot reverse or freeze a transaction.
      url: 'https://solscan.io/contactus',
      label: { en: 'Contact Solscan', zh: '联系 Solscan' },
      source: 'https://solscan.io/contactus',
      unverified: true,
    },
    {
      kind: 'social',
      url: 'https://x.com/solscanofficial',
      label: { en: '@solscanofficial on X', zh: 'X 平台 @solscanofficial' },
      source: 'https://solscan.io/',
      unverified: true,
    },
  ],
  regions: ['GLOBAL'],
  hints: {
    supportPaths: ['/contactus'],
    txPaths: ['/tx/'],
    defaultCurrency: 'SOL',
  },
  examples: [
    'https://solscan.io/tx/5JLcGJQfZjEEuh1bSDqyw2iEfLuFRoYRJY1paoSwrZC8c8zZFW3VqvxsJgjW3bsUjTrpEUDEtvs83PxsuR6hUWqz',
    'https://solscan.io/account/138KHwTqKNWGLoo8fK5i8UxYtwoC5tC8o7M9rY1CDEjT',
    'https://solscan.io/contactus',
  ],
};
