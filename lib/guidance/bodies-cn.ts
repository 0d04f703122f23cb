import type { EscalationBody } from './types';

// Mainland China. Each fact carries where it was checked (docs/fact-check.md has the details).
// None of the regulators' own pages (samr.gov.cn, nfra.gov.cn, pbc.gov.cn, mps.gov.cn) could be
// read when this was checked, so every fact here is marked unverified and points at the
// regulator's site to check it on. The 12315 time limits were read in the regulation's text,
// but only in a third-party copy of it.

const SAMR = 'https://www.samr.gov.cn/';
const SAMR_RULE = '市场监督管理投诉举报处理暂行办法（国家市场监督管理总局令第20号，2022年修改）';

/** 12315: the market regulator's national consumer-complaint platform. */
const CN_12315: EscalationBody = {
  id: 'cn-12315',
  region: 'CN',
  name: { en: '12315 consumer complaint platform', zh: '全国12315消费者投诉平台' },
  kind: 'consumer',
  contact: [
    { href: 'tel:12315', label: { en: 'Call 12315', zh: '拨打 12315' }, source: SAMR, unverified: true },
    {
      href: 'https://www.12315.cn/',
      label: { en: 'File online at 12315.cn', zh: '在 12315.cn 在线投诉' },
      source: 'https://www.12315.cn/',
      unverified: true,
    },
  ],
  purpose: {
    en: 'Disputes with merchants over goods and services bought for everyday use: refunds, faults, service.',
    zh: '为生活消费购买商品、接受服务而与经营者发生的纠纷：退款、质量、服务问题。',
  },
  cta: {
    en: 'File a complaint with 12315, by phone or at 12315.cn.',
    zh: '向12315投诉：电话或 12315.cn 网上投诉。',
  },
  // Articles 9 (contents), 14 (7 working days), 15(4) (3 years), 21(5) (45 working days).
  notes: [
    {
      en: 'Have ready: your name, phone and address; the seller’s name and address; your claim and the facts.',
      zh: '需写明：本人姓名、电话、地址；被投诉方名称和地址；具体诉求和事实经过。',
      source: SAMR,
      unverified: true,
    },
    {
      en: 'The regulator decides within 7 working days whether to take it on.',
      zh: '市场监管部门在7个工作日内决定是否受理。',
      source: SAMR,
      unverified: true,
    },
    {
      en: 'Mediation ends if there is no agreement within 45 working days.',
      zh: '受理后45个工作日内未达成调解协议的，调解终止。',
      source: SAMR,
      unverified: true,
    },
    {
      en: 'Not accepted more than 3 years after you knew (or should have known) of the harm.',
      zh: '自知道或者应当知道权益受到侵害之日起超过3年的，不予受理。',
      source: SAMR,
      unverified: true,
    },
  ],
  source: SAMR,
  unverified: true,
  sourceName: SAMR_RULE,
};

const NFRA = 'https://www.nfra.gov.cn/';

/** 12378: the financial regulator's banking & insurance consumer hotline. */
const CN_12378: EscalationBody = {
  id: 'cn-12378',
  region: 'CN',
  name: { en: '12378 banking & insurance consumer hotline', zh: '12378 银行保险消费者投诉热线' },
  kind: 'financial-regulator',
  contact: [{ href: 'tel:12378', label: { en: 'Call 12378', zh: '拨打 12378' }, source: NFRA, unverified: true }],
  purpose: {
    en: 'Complaints about a bank or insurer that it did not resolve.',
    zh: '银行、保险机构未妥善处理的投诉。',
  },
  cta: {
    en: 'Call 12378 to complain about the bank or insurer.',
    zh: '拨打12378投诉银行或保险机构。',
  },
  // 银行业保险业消费投诉处理管理办法 (2020): 15 days; complex cases 30; particularly complex
  // ones a further 30 with approval, so 60 at most. Found only in press reports (Xinhua, Caixin).
  notes: [
    {
      en: 'Complain to the bank first: it answers within 15 days, complex cases up to 30 (60 at most, with approval).',
      zh: '先向银行或保险机构投诉：一般15日内答复，情况复杂的可延至30日，特别复杂的经审批再延长30日（最长60日）。',
      source: NFRA,
      unverified: true,
    },
  ],
  source: NFRA,
  unverified: true,
  sourceName: '银行业保险业消费投诉处理管理办法（中国银保监会令2020年第3号）',
};

const PBC = 'https://www.pbc.gov.cn/';

/**
 * 12363: the central bank's financial-consumer hotline, which covers non-bank payment
 * institutions (Alipay, WeChat Pay) and UnionPay-network disputes.
 *
 * No time limit is shown for it on purpose. The provider's duty comes from the central bank's
 * 2020 measures (Order No. 5 of 2020). Its final text could not be read: the copies found were
 * the December 2019 consultation draft (which names 非银行支付机构 among the institutions it
 * covers) and Q&A sites quoting figures without a source. Add a figure only after reading the
 * order itself on pbc.gov.cn, with a matching rule in deadline-rules-cn.ts.
 */
const CN_12363: EscalationBody = {
  id: 'cn-12363',
  region: 'CN',
  name: { en: '12363 central bank financial consumer hotline', zh: '12363 金融消费权益保护咨询投诉电话' },
  kind: 'financial-regulator',
  contact: [{ href: 'tel:12363', label: { en: 'Call 12363', zh: '拨打 12363' }, source: PBC, unverified: true }],
  purpose: {
    en: 'Complaints about payment institutions such as Alipay and WeChat Pay that they did not resolve.',
    zh: '支付机构（如支付宝、微信支付）未妥善处理的投诉。',
  },
  cta: {
    en: 'Call 12363, the central bank line for complaints about payment institutions.',
    zh: '拨打12363，向人民银行投诉支付机构。',
  },
  notes: [
    {
      en: 'Complain to the payment provider first. It must answer within the time the rules set: ask it for the date.',
      zh: '先向支付机构投诉。机构须在规定时限内答复，可直接问清答复日期。',
      source: PBC,
      unverified: true,
    },
  ],
  source: PBC,
  unverified: true,
  sourceName: '中国人民银行金融消费者权益保护实施办法（中国人民银行令〔2020〕第5号）',
};

const MPS = 'https://www.mps.gov.cn/';

const CN_110: EscalationBody = {
  id: 'cn-110',
  region: 'CN',
  name: { en: 'Police: 110', zh: '110 报警' },
  kind: 'police',
  contact: [{ href: 'tel:110', label: { en: 'Call 110', zh: '拨打 110 报警' }, source: MPS, unverified: true }],
  purpose: {
    en: 'Report fraud at once, or any danger to you.',
    zh: '遭遇诈骗立即报警；人身安全受威胁时同样拨打。',
  },
  cta: {
    en: 'Call 110 to report the fraud to the police.',
    zh: '拨打110报警。',
  },
  source: MPS,
  unverified: true,
  sourceName: '中华人民共和国公安部',
};

const CN_96110: EscalationBody = {
  id: 'cn-96110',
  region: 'CN',
  name: { en: '96110 anti-fraud hotline', zh: '96110 反诈专线' },
  kind: 'anti-fraud',
  contact: [{ href: 'tel:96110', label: { en: 'Call 96110', zh: '拨打 96110' }, source: MPS, unverified: true }],
  purpose: {
    en: 'National anti-fraud line for advice and reports. If 96110 calls you, answer.',
    zh: '全国反诈预警劝阻专线，可咨询、举报诈骗；接到96110来电请务必接听。',
  },
  cta: {
    en: 'Call 96110, the anti-fraud hotline, for advice and to report.',
    zh: '拨打96110反诈专线咨询、举报。',
  },
  source: MPS,
  unverified: true,
  sourceName: '中华人民共和国公安部',
};

export const CN_BODIES: readonly EscalationBody[] = [CN_12315, CN_12378, CN_12363, CN_110, CN_96110];
