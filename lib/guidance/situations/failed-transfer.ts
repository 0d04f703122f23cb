import type { FailureReason } from '../../detection/types';
import type { SituationDef, StepTemplate } from '../types';

// GUIDANCE-FACTS §3 "A transfer keeps failing": network, balance, provider outage, security
// hold, in that order; then ask support for the exact error. The detected reason moves its own
// check to the front (worded for that reason) and the rest keep their order.

const NO_DOUBLE_PAY = {
  en: 'Check your transaction history before retrying, so you do not pay twice.',
  zh: '重试前先查看交易记录，避免重复付款。',
};

const BALANCE_DETAIL = {
  en: 'Fees, currency conversion and daily limits can make a payment fail even when the amount fits.',
  zh: '手续费、汇率换算或单日限额，都可能让看似够用的余额付款失败。',
};

/** The generic checks, in the order to try them when nothing points elsewhere. */
export const FAILED_TRANSFER_CHECKS: readonly StepTemplate[] = [
  {
    id: 'check-network',
    text: {
      en: 'Check your connection, then retry once on a stable network (not public Wi‑Fi).',
      zh: '检查网络连接，换到稳定的网络（不要用公共Wi‑Fi）后再试一次。',
    },
    detail: NO_DOUBLE_PAY,
  },
  {
    id: 'check-balance',
    text: {
      en: 'Make sure your balance covers the amount plus any fees.',
      zh: '确认余额足以支付转账金额和手续费。',
    },
    detail: BALANCE_DETAIL,
  },
  {
    id: 'check-status',
    text: {
      en: 'Check {provider}’s status or announcement page for an outage or maintenance.',
      zh: '查看{provider}的服务状态或公告页面，确认是否在维护或出现故障。',
    },
    textWithoutLink: {
      en: 'Look in {provider}’s app or site for outage or maintenance notices.',
      zh: '在{provider}的App或官网查看是否有系统维护或故障公告。',
    },
    link: { site: 'status' },
  },
  {
    id: 'check-security',
    text: {
      en: 'Unusual logins or many payments can trigger extra verification or a hold. Look for a request in the app.',
      zh: '异常登录或频繁交易可能触发身份验证或风控限制，请在App内查看是否有验证提示。',
    },
  },
];

/** The first step for each detected reason. */
export const FAILED_TRANSFER_LEADS: Readonly<Record<Exclude<FailureReason, 'unknown'>, StepTemplate>> = {
  'insufficient-funds': {
    id: 'lead-balance',
    text: {
      en: 'Your balance must cover the amount plus fees. Top up or send less, then retry.',
      zh: '余额需要覆盖转账金额和手续费。请先充值或减少金额，再重试。',
    },
    detail: BALANCE_DETAIL,
  },
  'network-or-system': {
    id: 'lead-network',
    text: {
      en: 'Retry once on a stable network, and check {provider}’s status page for an outage.',
      zh: '换到稳定网络后重试一次，并查看{provider}的服务状态页是否有故障。',
    },
    textWithoutLink: {
      en: 'Retry once on a stable network, and look for outage or maintenance notices from {provider}.',
      zh: '换到稳定网络后重试一次，并留意{provider}的故障或维护公告。',
    },
    detail: NO_DOUBLE_PAY,
    link: { site: 'status' },
  },
  'verification-required': {
    id: 'lead-verification',
    text: {
      en: 'Identity check needed: ID, face scan or SMS code. Complete it only in {provider}’s official app or site.',
      zh: '需要身份验证：可能要求证件、人脸识别或短信验证码。只在{provider}官方App或官网内完成。',
    },
    detail: {
      en: 'Never give codes or passwords to anyone who calls or messages you, even if they say they are {provider}.',
      zh: '任何来电或消息索要验证码、密码，即使自称{provider}客服，也不要提供。',
    },
  },
  'declined-by-recipient-or-bank': {
    id: 'lead-declined',
    text: {
      en: 'The bank or recipient declined it. Check your card limits and the recipient’s details, then ask your bank why.',
      zh: '付款被银行或收款方拒绝。请核对银行卡限额和收款人信息，并向发卡银行询问原因。',
    },
    detail: {
      en: 'The recipient may need to accept the payment or sort out their account: ask them.',
      zh: '收款方可能需要确认收款或处理其账户问题，可以直接问对方。',
    },
  },
};

/** Which generic checks each lead already covers (so they are not repeated). */
const COVERED: Readonly<Record<FailureReason, readonly string[]>> = {
  'insufficient-funds': ['check-balance'],
  'network-or-system': ['check-network', 'check-status'],
  'verification-required': ['check-security'],
  'declined-by-recipient-or-bank': [],
  unknown: [],
};

const TAIL: readonly StepTemplate[] = [
  {
    id: 'ask-support',
    text: {
      en: 'Still failing? Contact {provider} and ask for the exact error code and message.',
      zh: '仍然失败？联系{provider}客服，询问具体的错误代码和提示信息。',
    },
    detail: {
      en: 'Write down the answer, the date and the ticket number.',
      zh: '记下答复内容、日期和工单号。',
    },
    action: 'channels',
  },
  {
    id: 'capture',
    text: { en: 'Capture this page as evidence before you leave it.', zh: '离开本页前，先把它截存为证据。' },
    action: 'capture',
  },
  {
    id: 'start-complaint',
    text: {
      en: 'Money taken but not delivered, or no fix from support? Start a complaint.',
      zh: '已扣款却未到账，或客服迟迟不解决？发起投诉。',
    },
    action: 'start-complaint',
  },
];

/** Steps for a failed transfer: the reason's lead, the other checks in order, then support. */
export function failedTransferSteps(reason: FailureReason = 'unknown'): StepTemplate[] {
  const lead = reason === 'unknown' ? [] : [FAILED_TRANSFER_LEADS[reason]];
  const checks = FAILED_TRANSFER_CHECKS.filter((c) => !COVERED[reason].includes(c.id));
  return [...lead, ...checks, ...TAIL];
}

export const FAILED_TRANSFER: SituationDef = {
  id: 'failed-transfer',
  title: { en: 'Payment failed', zh: '付款失败' },
  intro: {
    en: 'Likely causes to check, the most likely first.',
    zh: '按可能性从高到低，逐项排查原因。',
  },
  urgent: false,
  steps: failedTransferSteps('unknown'),
};
