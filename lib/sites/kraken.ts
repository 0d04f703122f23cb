import type { WalletSite } from './types';

const complaints = 'https://support.kraken.com/hc/en-us/articles/complaint-handling-process';
const phoneScams = 'https://support.kraken.com/hc/en-us/articles/115012482487-Beware-of-phone-scams';

export const kraken: WalletSite = {
  id: 'kraken',
  names: { en: 'Kraken', zh: 'Kraken' },
  category: 'exchange',
  // kraken.com covers pro.kraken.com, support.kraken.com and status.kraken.com.
  hosts: ['kraken.com'],
  supportUrls: ['https://support.kraken.com/hc/en-us', complaints, phoneScams],
  statusUrl: 'https://status.kraken.com/',
  // Kraken's phone number is shown only at the foot of support.kraken.com ("a number not listed
  // there is a scam"); it is not copied here, the Support Center link is the way to it.
  channels: [
    {
      kind: 'chat',
      url: 'https://support.kraken.com/hc/en-us',
      label: { en: 'Kraken Support Center (chat, requests, phone)', zh: 'Kraken 帮助中心（在线聊天、工单、电话）' },
      source: phoneScams,
      unverified: true,
    },
    {
      kind: 'form',
      url: complaints,
      label: { en: 'Complaint Submission Form', zh: '投诉提交表单' },
      source: complaints,
      checked: '2026-12-07',
    },
    {
      kind: 'social',
      url: 'https://x.com/krakensupport',
      label: { en: '@krakensupport on X', zh: 'X 平台 @krakensupport' },
      source: 'https://support.kraken.com/hc/en-us',
      unverified: true,
    },
  ],
  regions: ['US', 'UK', 'EU', 'GLOBAL'],
  hints: {
    supportHosts: ['support.kraken.com'],
  },
  examples: ['https://www.kraken.com/sign-in', complaints, 'https://pro.kraken.com/app/trade/btc-usd', 'https://status.kraken.com/'],
};
