import type { WalletSite } from './types';

const scamHelp = 'https://help.revolut.com/help/security-logging-in/how-do-i-report-a-suspicious-call-email-link-or-text/';

export const revolut: WalletSite = {
  id: 'revolut',
  names: { en: 'Revolut', zh: 'Revolut' },
  category: 'payment-app',
  // revolut.com covers app.revolut.com and help.revolut.com; revolut.me is for payment links.
  hosts: ['revolut.com', 'revolut.me'],
  supportUrls: ['https://help.revolut.com/help/', scamHelp],
  channels: [
    {
      kind: 'chat',
      // Revolut routes fraud and scam reports to the in-app chat ("Contact us immediately").
      url: 'https://help.revolut.com/help/',
      label: { en: 'In-app chat (Help → Chat)', zh: 'App 内在线客服（帮助 → 聊天）' },
      source: scamHelp,
      checked: '2026-11-26',
    },
    {
      kind: 'forum',
      url: 'https://community.revolut.com/',
      label: { en: 'Revolut Community', zh: 'Revolut 社区论坛' },
      source: 'https://community.revolut.com/',
      checked: '2026-11-26',
    },
    {
      kind: 'social',
      url: 'https://x.com/RevolutApp',
      label: { en: '@RevolutApp on X', zh: 'X 平台 @RevolutApp' },
      source: 'https://www.revolut.com/',
      checked: '2026-11-26',
    },
  ],
  regions: ['UK', 'EU', 'US', 'GLOBAL'],
  hints: {
    supportPaths: ['/help'],
    supportHosts: ['help.revolut.com', 'community.revolut.com'],
  },
  examples: [
    'https://www.revolut.com/',
    'https://help.revolut.com/help/profile-and-plan/log-in-issues/i-lost-access-to-my-phone-number/',
    'https://app.revolut.com/home',
    'https://revolut.me/someone',
  ],
};
