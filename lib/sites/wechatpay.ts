import type { WalletSite } from './types';

export const wechatpay: WalletSite = {
  id: 'wechatpay',
  names: { en: 'WeChat Pay', zh: '微信支付' },
  category: 'wallet',
  // WeChat Pay's own web hosts. Never qq.com or weixin.qq.com: they serve QQ, WeChat and much
  // else. tenpay.com and wechatpay.com belong to Tenpay (财付通), the licensed operator of
  // WeChat Pay. kf.qq.com is Tencent's customer-service site (腾讯客服): WeChat Pay's web help
  // lives there, but so does help for QQ and games, so every kf.qq.com page counts as a WeChat Pay
  // support page; we accept that, since no narrower host serves WeChat Pay's help.
  // WeChat Pay HK (wechatpay.com.hk) is a separate wallet with its own lines and is not listed.
  hosts: ['pay.weixin.qq.com', 'tenpay.com', 'wechatpay.com', 'kf.qq.com'],
  supportUrls: ['https://kf.qq.com/'],
  channels: [
    {
      kind: 'phone',
      // 95017 is Tenpay's (WeChat Pay's) mainland short number: dialled as is, without +86.
      url: 'tel:95017',
      label: { en: 'WeChat Pay customer service 95017 (mainland China)', zh: '微信支付客服热线 95017（中国大陆）' },
      region: 'CN',
      source: 'https://kf.qq.com/',
      unverified: true,
    },
    {
      kind: 'chat',
      url: 'https://kf.qq.com/',
      label: { en: 'Tencent Customer Service online (WeChat Pay)', zh: '腾讯客服在线咨询（微信支付）' },
      region: 'CN',
      source: 'https://kf.qq.com/',
      unverified: true,
    },
  ],
  regions: ['CN'],
  hints: {
    supportHosts: ['kf.qq.com'],
    defaultCurrency: 'CNY',
  },
  examples: [
    'https://pay.weixin.qq.com/',
    'https://kf.qq.com/',
    'https://www.tenpay.com/',
    'https://pay.weixin.qq.com/index.php/core/home/login',
  ],
};
