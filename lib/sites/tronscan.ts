import type { WalletSite } from './types';

const reportScam = 'https://support.tronscan.org/hc/en-us/articles/21841611138585-How-to-report-a-scam';

export const tronscan: WalletSite = {
  id: 'tronscan',
  names: { en: 'TRONSCAN', zh: 'TRONSCAN（波场浏览器）' },
  category: 'explorer',
  // tronscan.org covers the explorer and its help centre, support.tronscan.org.
  hosts: ['tronscan.org'],
  supportUrls: ['https://support.tronscan.org/hc/en-us', reportScam],
  channels: [
    {
      kind: 'form',
      // TRONSCAN: "Once scammed, you cannot get your funds back on TRONSCAN"; reports tag addresses.
      url: reportScam,
      label: { en: 'Report a scam token, address or website', zh: '举报诈骗代币、地址或网站' },
      source: reportScam,
      checked: '2026-12-07',
    },
  ],
  regions: ['GLOBAL'],
  hints: {
    supportHosts: ['support.tronscan.org'],
    // The explorer routes in the fragment: https://tronscan.org/#/transaction/<hash>.
    txPaths: ['/transaction/'],
    hashRouting: true,
    defaultCurrency: 'TRX',
  },
  examples: [
    'https://tronscan.org/#/transaction/9f4b2c8e1d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c',
    'https://tronscan.org/#/address/TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
    reportScam,
  ],
};
