import type { Channel, WalletSite } from '../../../lib/sites/types';

/** A registry-shaped site for tests; the real registry may not hold every provider yet. */
export function makeSite(over: Partial<WalletSite> & Pick<WalletSite, 'id'>): WalletSite {
  return {
    names: { en: 'Test Wallet', zh: '测试钱包' },
    category: 'wallet',
    hosts: [`${over.id}.example`],
    supportUrls: [`https://help.${over.id}.example/contact`],
    channels: [],
    regions: ['GLOBAL'],
    examples: [],
    ...over,
  };
}

type ChannelExtra = Partial<Pick<Channel, 'label' | 'region' | 'source'>> & { unverified?: true };

export function channel(kind: Channel['kind'], url: string, extra: ChannelExtra = {}): Channel {
  const { unverified, ...rest } = extra;
  const base = { kind, url, label: { en: `${kind} channel`, zh: `${kind} 渠道` }, source: 'https://help.example.com/contact' };
  return unverified ? { ...base, ...rest, unverified } : { ...base, ...rest, checked: '2026-11-26' };
}

export const alipayLike = makeSite({
  id: 'alipay',
  names: { en: 'Alipay', zh: '支付宝' },
  category: 'payment-app',
  regions: ['CN'],
  statusUrl: 'https://status.alipay.example/',
  channels: [channel('chat', 'https://cshall.alipay.example/'), channel('phone', 'tel:95188', { region: 'CN' })],
});

export const noChannels = makeSite({ id: 'bare', channels: [] });
