import type { WalletSite } from './types';

export const alipay: WalletSite = {
  id: 'alipay',
  names: { en: 'Alipay', zh: '支付宝' },
  category: 'wallet',
  // alipay.com covers the account (my.alipay.com), bills (consumeprod.alipay.com), the service
  // hall (cshall.alipay.com) and Alipay Global (global.alipay.com). AlipayHK (alipayhk.com) is a
  // separate wallet with its own service lines, so it is not listed here.
  hosts: ['alipay.com'],
  supportUrls: ['https://cshall.alipay.com/'],
  channels: [
    {
      kind: 'phone',
      // 95188 is a mainland short number: dialled as is, without +86.
      url: 'tel:95188',
      label: { en: 'Alipay customer service 95188 (mainland China)', zh: '支付宝客服热线 95188（中国大陆）' },
      region: 'CN',
      source: 'https://cshall.alipay.com/',
      unverified: true,
    },
    {
      kind: 'chat',
      url: 'https://cshall.alipay.com/',
      label: { en: 'Alipay online service (service hall)', zh: '支付宝在线客服（服务大厅）' },
      region: 'CN',
      source: 'https://cshall.alipay.com/',
      unverified: true,
    },
  ],
  regions: ['CN', 'GLOBAL'],
  hints: {
    supportPaths: ['/help', '/support'],
    supportHosts: ['cshall.alipay.com'],
    defaultCurrency: 'CNY',
  },
  examples: [
    'https://www.alipay.com/',
    'https://cshall.alipay.com/',
    'https://consumeprod.alipay.com/record/standard.htm',
    'https://my.alipay.com/portal/i.htm',
  ],
};
