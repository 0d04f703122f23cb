import type { SituationDef } from '../types';

// A wallet page where nothing was detected: offer the basics without guessing.

export const GENERAL: SituationDef = {
  id: 'general',
  title: { en: 'Need help with {provider}?', zh: '{provider}遇到问题？' },
  intro: {
    en: 'Nothing unusual was detected on this page.',
    zh: '本页未检测到异常。',
  },
  // Off the registry the content script never ran, so say nothing about what the page shows.
  titleWithoutSite: { en: 'Trouble with a payment?', zh: '付款遇到问题？' },
  introWithoutSite: {
    en: 'This site is not one of the wallets we know, but you can still keep evidence and track a complaint.',
    zh: '本网站不在已知钱包列表中，但你仍可保存证据、跟进投诉。',
  },
  urgent: false,
  steps: [
    {
      id: 'pick-situation',
      text: {
        en: 'Tell us what happened (failed payment, scam, refund, account security) to see the right steps.',
        zh: '选择你遇到的情况（付款失败、诈骗、退款、账户安全），查看对应步骤。',
      },
    },
    {
      id: 'capture',
      text: {
        en: 'Something wrong? Capture this page as evidence first.',
        zh: '遇到问题？先把本页截存为证据。',
      },
      action: 'capture',
    },
    {
      id: 'channels',
      text: { en: 'See every way to contact {provider}.', zh: '查看{provider}的全部联系方式。' },
      action: 'channels',
      needsSite: true,
    },
    {
      id: 'start-complaint',
      text: {
        en: 'Start a complaint to keep notes, evidence and reminders in one place.',
        zh: '发起投诉，把记录、证据和跟进提醒集中管理。',
      },
      action: 'start-complaint',
    },
  ],
};
