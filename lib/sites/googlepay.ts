import type { WalletSite } from './types';

export const googlepay: WalletSite = {
  id: 'googlepay',
  names: { en: 'Google Pay / Google Wallet', zh: 'Google Pay（谷歌支付）/ Google 钱包' },
  category: 'wallet',
  // Only Google's payment hosts. support.google.com is shared by every Google product, so it is
  // deliberately not claimed: Google Pay's help pages there are linked, not detected.
  hosts: ['pay.google.com', 'payments.google.com', 'wallet.google.com'],
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
  ],
};
