import type { WalletSite } from './types';

const faq = 'https://www.unionpayintl.com/ph/serviceCenter/questionAnswer';

export const unionpay: WalletSite = {
  id: 'unionpay',
  names: { en: 'UnionPay (UnionPay app)', zh: '云闪付 / 中国银联' },
  category: 'payment-app',
  // unionpay.com: China UnionPay and the 云闪付 app site; unionpayintl.com: UnionPay
  // International; 95516.com: UnionPay's cardholder service site named after its hotline.
  hosts: ['unionpay.com', 'unionpayintl.com', '95516.com'],
  supportUrls: [faq],
  channels: [
    {
      kind: 'phone',
      // 95516 is UnionPay's mainland short number: dialled as is, without +86.
      url: 'tel:95516',
      label: { en: 'UnionPay customer service 95516 (mainland China)', zh: '银联客服热线 95516（中国大陆）' },
      region: 'CN',
      source: 'https://cn.unionpay.com/',
      unverified: true,
    },
    {
      kind: 'form',
      url: faq,
      label: { en: 'UnionPay International service centre', zh: '银联国际服务中心' },
      region: 'GLOBAL',
      source: faq,
      unverified: true,
    },
  ],
  regions: ['CN', 'GLOBAL'],
  hints: {
    supportPaths: ['/servicecenter'],
    defaultCurrency: 'CNY',
  },
  examples: ['https://cn.unionpay.com/', faq, 'https://www.95516.com/', 'https://yunshanfu.unionpay.com/'],
};
