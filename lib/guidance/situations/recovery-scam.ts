import type { SituationDef } from '../types';

// A "fund recovery" offer after a loss is a second scam. Sources (also shown with the warning):
// FBI IC3 PSA I-081123-PSA (2023-08-11) and I-062424-PSA (2024-06-24): recovery firms and fake
// law firms ask for fees up front; law enforcement charges no fee. FTC "Refund and Recovery
// Scams": government agencies and genuine helpers do not charge to get money back. FCA ScamSmart
// "Recovery room scams": fraudsters claim to work with the FCA, police or government and ask for
// fees first. Shenyang police (Workers' Daily, 2022-02-10): everyone online who says they can
// get scammed money back is a scammer; report to the police instead.

export const RECOVERY_SCAM: SituationDef = {
  id: 'recovery-scam',
  title: { en: 'Offers to get your money back', zh: '声称能帮你追回损失' },
  intro: {
    en: 'No genuine police force, regulator or provider charges a fee to recover lost money. Paying loses more.',
    zh: '真正的警方、监管机构和平台追回资金不收取任何费用。付钱只会损失更多。',
  },
  urgent: true,
  sources: [
    { name: 'FBI IC3, PSA I-081123-PSA', url: 'https://www.ic3.gov/PSA/2023/PSA230811' },
    { name: 'FBI IC3, PSA I-062424-PSA', url: 'https://www.ic3.gov/PSA/2024/PSA240624' },
    { name: 'FTC, Refund and Recovery Scams', url: 'https://consumer.ftc.gov/articles/refund-and-recovery-scams' },
    { name: 'FCA ScamSmart, Recovery room scams', url: 'https://www.fca.org.uk/scamsmart/recovery-room-scams' },
    {
      name: '工人日报（沈阳公安反电信网络犯罪查控中心）',
      url: 'https://xiaofei.hangzhou.com.cn/xfzx/content/2022-02/10/content_9338733.htm',
    },
  ],
  steps: [
    {
      id: 'pay-nothing',
      text: {
        en: 'Pay nothing: no fee, deposit, “tax” or release charge. The police and regulators never ask for one.',
        zh: '不要付任何钱：手续费、保证金、税费、解冻费都不要交。警方和监管机构从不收取这些费用。',
      },
    },
    {
      id: 'share-nothing',
      text: {
        en: 'Share no ID documents, card numbers, passwords, codes or your wallet’s recovery phrase; install nothing they send.',
        zh: '不要提供身份证件、卡号、密码、验证码或钱包助记词，也不要安装对方发来的任何软件。',
      },
    },
    {
      id: 'report-police',
      text: { en: 'Report the first scam, and this offer, to the police.', zh: '把最初的诈骗和这次的“追款”一并向警方报案。' },
      link: { role: 'police' },
      textFromBody: true,
    },
    {
      id: 'report-anti-fraud',
      text: { en: 'Report it to the national fraud reporting service.', zh: '向反诈机构举报。' },
      link: { role: 'antiFraud' },
      textFromBody: true,
      needsLink: true,
    },
    {
      id: 'keep-evidence',
      text: {
        en: 'Capture this page as evidence: its address, names and payment details help the police.',
        zh: '把这个页面保存为证据：网址、名称和收款信息对警方有用。',
      },
      action: 'capture',
    },
    {
      id: 'already-paid',
      text: {
        en: 'Already paid them? Call your bank or payment provider now and ask to stop or dispute the payment.',
        zh: '已经付款？立即联系银行或支付平台，要求止付或申请争议退款。',
      },
    },
  ],
};
