import type { WalletSite } from './types';

const complaints = 'https://wise.com/help/articles/2235393/how-do-i-make-a-complaint';

export const wise: WalletSite = {
  id: 'wise',
  names: { en: 'Wise', zh: 'Wise（原 TransferWise）' },
  category: 'payment-app',
  // transferwise.com is the old name; old e-mails and bookmarks still point there.
  hosts: ['wise.com', 'transferwise.com'],
  supportUrls: ['https://wise.com/help/', complaints],
  channels: [
    {
      kind: 'phone',
      // Complaints line, toll-free from a UK number (Wise "How do I make a complaint?").
      url: 'tel:+448081751506',
      label: { en: 'Wise complaints line (UK)', zh: 'Wise 投诉热线（英国）' },
      region: 'UK',
      source: complaints,
      checked: '2026-12-07',
    },
    {
      kind: 'phone',
      url: 'tel:+3226203420',
      label: { en: 'Wise support (EU/EEA)', zh: 'Wise 客服热线（欧盟/欧洲经济区）' },
      region: 'EU',
      source: complaints,
      unverified: true,
    },
    {
      kind: 'form',
      url: 'https://wise.com/help/',
      label: { en: 'Wise Help Centre (sign in to contact us)', zh: 'Wise 帮助中心（登录后联系客服）' },
      source: complaints,
      checked: '2026-12-07',
    },
    {
      kind: 'social',
      url: 'https://x.com/Wise',
      label: { en: '@Wise on X', zh: 'X 平台 @Wise' },
      source: 'https://wise.com/',
      unverified: true,
    },
    {
      kind: 'form',
      url: complaints,
      label: { en: 'Make a formal complaint (complaint form)', zh: '正式投诉（投诉表单）' },
      source: complaints,
      checked: '2026-12-07',
    },
  ],
  regions: ['UK', 'EU', 'US', 'GLOBAL'],
  hints: {
    supportPaths: ['/help'],
  },
  examples: [
    'https://wise.com/',
    complaints,
    'https://wise.com/gb/help/',
    'https://wise.com/transactions/activities/by-resource/TRANSFER/123456789',
    'https://transferwise.com/user/account',
  ],
};
