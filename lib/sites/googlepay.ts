import type { WalletSite } from './types';

export const googlepay: WalletSite = {
  id: 'googlepay',
  names: { en: 'Google Pay / Google Wallet', zh: 'Google Pay（谷歌支付）/ Google 钱包' },
  category: 'wallet',
  // Google's payment hosts, and Google Pay's own help centres on support.google.com, which every
  // Google product shares: only those path scopes are claimed (Google Pay, Google Wallet, the
  // older Google Pay help and the payments centre), never the host.
  hosts: [
    'pay.google.com',
    'payments.google.com',
    'wallet.google.com',
    'support.google.com/googlepay',
    'support.google.com/wallet',
    'support.google.com/pay',
    'support.google.com/paymentscenter',
  ],
  supportUrls: [
    'https://support.google.com/googlepay/',
    'https://support.google.com/wallet/',
    'https://support.google.com/paymentscenter/',
  ],
  channels: [
    {
      kind: 'form',
      url: 'https://support.google.com/googlepay/',
      label: { en: 'Google Pay Help (contact us)', zh: 'Google Pay 帮助中心（联系我们）' },
      source: 'https://support.google.com/googlepay/',
      unverified: true,
    },
    {
      kind: 'forum',
      url: 'https://support.google.com/googlepay/community',
      label: { en: 'Google Pay Help Community', zh: 'Google Pay 帮助社区' },
      source: 'https://support.google.com/googlepay/',
      unverified: true,
    },
  ],
  regions: ['US', 'UK', 'EU', 'GLOBAL'],
  hints: {},
  examples: [
    'https://pay.google.com/gp/w/home/activity',
    'https://payments.google.com/gp/w/home/paymentmethods',
    'https://wallet.google.com/',
    'https://pay.google.com/about/',
    'https://support.google.com/googlepay/answer/7644142?hl=en',
  ],
};
