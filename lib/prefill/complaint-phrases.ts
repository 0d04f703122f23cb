// Letter and subject wording in both languages. Requests only: nothing here promises an outcome.
import type { FailureReason } from '../detection/types';
import type { ChannelKind } from '../sites/types';
import type { Remedy, Situation } from '../db/types';

type L = { en: string; zh: string };

export const SITUATION: Record<Situation, L> = {
  'failed-transfer': { en: 'a failed payment', zh: '一笔失败的交易' },
  fraud: { en: 'a fraudulent transaction', zh: '一笔涉嫌诈骗的交易' },
  refund: { en: 'a refund I have not received', zh: '一笔尚未收到的退款' },
  security: { en: 'a security problem with my account', zh: '我的账户安全问题' },
  other: { en: 'a problem with my account', zh: '我遇到的账户问题' },
};

export const SUBJECT: Record<Situation, L> = {
  'failed-transfer': { en: 'Complaint: failed payment', zh: '交易失败投诉' },
  fraud: { en: 'Complaint: fraudulent transaction', zh: '诈骗交易投诉' },
  refund: { en: 'Complaint: refund not received', zh: '退款未到账投诉' },
  security: { en: 'Complaint: account security', zh: '账户安全投诉' },
  other: { en: 'Complaint', zh: '投诉' },
};

/** `{amount}` is replaced by " of 12.00 USD" / "（12.00 USD）" or removed. */
export const REMEDY: Record<Remedy, L> = {
  refund: { en: 'Please refund the full amount{amount} to me.', zh: '请将款项{amount}全额退还给我。' },
  reversal: { en: 'Please reverse the transaction{amount}.', zh: '请撤销该笔交易{amount}。' },
  unfreeze: {
    en: 'Please lift the restriction on my account and restore my access to my funds.',
    zh: '请解除对我账户的限制，恢复我对资金的正常使用。',
  },
  explanation: {
    en: 'Please explain in writing why the transaction failed and what I need to do to complete it.',
    zh: '请书面说明交易失败的原因，以及我需要如何处理。',
  },
  other: { en: 'Please look into this and resolve it.', zh: '请核实并妥善处理上述问题。' },
};

export const REASON: Record<FailureReason, L | null> = {
  'insufficient-funds': { en: 'insufficient balance or fees', zh: '余额或手续费不足' },
  'verification-required': { en: 'security verification required', zh: '需要安全验证' },
  'network-or-system': { en: 'network or system error', zh: '网络或系统故障' },
  'declined-by-recipient-or-bank': { en: 'declined by the recipient or the bank', zh: '被收款方或银行拒绝' },
  unknown: null,
};

export const CHANNEL: Record<ChannelKind, L> = {
  phone: { en: 'by phone', zh: '电话' },
  chat: { en: 'via online chat', zh: '在线客服' },
  forum: { en: 'on the community forum', zh: '社区论坛' },
  email: { en: 'by email', zh: '电子邮件' },
  form: { en: 'through the online form', zh: '在线表单' },
  social: { en: 'on social media', zh: '社交媒体' },
};

/** Words to look for in a support form's problem-type list, best first. */
export const CATEGORY_WORDS: Record<Situation, string[]> = {
  'failed-transfer': [
    'payment',
    'transaction',
    'transfer',
    'declined',
    'failed',
    'withdraw',
    'deposit',
    '交易',
    '支付',
    '付款',
    '转账',
    '提现',
    '充值',
  ],
  fraud: ['fraud', 'scam', 'unauthori', 'stolen', 'hacked', 'dispute', '诈骗', '欺诈', '被盗', '盗刷', '未经授权', '纠纷'],
  refund: ['refund', 'return', 'dispute', '退款', '退货', '纠纷'],
  security: ['security', 'unauthori', 'hacked', 'locked', 'access', 'account', '安全', '被盗', '冻结', '账户'],
  other: ['account', 'payment', 'transaction', '账户', '交易'],
};
export const REMEDY_WORDS: Partial<Record<Remedy, string[]>> = {
  refund: ['refund', '退款'],
  unfreeze: ['frozen', 'freeze', 'restrict', 'limit', 'locked', '冻结', '限制'],
};
/** Last resort: the form's own "other" choice. */
export const OTHER_WORDS = ['other', 'something else', '其他', '其它'];
