import type { WalletSite } from './types';

const lockFaq = 'https://help.crypto.com/en/articles/8000374-one-button-lock-faq';

export const cryptocom: WalletSite = {
  id: 'cryptocom',
  names: { en: 'Crypto.com', zh: 'Crypto.com' },
  category: 'exchange',
  // crypto.com covers the exchange, help.crypto.com and status.crypto.com.
  hosts: ['crypto.com'],
  supportUrls: ['https://help.crypto.com/en/', lockFaq],
  statusUrl: 'https://status.crypto.com/',
  channels: [
    {
      kind: 'chat',
      url: 'https://help.crypto.com/en/',
      label: { en: 'In-app chat (Help Center)', zh: 'App 内在线客服（帮助中心）' },
      source: 'https://help.crypto.com/en/',
      checked: '2026-11-26',
    },
    {
      kind: 'email',
      // Also the address for locking a compromised account (One-Button Lock FAQ).
      url: 'mailto:contact@crypto.com',
      label: { en: 'Customer Support e-mail (also to lock your account)', zh: '客服邮箱（也可用于锁定账户）' },
      source: lockFaq,
      checked: '2026-11-26',
    },
    {
      kind: 'social',
      url: 'https://x.com/cryptocom',
      label: { en: '@cryptocom on X', zh: 'X 平台 @cryptocom' },
      source: 'https://crypto.com/',
      checked: '2026-11-26',
    },
  ],
  regions: ['US', 'UK', 'EU', 'GLOBAL'],
  hints: {
    supportHosts: ['help.crypto.com'],
  },
  examples: ['https://crypto.com/', lockFaq, 'https://crypto.com/exchange/', 'https://status.crypto.com/'],
};
