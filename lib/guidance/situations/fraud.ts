import type { SituationDef } from '../types';

// GUIDANCE-FACTS §3 "Fraud / scam (urgent)": freeze through the fastest channel, keep evidence,
// police and the region's anti-fraud body, then the financial regulator.

export const FRAUD: SituationDef = {
  id: 'fraud',
  title: { en: 'Scammed? Act now', zh: '遇到诈骗？立即行动' },
  intro: { en: 'Minutes count. Do these in order.', zh: '分秒必争，请按顺序处理。' },
  urgent: true,
  steps: [
    {
      id: 'freeze',
      text: {
        en: 'Contact {provider} now, by phone if you can: ask them to freeze your account and stop the payment.',
        zh: '立即联系{provider}（能打电话就打电话），要求冻结账户、紧急止付这笔款项。',
      },
      detail: {
        en: 'Speed matters: once the money moves on, getting it back gets harder.',
        zh: '越快越好：资金一旦被转走，追回会更难。',
      },
      action: 'channels',
    },
    {
      id: 'keep-evidence',
      text: {
        en: 'Save evidence now: transaction records, the other party’s account and contacts, your chats.',
        zh: '马上保存证据：交易记录、对方账号和联系方式、聊天记录。',
      },
      detail: {
        en: 'Do not delete the chats or block the scammer until everything is saved.',
        zh: '保存完之前，不要删除聊天记录，也不要拉黑对方。',
      },
      action: 'capture',
    },
    {
      id: 'report-police',
      text: { en: 'Report it to your local police.', zh: '向当地警方报案。' },
      link: { role: 'police' },
      textFromBody: true,
      detailByRegion: {
        CN: {
          en: 'You can also report at the nearest police station; bring your evidence.',
          zh: '也可以带上证据，到就近的派出所报案。',
        },
      },
    },
    {
      // Where the national route does not serve the whole region (UK: Scotland).
      id: 'report-police-alt',
      text: { en: 'Report it to your local police.', zh: '向当地警方报案。' },
      link: { role: 'policeAlt' },
      textFromBody: true,
      needsLink: true,
    },
    {
      id: 'report-anti-fraud',
      text: { en: 'Report it to the national anti-fraud service.', zh: '向反诈机构举报。' },
      link: { role: 'antiFraud' },
      textFromBody: true,
      needsLink: true,
    },
    {
      id: 'report-regulator',
      text: { en: 'Report it to the financial regulator.', zh: '向金融监管部门反映。' },
      textWithoutLink: {
        en: 'Tell your country’s financial regulator too.',
        zh: '同时向所在地的金融监管机构反映。',
      },
      link: { regulator: true, financial: true },
      textFromBody: true,
      detail: {
        en: 'Especially if a large sum was lost.',
        zh: '涉及金额较大时尤其应当反映。',
      },
    },
    {
      id: 'start-complaint',
      text: {
        en: 'Start a complaint here to keep the timeline, evidence and reference numbers together.',
        zh: '在这里发起投诉，把经过、证据和各种编号集中记录。',
      },
      action: 'start-complaint',
    },
    {
      id: 'beware-recovery',
      text: {
        en: 'Beware of anyone offering to get your money back for a fee: that is a common second scam.',
        zh: '警惕声称能帮你追回损失并收费的人，这是常见的二次诈骗。',
      },
    },
  ],
};
