import type { Destination } from './types';

// Field lists of the destinations that take complaints in English. Each list says where it was
// read and when; where the form itself could not be read, its note says so and the fields keep to
// what the body documents it asks for. Labels follow the form's wording where it was read.

const CHECKED = '2026-12-07';

/** The provider's own complaint form: its boxes differ by provider, so the pack lists what the
 * prefill's classifier recognises (lib/prefill/classify.ts) in that order. */
export const PROVIDER: Destination = {
  id: 'provider',
  name: { en: 'The provider’s own complaint form', zh: '平台自己的投诉表单' },
  lang: 'en',
  fields: [
    { id: 'name', label: { en: 'Name', zh: '姓名' }, from: { fill: 'name' } },
    { id: 'email', label: { en: 'Email', zh: '电子邮箱' }, from: { fill: 'email' } },
    { id: 'phone', label: { en: 'Phone', zh: '电话' }, from: { fill: 'phone' } },
    { id: 'account', label: { en: 'Account', zh: '账户' }, from: { fill: 'account-id' } },
    { id: 'subject', label: { en: 'Subject', zh: '主题' }, from: { fill: 'subject' } },
    { id: 'transaction', label: { en: 'Transaction reference', zh: '交易编号' }, from: { fill: 'transaction-id' } },
    { id: 'amount', label: { en: 'Amount', zh: '金额' }, from: { fill: 'amount' } },
    { id: 'currency', label: { en: 'Currency', zh: '币种' }, from: { fill: 'currency' } },
    { id: 'date', label: { en: 'Date of the transaction', zh: '交易日期' }, from: { fill: 'date' } },
    { id: 'description', label: { en: 'Description', zh: '问题描述' }, from: { narrative: 'all' } },
  ],
  fieldList: {
    note: {
      en: 'Each provider’s form differs: these are the field types the prefill recognises and fills, in the usual order.',
      zh: '各平台表单不同：以下是自动填写可识别并填写的字段类型，按常见顺序排列。',
    },
  },
};

// The CFPB's web intake form as filed with OMB (ICR 201504-3170-001, "Web Complaint Intake
// Forms"): steps 1 What happened, 2 Desired resolution, 3 My information, 4 Product information.
// Read in omb.report's copy; the live form may word a box differently.
const US_CFPB: Destination = {
  id: 'us-cfpb',
  body: 'us-cfpb',
  region: 'US',
  name: { en: 'CFPB complaint', zh: 'CFPB 投诉' },
  lang: 'en',
  fields: [
    {
      id: 'what-happened',
      label: { en: 'What happened? Describe what happened so we can understand the issue', zh: '发生了什么？请描述经过' },
      from: { narrative: 'all' },
    },
    { id: 'issue', label: { en: 'Which of these best describes your issue?', zh: '哪一项最符合你的问题？' }, from: { case: 'situation' } },
    {
      id: 'lost',
      label: { en: 'If you lost money, how much money did you lose?', zh: '如有损失，损失金额是多少？' },
      from: { fill: 'amount' },
    },
    { id: 'when', label: { en: 'When did this happen?', zh: '发生日期' }, from: { fill: 'date' } },
    {
      id: 'tried',
      label: { en: 'Have you done any of these things to try to resolve this issue?', zh: '你是否已尝试以下方式解决？' },
      from: { narrative: 'asked' },
    },
    { id: 'resolution', label: { en: 'Desired resolution', zh: '期望的解决方式' }, from: { narrative: 'want' } },
    { id: 'name', label: { en: 'My information: name', zh: '我的信息：姓名' }, from: { fill: 'name' } },
    { id: 'email', label: { en: 'My information: email', zh: '我的信息：电子邮箱' }, from: { fill: 'email' } },
    { id: 'phone', label: { en: 'My information: phone', zh: '我的信息：电话' }, from: { fill: 'phone' } },
    { id: 'company', label: { en: 'Product information: company', zh: '产品信息：公司' }, from: { case: 'provider' } },
    { id: 'account', label: { en: 'Product information: account number', zh: '产品信息：账号' }, from: { fill: 'account-id' } },
  ],
  fieldList: {
    read: {
      source: 'https://omb.report/icr/201504-3170-001/doc/54859401',
      unverified: true,
      sourceName: 'CFPB Web Complaint Intake Forms (OMB 3170-0011), as filed in 2015',
    },
    note: {
      en: 'Read in the intake form the CFPB filed with OMB (a third-party copy); the live form at consumerfinance.gov/complaint may word some boxes differently.',
      zh: '依据 CFPB 向 OMB 备案的投诉表单（第三方副本）；consumerfinance.gov/complaint 上的现行表单措辞可能略有不同。',
    },
  },
};

// The FBI's public service announcement for crypto scam victims (Alert 08112023, August 2023)
// names the transaction details IC3 needs: addresses, amount and type, date and time, transaction
// id (hash), and which exchanges were used. IC3's form itself could not be read.
const US_IC3: Destination = {
  id: 'us-ic3',
  body: 'us-ic3',
  region: 'US',
  name: { en: 'FBI IC3 report', zh: 'FBI IC3 报案' },
  lang: 'en',
  fields: [
    { id: 'name', label: { en: 'Your name', zh: '你的姓名' }, from: { fill: 'name' } },
    { id: 'email', label: { en: 'Your email', zh: '你的电子邮箱' }, from: { fill: 'email' } },
    { id: 'phone', label: { en: 'Your phone', zh: '你的电话' }, from: { fill: 'phone' } },
    { id: 'addresses', label: { en: 'Cryptocurrency addresses', zh: '加密货币地址' }, from: { facts: 'address' } },
    { id: 'amounts', label: { en: 'Amount and cryptocurrency type', zh: '金额和币种' }, from: { facts: 'amount' } },
    { id: 'dates', label: { en: 'Dates/Times', zh: '日期和时间' }, from: { facts: 'datetime' } },
    { id: 'hashes', label: { en: 'Transaction ID (hash)', zh: '交易哈希' }, from: { facts: 'transaction-id' } },
    { id: 'exchanges', label: { en: 'Cryptocurrency exchanges used', zh: '使用的加密货币交易所' }, from: { case: 'exchange' } },
    { id: 'subject', label: { en: 'Identifiers of the other party', zh: '对方的身份信息' }, from: { facts: 'counterparty' } },
    { id: 'websites', label: { en: 'Domain names and website addresses', zh: '域名和网址' }, from: { facts: 'url' } },
    { id: 'description', label: { en: 'Description of the incident', zh: '事件经过' }, from: { narrative: 'all' } },
  ],
  fieldList: {
    read: {
      source: 'https://www.hstoday.us/subject-matter-areas/cybersecurity/fbi-guidance-for-cryptocurrency-scam-victims/',
      unverified: true,
      sourceName: 'FBI: Guidance for cryptocurrency scam victims (August 2023), as restated by HSToday',
    },
    note: {
      en: 'IC3’s form itself could not be read. These are the transaction details the FBI asks crypto-scam victims for, in its order.',
      zh: '未能读取 IC3 表单本身。以下为 FBI 要求加密货币诈骗受害者提供的交易信息，按其顺序排列。',
    },
  },
};

// Both read only in third-party copies (the PDF on a document site, the page through a proxy).
// FOS complaint form (PDF: "your details": first name, title, surname, date of birth, address,
// phone number 1, email) and its "How to complain" page (account number, customer or complaint
// reference, what the problem is, how you would like it put right; the final response's date
// starts the 6 months).
const UK_FOS: Destination = {
  id: 'uk-fos',
  body: 'uk-fos',
  region: 'UK',
  name: { en: 'Financial Ombudsman complaint form', zh: '英国金融申诉专员投诉表' },
  lang: 'en',
  fields: [
    { id: 'first-name', label: { en: 'First name', zh: '名' }, from: { fill: 'name', shape: { namePart: 'given' } } },
    { id: 'surname', label: { en: 'Surname', zh: '姓' }, from: { fill: 'name', shape: { namePart: 'family' } } },
    { id: 'phone', label: { en: 'Phone number 1', zh: '电话 1' }, from: { fill: 'phone' } },
    { id: 'email', label: { en: 'Email', zh: '电子邮箱' }, from: { fill: 'email' } },
    { id: 'business', label: { en: 'The business you are complaining about', zh: '被投诉的机构' }, from: { case: 'provider' } },
    { id: 'account', label: { en: 'Account number', zh: '账号' }, from: { fill: 'account-id' } },
    { id: 'reference', label: { en: 'Customer or complaint reference number', zh: '客户号或投诉编号' }, from: { case: 'references' } },
    {
      id: 'final-response',
      label: { en: 'Date of the business’s final response', zh: '机构最终答复日期' },
      from: { case: 'final-answer' },
    },
    { id: 'complaint', label: { en: 'What the problem is', zh: '问题是什么' }, from: { narrative: 'all' } },
    { id: 'put-right', label: { en: 'How you would like it put right', zh: '希望如何解决' }, from: { narrative: 'want' } },
  ],
  fieldList: {
    read: {
      source: 'https://www.financial-ombudsman.org.uk/consumers/how-to-complain/complain-financial-business',
      unverified: true,
      sourceName: 'Financial Ombudsman Service: complaint form and “How to complain to a financial business”',
    },
    note: {
      en: 'Personal details as the ombudsman’s complaint form asks them; the complaint boxes as its “How to complain” page lists what it will ask for.',
      zh: '个人信息按申诉专员投诉表的栏目；投诉内容按其“如何投诉”页面列出的要求。',
    },
  },
};

// Stop! Think Fraud (GOV.UK) lists what to have ready before reporting: the contact's details,
// evidence, how you paid, what made you suspicious. The report form itself could not be read.
const UK_REPORT_FRAUD: Destination = {
  id: 'uk-report-fraud',
  body: 'uk-report-fraud',
  region: 'UK',
  name: { en: 'Report Fraud report', zh: '英国 Report Fraud 报案' },
  lang: 'en',
  fields: [
    { id: 'name', label: { en: 'Your name', zh: '你的姓名' }, from: { fill: 'name' } },
    { id: 'email', label: { en: 'Your email', zh: '你的电子邮箱' }, from: { fill: 'email' } },
    { id: 'phone', label: { en: 'Your phone', zh: '你的电话' }, from: { fill: 'phone' } },
    {
      id: 'contact',
      label: { en: 'Details of whoever made contact with you', zh: '与你联系的人的信息' },
      from: { facts: 'counterparty' },
    },
    { id: 'web', label: { en: 'Web addresses', zh: '网址' }, from: { facts: 'url' } },
    { id: 'paid', label: { en: 'How you paid any money', zh: '付款方式' }, from: { case: 'provider' } },
    { id: 'amount', label: { en: 'Amount', zh: '金额' }, from: { facts: 'amount' } },
    { id: 'what-happened', label: { en: 'What happened and what alerted you', zh: '经过及引起你警觉的情况' }, from: { narrative: 'all' } },
  ],
  fieldList: {
    read: {
      source: 'https://stopthinkfraud.campaign.gov.uk/reporting-fraud/what-to-report/',
      checked: CHECKED,
      sourceName: 'Stop! Think Fraud (GOV.UK): What you’ll need to report',
    },
    note: {
      en: 'The report form itself could not be read: these are the details GOV.UK says to have ready.',
      zh: '未能读取报案表单本身：以下为英国政府建议事先准备的信息。',
    },
  },
};

// FIN-NET lists each country's body; their forms differ and none was read. The fields keep to
// what PSD2 complaints and FIN-NET's "how to" say a complaint needs.
const EU_ADR: Destination = {
  id: 'eu-adr',
  body: 'eu-adr',
  region: 'EU',
  name: { en: 'National payment complaint body (FIN-NET)', zh: '所在国支付纠纷调解机构（FIN-NET）' },
  lang: 'en',
  fields: [
    { id: 'name', label: { en: 'Name', zh: '姓名' }, from: { fill: 'name' } },
    { id: 'email', label: { en: 'Email', zh: '电子邮箱' }, from: { fill: 'email' } },
    { id: 'phone', label: { en: 'Phone', zh: '电话' }, from: { fill: 'phone' } },
    { id: 'provider', label: { en: 'Payment service provider', zh: '支付服务机构' }, from: { case: 'provider' } },
    { id: 'account', label: { en: 'Account', zh: '账户' }, from: { fill: 'account-id' } },
    { id: 'transaction', label: { en: 'Transaction reference', zh: '交易编号' }, from: { fill: 'transaction-id' } },
    { id: 'reference', label: { en: 'Your complaint reference with the provider', zh: '向机构投诉的编号' }, from: { case: 'references' } },
    { id: 'final-response', label: { en: 'Date of the provider’s final answer', zh: '机构最终答复日期' }, from: { case: 'final-answer' } },
    { id: 'complaint', label: { en: 'Your complaint', zh: '投诉内容' }, from: { narrative: 'all' } },
    { id: 'want', label: { en: 'What you ask for', zh: '诉求' }, from: { narrative: 'want' } },
  ],
  fieldList: {
    read: {
      source: 'https://ec.europa.eu/finance/fin-net/how_en.htm',
      unverified: true,
      sourceName: 'European Commission: How to use FIN-NET',
    },
    note: {
      en: 'Each country’s body has its own form and none could be read: these are the details a payment complaint needs.',
      zh: '各国机构表单不同，均未能读取：以下为支付投诉所需的信息。',
    },
  },
};

export const WEST_DESTINATIONS: readonly Destination[] = [PROVIDER, US_CFPB, US_IC3, UK_FOS, UK_REPORT_FRAUD, EU_ADR];
