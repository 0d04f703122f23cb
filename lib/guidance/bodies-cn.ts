import type { EscalationBody } from './types';

// Mainland China. Facts as restated in shared/GUIDANCE-FACTS.md §4; each body cites the
// regulator that runs it and, where a time limit is shown, the regulation that sets it.

/** 12315: the market regulator's national consumer-complaint platform. */
const CN_12315: EscalationBody = {
  id: 'cn-12315',
  region: 'CN',
  name: { en: '12315 consumer complaint platform', zh: '全国12315消费者投诉平台' },
  kind: 'consumer',
  contact: [
    { href: 'tel:12315', label: { en: 'Call 12315', zh: '拨打 12315' } },
    { href: 'https://www.12315.cn/', label: { en: 'File online at 12315.cn', zh: '在 12315.cn 在线投诉' } },
  ],
  purpose: {
    en: 'Disputes with merchants and online sellers: refunds, goods, services.',
    zh: '与商家、网店的消费纠纷：退款、商品、服务问题。',
  },
  cta: {
    en: 'File a complaint with 12315, by phone or at 12315.cn.',
    zh: '向12315投诉：电话或 12315.cn 网上投诉。',
  },
  // 市场监督管理投诉举报处理暂行办法: acceptance decision in 7 working days, mediation ends
  // after 45 working days without agreement, required contents, 3-year limit.
  notes: [
    {
      en: 'Have ready: your name, phone and address; the seller’s name and address; your claim and the facts.',
      zh: '需写明：本人姓名、电话、地址；被投诉方名称和地址；具体诉求和事实经过。',
    },
    {
      en: 'The regulator decides within 7 working days whether to take it on.',
      zh: '市场监管部门在7个工作日内决定是否受理。',
    },
    {
      en: 'Mediation ends if there is no agreement within 45 working days.',
      zh: '受理后45个工作日内未达成调解协议的，调解终止。',
    },
    { en: 'Disputes more than 3 years old are not accepted.', zh: '超过3年的纠纷不予受理。' },
  ],
  source: 'https://www.samr.gov.cn/',
  sourceName: '市场监督管理投诉举报处理暂行办法（国家市场监督管理总局令）',
};

/** 12378: the financial regulator's banking & insurance consumer hotline. */
const CN_12378: EscalationBody = {
  id: 'cn-12378',
  region: 'CN',
  name: { en: '12378 banking & insurance consumer hotline', zh: '12378 银行保险消费者投诉热线' },
  kind: 'financial-regulator',
  contact: [{ href: 'tel:12378', label: { en: 'Call 12378', zh: '拨打 12378' } }],
  purpose: {
    en: 'Complaints about a bank or insurer that it did not resolve.',
    zh: '银行、保险机构未妥善处理的投诉。',
  },
  cta: {
    en: 'Call 12378 to complain about the bank or insurer.',
    zh: '拨打12378投诉银行或保险机构。',
  },
  // 银行保险机构消费投诉处理管理办法 (2020): 15 days, complex cases 30, a further 30 with
  // approval, so 60 at most.
  notes: [
    {
      en: 'Complain to the bank first: it answers within 15 days, complex cases up to 30 (60 at most).',
      zh: '先向银行或保险机构投诉：一般15日内答复，复杂的可延至30日，最长不超过60日。',
    },
  ],
  source: 'https://www.nfra.gov.cn/',
  sourceName: '银行保险机构消费投诉处理管理办法（中国银保监会令2020年第3号）',
};

/**
 * 12363: the central bank's financial-consumer hotline, which covers non-bank payment
 * institutions (Alipay, WeChat Pay) and UnionPay-network disputes.
 *
 * No time limit is shown for it on purpose. The provider's duty comes from the central bank's
 * 2020 measures (中国人民银行金融消费者权益保护实施办法, Order No. 5 of 2020). When this was
 * written (no live web access) the final text of that order could not be read: the stored
 * copies found were the December 2019 consultation draft, a 2013 internal PBOC rule, branch
 * press releases and Q&A sites quoting "15–20 working days" without a source. None of those is
 * the rule in force, so the app says "within the time the rules set; ask them for the date"
 * rather than a number that might be wrong. Add a figure only after reading the order itself
 * (pbc.gov.cn), and add a matching rule in deadline-rules-cn.ts at the same time.
 */
const CN_12363: EscalationBody = {
  id: 'cn-12363',
  region: 'CN',
  name: { en: '12363 central bank financial consumer hotline', zh: '12363 金融消费权益保护咨询投诉电话' },
  kind: 'financial-regulator',
  contact: [{ href: 'tel:12363', label: { en: 'Call 12363', zh: '拨打 12363' } }],
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
    },
  ],
  source: 'https://www.pbc.gov.cn/',
  sourceName: '中国人民银行金融消费者权益保护实施办法（中国人民银行令〔2020〕第5号）',
};

const CN_110: EscalationBody = {
  id: 'cn-110',
  region: 'CN',
  name: { en: 'Police: 110', zh: '110 报警' },
  kind: 'police',
  contact: [{ href: 'tel:110', label: { en: 'Call 110', zh: '拨打 110 报警' } }],
  purpose: {
    en: 'Report fraud at once, or any danger to you.',
    zh: '遭遇诈骗立即报警；人身安全受威胁时同样拨打。',
  },
  cta: {
    en: 'Call 110 to report the fraud to the police.',
    zh: '拨打110报警。',
  },
  source: 'https://www.mps.gov.cn/',
  sourceName: '中华人民共和国公安部',
};

const CN_96110: EscalationBody = {
  id: 'cn-96110',
  region: 'CN',
  name: { en: '96110 anti-fraud hotline', zh: '96110 反诈专线' },
  kind: 'anti-fraud',
  contact: [{ href: 'tel:96110', label: { en: 'Call 96110', zh: '拨打 96110' } }],
  purpose: {
    en: 'National anti-fraud line for advice and reports. If 96110 calls you, answer.',
    zh: '全国反诈预警劝阻专线，可咨询、举报诈骗；接到96110来电请务必接听。',
  },
  cta: {
    en: 'Call 96110, the anti-fraud hotline, for advice and to report.',
    zh: '拨打96110反诈专线咨询、举报。',
  },
  source: 'https://www.mps.gov.cn/',
  sourceName: '中华人民共和国公安部',
};

export const CN_BODIES: readonly EscalationBody[] = [CN_12315, CN_12378, CN_12363, CN_110, CN_96110];
