import type { WalletSite } from './types';

const reportAddress = 'https://kbadm.etherscan.com/report-address';

export const etherscan: WalletSite = {
  id: 'etherscan',
  names: { en: 'Etherscan', zh: 'Etherscan（以太坊浏览器）' },
  category: 'explorer',
  // etherscan.io is the explorer (and its testnets, e.g. sepolia.etherscan.io); etherscan.com
  // serves Etherscan's knowledge base (info.etherscan.com, kbadm.etherscan.com).
  hosts: ['etherscan.io', 'etherscan.com'],
  supportUrls: ['https://etherscan.io/contactus', 'https://info.etherscan.com/', reportAddress],
  channels: [
    {
      kind: 'form',
      // An explorer only shows the chain: it cannot reverse or freeze a transaction.
      url: 'https://etherscan.io/contactus',
      label: { en: 'Contact Etherscan', zh: '联系 Etherscan' },
      source: 'https://etherscan.io/contactus',
      unverified: true,
    },
    {
      kind: 'form',
      url: reportAddress,
      label: { en: 'Report / flag a scam address', zh: '举报/标记诈骗地址' },
      source: reportAddress,
      checked: '2026-12-07',
    },
    {
      kind: 'social',
      url: 'https://x.com/etherscan',
      label: { en: '@etherscan on X', zh: 'X 平台 @etherscan' },
      source: 'https://etherscan.io/',
      unverified: true,
    },
  ],
  regions: ['GLOBAL'],
  hints: {
    supportPaths: ['/contactus'],
    supportHosts: ['info.etherscan.com', 'kbadm.etherscan.com'],
    txPaths: ['/tx/'],
    defaultCurrency: 'ETH',
  },
  examples: [
    'https://etherscan.io/tx/0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060',
    'https://etherscan.io/address/0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae',
    'https://etherscan.io/contactus',
    'https://sepolia.etherscan.io/',
    reportAddress,
  ],
};
