import type { Localized, RegionId } from '../sites/types';
import { CN_BODIES } from './bodies-cn';
import { EU_BODIES } from './bodies-eu';
import { UK_BODIES } from './bodies-uk';
import { US_BODIES } from './bodies-us';
import { isCryptoProvider } from './coverage';
import type { BodyId, BodyRole, EscalationBody, ProviderKind } from './types';

/** Every escalation body, all regions. */
export const BODIES: readonly EscalationBody[] = [...CN_BODIES, ...UK_BODIES, ...EU_BODIES, ...US_BODIES];

export interface RegionGuide {
  id: RegionId;
  name: Localized;
  /** Which body plays each role in this region; absent where there is no single body. */
  roles: Partial<Record<BodyRole, BodyId>>;
  /** Said when no body can be named (GLOBAL), or alongside the bodies. */
  general: Localized;
}

export const REGIONS: Readonly<Record<RegionId, RegionGuide>> = {
  CN: {
    id: 'CN',
    name: { en: 'Mainland China', zh: '中国大陆' },
    roles: { police: 'cn-110', antiFraud: 'cn-96110', consumer: 'cn-12315' },
    general: {
      en: 'Consumer-protection law protects you. Where money was lost, a lawyer can advise.',
      zh: '你的权益受《消费者权益保护法》保护；涉及资金损失，可咨询律师。',
    },
  },
  US: {
    id: 'US',
    name: { en: 'United States', zh: '美国' },
    roles: { police: 'us-ic3', antiFraud: 'us-ftc' },
    general: {
      en: 'Federal and state consumer law protects you. Where money was lost, a lawyer can advise.',
      zh: '联邦和州的消费者保护法律保护你；涉及资金损失，可咨询律师。',
    },
  },
  UK: {
    id: 'UK',
    name: { en: 'United Kingdom', zh: '英国' },
    roles: { police: 'uk-report-fraud', policeAlt: 'uk-police-scotland', ombudsman: 'uk-fos' },
    general: {
      en: 'UK consumer and payment rules protect you. Where money was lost, a lawyer can advise.',
      zh: '英国消费者和支付法规保护你；涉及资金损失，可咨询律师。',
    },
  },
  EU: {
    id: 'EU',
    name: { en: 'European Union', zh: '欧盟' },
    roles: { police: 'eu-police', ombudsman: 'eu-adr' },
    general: {
      en: 'EU payment and consumer rules protect you. Where money was lost, a lawyer can advise.',
      zh: '欧盟支付和消费者法规保护你；涉及资金损失，可咨询律师。',
    },
  },
  GLOBAL: {
    id: 'GLOBAL',
    name: { en: 'Other / not sure', zh: '其他地区 / 不确定' },
    roles: {},
    general: {
      en: 'Report fraud to your local police. Your country’s financial regulator or consumer body can take complaints.',
      zh: '诈骗请向当地警方报案；投诉可找所在国的金融监管机构或消费者组织。',
    },
  },
};

function bodyById(id: BodyId): EscalationBody {
  const body = BODIES.find((b) => b.id === id);
  if (!body) throw new Error(`unknown escalation body ${id}`);
  return body;
}

export function bodiesFor(region: RegionId): EscalationBody[] {
  return BODIES.filter((b) => b.region === region);
}

export function bodyForRole(region: RegionId, role: BodyRole): EscalationBody | null {
  const id = REGIONS[region].roles[role];
  return id ? bodyById(id) : null;
}

/**
 * The body a complaint goes to once the provider's own process is exhausted, or null where the
 * region has none for this provider. China splits by who is complained about: payment
 * institutions (wallets, payment apps such as Alipay, WeChat Pay, UnionPay) → 12363, banks →
 * 12378, merchants and everything else → 12315. Crypto-asset providers get no body in China
 * (virtual-currency business is illegal there: the route is the police) nor in the UK (crypto
 * firms are registered only for anti-money-laundering, outside the ombudsman): see coverage.ts.
 */
export function regulatorFor(region: RegionId, provider?: ProviderKind): EscalationBody | null {
  switch (region) {
    case 'CN':
      if (isCryptoProvider(provider)) return null;
      if (provider === 'wallet' || provider === 'payment-app') return bodyById('cn-12363');
      if (provider === 'bank') return bodyById('cn-12378');
      return bodyById('cn-12315');
    case 'UK':
      return isCryptoProvider(provider) ? null : bodyById('uk-fos');
    case 'EU':
      return bodyById('eu-adr');
    case 'US':
      return bodyById('us-cfpb');
    case 'GLOBAL':
      return null;
  }
}
