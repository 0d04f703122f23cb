import type { WalletSite } from './types';

const support = 'https://support.blockchain.com/';

export const blockchain: WalletSite = {
  id: 'blockchain',
  names: { en: 'Blockchain.com', zh: 'Blockchain.com' },
  category: 'explorer',
  // blockchain.com covers the explorer (/explorer), the wallet (login.blockchain.com) and
  // support.blockchain.com; blockchain.info is its original domain (explorer links /tx/<hash>).
  hosts: ['blockchain.com', 'blockchain.info'],
  supportUrls: [support],
  channels: [
    {
      kind: 'form',
      url: support,
      label: { en: 'Blockchain.com Support Center (submit a request)', zh: 'Blockchain.com 帮助中心（提交请求）' },
      source: support,
      unverified: true,
    },
    {
      kind: 'social',
      url: 'https://x.com/blockchain',
      label: { en: '@blockchain on X', zh: 'X 平台 @blockchain' },
      source: 'https://www.blockchain.com/',
      unverified: true,
    },
  ],
  regions: ['GLOBAL'],
  hints: {
    supportHosts: ['support.blockchain.com'],
    // One explorer for several chains (/explorer/transactions/btc/…, /eth/…): no default currency.
    txPaths: ['/explorer/transactions/', '/tx/'],
  },
  examples: [
    'https://www.blockchain.com/explorer/transactions/btc/4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b',
    'https://www.blockchain.com/explorer/addresses/btc/1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
    support,
    'https://login.blockchain.com/',
    'https://blockchain.info/tx/4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b',
  ],
};
