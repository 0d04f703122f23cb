import type { WalletSite } from './types';

const complaintsPolicy = 'https://help.crypto.com/en/articles/11406910-complaints-handling-policy';
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
      unverified: true,
    },
    {
      kind: 'email',
      // Also the address for locking a compromised account (One-Button Lock FAQ).
      url: 'mailto:contact@crypto.com',
      label: { en: 'Customer Support e-mail (also to lock your account)', zh: '客服邮箱（也可用于锁定账户）' },
      source: lockFaq,
      unverified: true,
    },
    {
      kind: 'social',
      url: 'https://x.com/cryptocom',
      label: { en: '@cryptocom on X', zh: 'X 平台 @cryptocom' },
      source: 'https://crypto.com/',
      unverified: true,
    },
    {
      kind: 'form',
      url: complaintsPolicy,
      label: { en: 'Complaints Handling Policy (EEA): formal complaint', zh: '投诉处理政策（欧洲经济区）：正式投诉' },
      region: 'EU',
      source: complaintsPolicy,
      checked: '2026-12-07',
    },
  ],
  regions: ['US', 'UK', 'EU', 'GLOBAL'],
  hints: {
    supportHosts: ['help.crypto.com'],
  },
  examples: ['https://crypto.com/', lockFaq, 'https://crypto.com/exchange/', 'https://status.crypto.com/'],
};
