import type { WalletSite } from './types';

const help = 'https://www.okx.com/help';

export const okx: WalletSite = {
  id: 'okx',
  names: { en: 'OKX', zh: '欧易' },
  category: 'exchange',
  // okx.com only; /zh-hans/, /en-au/ are locale paths.
  // okex.com: the exchange's name and domain until its 2022 rebrand to OKX; it redirects there.
  hosts: ['okx.com', 'okex.com'],
  supportUrls: [help],
  channels: [
    {
      kind: 'chat',
      url: help,
      label: { en: 'Online support chat (Help Center)', zh: '在线客服（帮助中心）' },
      source: help,
      unverified: true,
    },
    {
      kind: 'email',
      url: 'mailto:support@okx.com',
      label: { en: 'OKX support e-mail', zh: '欧易客服邮箱' },
      source: help,
      unverified: true,
    },
    {
      kind: 'social',
      url: 'https://x.com/okx',
      label: { en: '@okx on X', zh: 'X 平台 @okx' },
      source: 'https://www.okx.com/',
      unverified: true,
    },
  ],
  regions: ['GLOBAL'],
  hints: {
    supportPaths: ['/help', '/support'],
  },
  examples: [
    'https://www.okx.com/',
    help,
    'https://www.okx.com/en-au/help/search?category=faq',
    'https://www.okx.com/zh-hans/balance/overview',
    'https://www.okex.com/',
  ],
};
