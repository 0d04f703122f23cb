import type { WalletSite } from './types';

const protect = 'https://support.metamask.io/stay-safe/protect-yourself';

export const metamask: WalletSite = {
  id: 'metamask',
  names: { en: 'MetaMask', zh: 'MetaMask（小狐狸钱包）' },
  category: 'wallet',
  // metamask.io covers support., portfolio. and community.metamask.io (the official forum);
  // metamask.zendesk.com is its earlier help centre on the Zendesk help-desk host (only that
  // subdomain is claimed), still linked from many guides.
  hosts: ['metamask.io', 'metamask.zendesk.com'],
  supportUrls: ['https://support.metamask.io/', protect],
  channels: [
    {
      kind: 'chat',
      // MetaMask has no phone support and never asks for a Secret Recovery Phrase.
      url: 'https://support.metamask.io/',
      label: { en: 'MetaMask Support (start a conversation)', zh: 'MetaMask 支持中心（发起对话）' },
      source: 'https://support.metamask.io/',
      unverified: true,
    },
    {
      kind: 'forum',
      url: 'https://community.metamask.io/',
      label: { en: 'MetaMask Community Forum', zh: 'MetaMask 社区论坛' },
      source: 'https://community.metamask.io/t/metamask-community-forum-manifesto/22805',
      unverified: true,
    },
    {
      kind: 'social',
      url: 'https://x.com/MetaMask',
      label: { en: '@MetaMask on X', zh: 'X 平台 @MetaMask' },
      source: 'https://metamask.io/',
      unverified: true,
    },
  ],
  regions: ['GLOBAL'],
  hints: {
    supportHosts: ['support.metamask.io', 'community.metamask.io', 'metamask.zendesk.com'],
  },
  examples: [
    'https://metamask.io/',
    protect,
    'https://portfolio.metamask.io/',
    'https://community.metamask.io/t/community-user-agreement/35',
    'https://metamask.zendesk.com/hc/en-us/articles/360015489531-Getting-started-with-MetaMask',
  ],
};
