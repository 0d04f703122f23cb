import type { WalletSite } from './types';

export const polygonscan: WalletSite = {
  id: 'polygonscan',
  names: { en: 'PolygonScan', zh: 'PolygonScan（Polygon 浏览器）' },
  category: 'explorer',
  // polygonscan.com covers its testnet and zkEVM subdomains.
  hosts: ['polygonscan.com'],
  supportUrls: ['https://polygonscan.com/contactus'],
  channels: [
    {
      kind: 'form',
      // An explorer only shows the chain: it cannot reverse or freeze a transaction.
      url: 'https://polygonscan.com/contactus',
      label: { en: 'Contact PolygonScan', zh: '联系 PolygonScan' },
      source: 'https://polygonscan.com/contactus',
      unverified: true,
    },
  ],
  regions: ['GLOBAL'],
  hints: {
    supportPaths: ['/contactus'],
    txPaths: ['/tx/'],
    // MATIC was renamed POL on Polygon PoS in September 2024.
    defaultCurrency: 'POL',
  },
  examples: [
    'https://polygonscan.com/tx/0x7e3f9c1c0b5d4a1e2f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e',
    'https://polygonscan.com/address/0xc2132d05d31c914a87c6611c10748aeb04b58e8f',
    'https://polygonscan.com/contactus',
  ],
};
