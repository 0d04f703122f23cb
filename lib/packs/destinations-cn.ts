import type { Destination } from './types';

// Mainland China: complaints in Chinese. No form of these bodies could be read (12378 and 12363
// are phone lines; 12315.cn did not load). 12315's fields are what its rules say a complaint must
// state (市场监督管理投诉举报处理暂行办法 art. 9, read in a third-party copy, as in
// lib/guidance/bodies-cn.ts); 12378 and 12363 keep to what a caller is asked for there.

const CN_12315: Destination = {
  id: 'cn-12315',
  body: 'cn-12315',
  region: 'CN',
  name: { en: '12315 consumer complaint', zh: '12315 消费投诉' },
  lang: 'zh',
  fields: [
    { id: 'name', label: { zh: '投诉人姓名', en: 'Complainant’s name' }, from: { fill: 'name' } },
    { id: 'phone', label: { zh: '联系电话', en: 'Phone' }, from: { fill: 'phone' } },
    { id: 'respondent', label: { zh: '被投诉人名称', en: 'Name of the business complained about' }, from: { case: 'provider' } },
    { id: 'transaction', label: { zh: '订单号 / 交易号', en: 'Order / transaction number' }, from: { fill: 'transaction-id' } },
    { id: 'amount', label: { zh: '涉及金额', en: 'Amount involved' }, from: { fill: 'amount' } },
    { id: 'date', label: { zh: '消费日期', en: 'Date of purchase' }, from: { fill: 'date' } },
    { id: 'claim', label: { zh: '具体投诉请求', en: 'Specific claim' }, from: { narrative: 'want' } },
    { id: 'facts', label: { zh: '事实经过', en: 'The facts' }, from: { narrative: 'all' } },
  ],
  fieldList: {
    read: {
      source: 'https://www.samr.gov.cn/',
      unverified: true,
      sourceName: '市场监督管理投诉举报处理暂行办法 第九条',
    },
    note: {
      zh: '未能读取 12315 网上表单；以下按规章要求投诉写明的内容（姓名、电话、被投诉人、具体请求和事实）。地址本程序不保存，请自行填写。',
      en: 'The 12315 web form could not be read: these follow what its rules say a complaint must state (name, phone, the business, a specific claim and the facts). Addresses are not kept here: add yours.',
    },
  },
};

const PHONE_FIELDS: Destination['fields'] = [
  { id: 'name', label: { zh: '投诉人姓名', en: 'Your name' }, from: { fill: 'name' } },
  { id: 'phone', label: { zh: '联系电话', en: 'Phone' }, from: { fill: 'phone' } },
  { id: 'institution', label: { zh: '被投诉机构', en: 'Institution complained about' }, from: { case: 'provider' } },
  { id: 'account', label: { zh: '账户', en: 'Account' }, from: { fill: 'account-id' } },
  { id: 'transaction', label: { zh: '交易编号', en: 'Transaction reference' }, from: { fill: 'transaction-id' } },
  { id: 'amount', label: { zh: '金额', en: 'Amount' }, from: { fill: 'amount' } },
  { id: 'date', label: { zh: '交易时间', en: 'Date of the transaction' }, from: { fill: 'date' } },
  {
    id: 'reference',
    label: { zh: '向机构投诉的工单号', en: 'Your complaint reference with the institution' },
    from: { case: 'references' },
  },
  { id: 'answer', label: { zh: '机构答复情况', en: 'What the institution answered' }, from: { narrative: 'answered' } },
  { id: 'facts', label: { zh: '投诉事项', en: 'What the complaint is about' }, from: { narrative: 'all' } },
  { id: 'claim', label: { zh: '诉求', en: 'What you ask for' }, from: { narrative: 'want' } },
];

const PHONE_NOTE = {
  zh: '这是电话热线，没有可读取的表单：以下为来电时需要说清的内容，按通话顺序排列。',
  en: 'A phone line with no form to read: these are what to have ready for the call, in the order it goes.',
};

const CN_12378: Destination = {
  id: 'cn-12378',
  body: 'cn-12378',
  region: 'CN',
  name: { en: '12378 banking & insurance complaint', zh: '12378 银行保险投诉' },
  lang: 'zh',
  fields: PHONE_FIELDS,
  fieldList: {
    read: { source: 'https://www.nfra.gov.cn/', unverified: true, sourceName: '银行业保险业消费投诉处理管理办法' },
    note: PHONE_NOTE,
  },
};

const CN_12363: Destination = {
  id: 'cn-12363',
  body: 'cn-12363',
  region: 'CN',
  name: { en: '12363 payment institution complaint', zh: '12363 支付机构投诉' },
  lang: 'zh',
  fields: PHONE_FIELDS,
  fieldList: {
    read: { source: 'https://www.pbc.gov.cn/', unverified: true, sourceName: '中国人民银行金融消费者权益保护实施办法' },
    note: PHONE_NOTE,
  },
};

export const CN_DESTINATIONS: readonly Destination[] = [CN_12315, CN_12378, CN_12363];
