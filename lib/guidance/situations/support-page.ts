import type { SituationDef } from '../types';

// On the provider's help / contact page (DESIGN.md use 3): channels, prefill, keep the receipt.

export const SUPPORT_PAGE: SituationDef = {
  id: 'support-page',
  title: { en: 'Contact {provider}', zh: '联系{provider}' },
  intro: {
    en: 'Every way to reach {provider}, and how to keep a record.',
    zh: '{provider}的全部联系渠道，以及如何留存记录。',
  },
  urgent: false,
  steps: [
    {
      id: 'pick-channel',
      text: {
        en: 'Pick a channel: phone for urgent matters, chat for quick answers, email or form for a written record.',
        zh: '选择渠道：紧急情况打电话，想快速答复用在线客服，需要书面记录用邮件或表单。',
      },
      action: 'channels',
    },
    {
      id: 'prefill',
      text: {
        en: 'Filling in a form? Prefill it from your open complaint, then check every field before sending.',
        zh: '需要填表？可用已有投诉一键预填，提交前逐项核对。',
      },
      action: 'prefill',
    },
    {
      id: 'ticket-number',
      text: {
        en: 'Write down the ticket or case number they give you.',
        zh: '记下对方给出的工单号或案件编号。',
      },
    },
    {
      id: 'capture-receipt',
      text: {
        en: 'After sending, capture the confirmation page or message.',
        zh: '提交后，截存确认页面或回执。',
      },
      action: 'capture',
    },
  ],
};
