import type { SituationDef } from '../types';

// GUIDANCE-FACTS §3 "Refunds": merchant first, then the wallet's transaction record, proof,
// wait and follow up; escalation once the provider's time is up.

export const REFUND: SituationDef = {
  id: 'refund',
  title: { en: 'Getting a refund', zh: '申请退款' },
  intro: {
    en: 'Merchant first, then the wallet, with proof at every step.',
    zh: '先找商家，再通过支付平台，每一步都留好凭证。',
  },
  urgent: false,
  steps: [
    {
      id: 'contact-merchant',
      text: {
        en: 'Ask the merchant for a refund first, under its refund policy.',
        zh: '先按商家的退款政策，向商家申请退款。',
      },
      detail: { en: 'Ask in writing so you have a dated record.', zh: '尽量书面沟通，留下有日期的记录。' },
    },
    {
      id: 'request-in-wallet',
      text: {
        en: 'Once the merchant agrees, open the payment in {provider}’s transaction history and request the refund there.',
        zh: '商家同意后，在{provider}的交易记录里找到这笔付款，从那里申请退款。',
      },
    },
    {
      id: 'provide-proof',
      text: {
        en: 'Keep proof: receipts, the order page and your chats with the merchant.',
        zh: '保留凭证：付款凭证、订单页面、与商家的聊天记录。',
      },
      action: 'capture',
    },
    {
      id: 'wait-follow-up',
      text: {
        en: 'Note the processing time you were given, and follow up if it runs over.',
        zh: '记下对方承诺的处理时间，超时就跟进催办。',
      },
    },
    {
      id: 'start-complaint',
      text: {
        en: 'Merchant refuses or goes silent? Start a complaint or dispute with {provider}.',
        zh: '商家拒绝或不回复？向{provider}发起投诉或争议。',
      },
      action: 'start-complaint',
    },
    {
      id: 'escalate',
      text: {
        en: 'Still no fair answer in time? Take it to a consumer body or regulator.',
        zh: '超时仍未得到合理答复？向消费者组织或监管部门投诉。',
      },
      link: { regulator: true, provider: 'merchant' },
      textFromBody: true,
      detail: {
        en: 'Do this once the deadline has passed without a fair answer.',
        zh: '在期限已过仍未得到合理答复时，再走这一步。',
      },
      action: 'escalation',
    },
  ],
};
