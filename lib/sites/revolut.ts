import type { WalletSite } from './types';

const complaintsPolicy = 'https://www.revolut.com/legal/complaints-policy/';
const scamHelp = 'https://help.revolut.com/help/security-logging-in/how-do-i-report-a-suspicious-call-email-link-or-text/';

export const revolut: WalletSite = {
  id: 'revolut',
  names: { en: 'Revolut', zh: 'Revolut' },
  category: 'payment-app',
  // revolut.com covers app.revolut.com and help.revolut.com; revolut.me is for payment links.
  hosts: ['revolut.com', 'revolut.me'],
  supportUrls: ['https://help.revolut.com/help/', scamHelp, complaintsPolicy],
  channels: [
    {
      kind: 'chat',
      // Revolut's Complaints Policy: "the best way is to contact us via the in-app chat"; its
      // answer can take up to 15 business days, then the Financial Ombudsman Service.
      url: 'https://help.revolut.com/help/',
      label: { en: 'In-app chat (Help → Chat)', zh: 'App 内在线客服（帮助 → 聊天）' },
      source: complaintsPolicy,
      checked: '2026-12-07',
    },
    {
      kind: 'forum',
      url: 'https://community.revolut.com/',
      label: { en: 'Revolut Community', zh: 'Revolut 社区论坛' },
      source: 'https://community.revolut.com/',
      unverified: true,
    },
    {
      kind: 'social',
      url: 'https://x.com/RevolutApp',
      label: { en: '@RevolutApp on X', zh: 'X 平台 @RevolutApp' },
      source: 'https://www.revolut.com/',
      unverified: true,
    },
    {
      kind: 'form',
      url: complaintsPolicy,
      label: { en: 'Formal complaint (online form, Complaints Policy)', zh: '正式投诉（在线表单，投诉政策）' },
      source: complaintsPolicy,
      checked: '2026-12-07',
    },
    {
      kind: 'email',
      url: 'mailto:formalcomplaints@revolut.com',
      label: { en: 'Complaints team e-mail', zh: '投诉团队邮箱' },
      source: complaintsPolicy,
      checked: '2026-12-07',
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
