import type { WalletSite } from './types';

const support = 'https://www.binance.com/en/support';
const verify = 'https://www.binance.com/en/official-verification';

export const binance: WalletSite = {
  id: 'binance',
  names: { en: 'Binance', zh: '币安' },
  category: 'exchange',
  // binance.com only; /en/, /zh-CN/ are locale paths. Binance.US (binance.us) is a separate
  // company with its own support, so it is not listed here.
  hosts: ['binance.com'],
  supportUrls: [support, 'https://www.binance.com/en/support/faq', verify],
  statusUrl: 'https://www.binance.com/en/support/announcement',
  channels: [
    {
      kind: 'chat',
      // Binance publishes no phone number: a "Binance hotline" is a scam.
      url: support,
      label: { en: 'Chat with Customer Service (Support Center)', zh: '在线客服（帮助中心）' },
      source: 'https://www.binance.com/en/support/faq/fe4f305d237344d68c2c8565e483635d',
      checked: '2026-12-07',
    },
    {
      kind: 'form',
      url: verify,
      label: { en: 'Binance Verify: check a contact is official', zh: '币安验证：核实联系人是否官方' },
      source: verify,
      unverified: true,
    },
    {
      kind: 'social',
      url: 'https://x.com/BinanceHelpDesk',
      label: { en: '@BinanceHelpDesk on X', zh: 'X 平台 @BinanceHelpDesk' },
      source: support,
      unverified: true,
    },
    {
      kind: 'social',
      url: 'https://x.com/binance',
      label: { en: '@binance on X', zh: 'X 平台 @binance' },
      source: 'https://www.binance.com/en',
      unverified: true,
    },
  ],
  regions: ['GLOBAL'],
  hints: {
    supportPaths: ['/support', '/chat', '/official-verification'],
  },
  examples: [
    'https://www.binance.com/en',
    'https://www.binance.com/zh-CN/support/faq',
    'https://www.binance.com/en/my/wallet/history/deposit-crypto',
    'https://accounts.binance.com/en/login',
  ],
};
