import type { WalletSite } from './types';

const complaint = 'https://help.coinbase.com/en/coinbase/other-topics/other/how-to-send-a-complaint';
const contact = 'https://help.coinbase.com/en/contact-us';
const scams = 'https://help.coinbase.com/en/coinbase/privacy-and-security/avoid-scams/tech-support-scams';

export const coinbase: WalletSite = {
  id: 'coinbase',
  names: { en: 'Coinbase', zh: 'Coinbase' },
  category: 'exchange',
  // coinbase.com covers the app, help.coinbase.com, status.coinbase.com and the Coinbase Wallet site.
  hosts: ['coinbase.com'],
  supportUrls: [contact, scams, complaint],
  statusUrl: 'https://status.coinbase.com/',
  channels: [
    {
      kind: 'phone',
      // Coinbase's blog (May 2018): "the only Coinbase phone number is 1 (888) 908-7930. Any
      // other phone number you find online is a scam." Its help pages now point to Contact Us.
      url: 'tel:+18889087930',
      label: { en: 'Coinbase Support (US)', zh: 'Coinbase 客服热线（美国）' },
      region: 'US',
      source: 'https://www.coinbase.com/blog/avoiding-phone-scams',
      checked: '2026-12-07',
    },
    {
      kind: 'form',
      url: contact,
      label: { en: 'Contact Coinbase Support (sign in)', zh: '联系 Coinbase 客服（需登录）' },
      source: scams,
      checked: '2026-12-07',
    },
    {
      kind: 'email',
      // For impersonation calls and other security incidents, per Coinbase's scam guidance.
      url: 'mailto:security@coinbase.com',
      label: { en: 'Report a security incident', zh: '报告安全事件（冒充客服等）' },
      source:
        'https://help.coinbase.com/en/coinbase/privacy-and-security/avoiding-phishing-and-scams/avoiding-cryptocurrency-scams/phishing',
      checked: '2026-12-07',
    },
    {
      kind: 'social',
      url: 'https://x.com/CoinbaseSupport',
      label: { en: '@CoinbaseSupport on X', zh: 'X 平台 @CoinbaseSupport' },
      source: contact,
      unverified: true,
    },
    {
      kind: 'form',
      url: complaint,
      label: { en: 'Formal complaint (needs your support case number)', zh: '正式投诉（需提供客服工单号）' },
      source: complaint,
      checked: '2026-12-07',
    },
  ],
  regions: ['US', 'UK', 'EU', 'GLOBAL'],
  hints: {
    supportHosts: ['help.coinbase.com'],
  },
  examples: ['https://www.coinbase.com/', contact, 'https://www.coinbase.com/transactions', 'https://status.coinbase.com/'],
};
