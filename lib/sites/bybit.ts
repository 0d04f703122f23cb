import type { WalletSite } from './types';

const help = 'https://www.bybit.com/en/help-center/';

export const bybit: WalletSite = {
  id: 'bybit',
  names: { en: 'Bybit', zh: 'Bybit' },
  category: 'exchange',
  // bybit.com, and bybitglobal.com, the same exchange's alternative domain (the same app and
  // help centre, served where bybit.com is not). Bybit EU (bybit.eu) is a separately licensed
  // entity and is not listed here.
  hosts: ['bybit.com', 'bybitglobal.com'],
  supportUrls: [help],
  channels: [
    {
      kind: 'chat',
      url: help,
      label: { en: '24/7 online support (Help Center)', zh: '24 小时在线客服（帮助中心）' },
      source: help,
      unverified: true,
    },
    {
      kind: 'email',
      url: 'mailto:support@bybit.com',
      label: { en: 'Bybit support e-mail', zh: 'Bybit 客服邮箱' },
      source: help,
      unverified: true,
    },
    {
      kind: 'social',
      url: 'https://x.com/Bybit_Official',
      label: { en: '@Bybit_Official on X', zh: 'X 平台 @Bybit_Official' },
      source: 'https://www.bybit.com/',
      unverified: true,
    },
  ],
  regions: ['GLOBAL'],
  hints: {
    supportPaths: ['/help-center', '/support'],
  },
  examples: [
    'https://www.bybit.com/en/',
    help,
    'https://www.bybit.com/user/assets/home/overview',
    'https://www.bybitglobal.com/en/help-center/article/?id=000001067',
  ],
};
