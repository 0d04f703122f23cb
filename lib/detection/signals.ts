// Word lists of the detector, English + Chinese (Simplified, with Traditional variants where they
// differ by a character or two). Every pattern runs on whitespace-collapsed text of ONE short text
// node or element, never on the whole page, so they stay cheap and local.

import { FAIL_WORDS, PENDING_WORDS, STATUS_LABEL_BODY, SUCCESS_WORDS } from './triggers';

export { DECORATION_CLASS } from './triggers';

const TX_NOUN_EN =
  '(?:payments?|transactions?|transfers?|withdrawals?|deposits?|orders?|purchases?|remittances?|' +
  'top[- ]?ups?|wires?|charges?|swaps?|trades?|conversions?|txns?|refunds?|requests?|cards?|checkouts?|' +
  'money|funds|cash ?outs?|payouts?|sends?)';
const FAIL_VERB_EN =
  '(?:(?:has|have|was|were|is|are|had)\\s+(?:been\\s+)?)?(?:failed|declined|rejected|refused|denied|' +
  'unsuccessful|reverted|reversed|cancell?ed by (?:the )?system|' +
  // A deposit "not credited" (a missing memo, a wrong network) is a failure; "not credited yet" waits.
  'not (?:been )?(?:completed|processed|successful|approved|sent|accepted|authori[sz]ed|credited(?! yet\\b))|' +
  "(?:could ?n[o\u2019']?t|could not|can(?:no|[\u2019']|\\s?no)t|cannot) be (?:completed|processed|sent|authori[sz]ed|approved|credited)|" +
  "did ?n[o\u2019']?t go through|did not go through)";

// Up to six words between the noun and the verb, within one sentence: a word may hold a dot or a
// colon that is not followed by a space ("$45.00", "10:30").
const FILLER = '(?:\\s+(?:[^\\s.!?;:]|[.:](?=\\S))+){0,6}?';

/** An explicit statement that a transaction failed ("Your payment to J. Doe was declined"). */
export const FAIL_PHRASE = new RegExp(
  [
    `\\b${TX_NOUN_EN}${FILLER}\\s+${FAIL_VERB_EN}\\b`,
    "\\b(?:we|you)\\s+(?:could ?n[o\u2019']?t|could not|were unable to|weren[\u2019']?t able to|were not able to|" +
      "are unable to|can(?:no|[\u2019']|\\s?no)t|cannot)\\s+(?:complete|process|send|make|finish|approve|authori[sz]e)\\b",
    '\\b(?:unable|failed) to (?:complete|process|send|transfer|withdraw|pay|make) (?:the |this |your )?' +
      '(?:payment|transaction|transfer|withdrawal|deposit|order|purchase|money|funds)',
    '\\b(?:payment|transaction|transfer|withdrawal)\\s+(?:error|failure)\\b',
    // Expired or timed out: a payment request, a checkout, an order (never a card: that is a reason).
    `\\b(?:payments?|transactions?|transfers?|orders?|invoices?|checkouts?|requests?|quotes?|sessions?)${FILLER}\\s+` +
      '(?:(?:has|have|was|were|is|are)\\s+(?:now\\s+)?)?(?:expired|timed out)\\b',
    // Cancelled, when a cause is given ("for your protection", "by the bank"); a cancellation the
    // reader made is not a failure.
    `\\b${TX_NOUN_EN}${FILLER}\\s+(?:(?:has|have|was|were|is|are)\\s+(?:been\\s+)?)?cancell?ed\\s+(?:by (?!you\\b|yourself\\b)|for\\b|because\\b|due to\\b|as\\b)`,
    // … or as the consequence of one ("we could not verify your identity, so we cancelled this
    // transfer", "…，因此已取消此笔转账", "由于…，订单已被取消"), unless the reader asked for it.
    `\\b(?:so|therefore|as a result|consequently),?\\s+(?:we(?:'ve|\u2019ve| have)?|(?:this|the|your)\\s+${TX_NOUN_EN}${FILLER}\\s+(?:was|has been|have been|were))\\s+cancell?ed\\b`,
    '(?:因此|因而|所以|故而|由于|由於|因为|因為|鉴于|鑒於)(?:(?!您(?:已)?(?:主动|主動|自行|手动|手動|的?申请|的?申請|的?要求)|应您|應您|按您)[^。！？；!?;]){0,40}?(?:已|被)(?:自动|自動)?(?:被)?取消|(?:已|被)取消[，,]?(?:原因|因为|因為|由于|由於)',
    "\\b(?:this|that|the|your)\\s+(?:[a-z]+\\s+){0,2}(?:could ?n[o']?t|could not|can(?:no|')?t|cannot) be (?:completed|processed)\\b",
    "\\b(?:did not|did ?n't|does not|does ?n't|failed to) pass (?:the |our |a |an )?(?:[a-z]+\\s+){0,2}(?:review|check|verification|screening)s?\\b",
    '\\bdouble[- ]spen[dt]\\b|\\bdropped (?:&|and) replaced\\b|\\b(?:transaction|txn?)\\s+(?:was\\s+|has been\\s+)?(?:dropped|replaced)\\b',
    '\\b(?:payments?|transfers?|wires?|withdrawals?|deposits?|remittances?|money|funds)' +
      FILLER +
      '\\s+' +
      '(?:(?:has|have|was|were|is|are)\\s+(?:been\\s+)?)?(?:returned|bounced)\\b',
    '\\bdeclined by\\b',
    // Up to two words may qualify the noun: "returned this ACH deposit", "declined your card payment";
    // a payment request declined by the one asked to pay ("Maya declined your request"), never a
    // request to or for something else ("declined your request for a higher limit").
    '\\b(?:declined|rejected|refused|blocked|reversed|returned)\\s+(?:this|the|your|a)\\s+(?:(?!of\\b|for\\b|to\\b|from\\b)[a-z0-9-]+\\s+){0,2}?(?:(?:payment|transaction|transfer|wire|withdrawal|deposit|order|charge|purchase|card payment)s?|requests?(?!\\s+(?:to|for)\\b))\\b',
    '(?:拒绝|拒絕|驳回|駁回|退回)了?(?:您的|你的|此|该|該|本)?笔?(?:付款|支付|交易|转账|轉賬|提现|提現|汇款|匯款)',
    '\\bexecution reverted\\b|\\berror in (?:main |internal )?txn\\b|\\bfail(?:ed)? with error\\b',
    '\\berror (?:encountered|occurred) during (?:contract )?execution\\b|\\bout[ _]of[ _](?:gas|energy|bandwidth)\\b',
    '(?:交易|付款|支付|转账|转帐|轉賬|轉帳|提现|提現|提款|充值|汇款|匯款|扣款|购买|購買|兑换|兌換|提币|提幣|' +
      '划转|劃轉|退款|下单|收款|缴费|繳費|还款|還款|出金|入金|结算|結算|订单|訂單|代扣|转出|轉出)' +
      '(?:已|未能|处理|處理)?(?:失败|失敗|异常|異常|未成功|不成功|没有成功|被拒|被拒绝|被拒絕|遭拒|遭拒绝|遭拒絕|遭到拒绝|遭到拒絕)',
    // An error code is how a payment result page says it failed when it says nothing else
    // ("错误码 1001", "Error code: 51"); a bare "Error 404" is a missing page, not a code.
    '(?:错误码|錯誤碼|错误代码|錯誤代碼)\\s*[:：]?\\s*[A-Za-z]?\\d{2,}|\\berror code\\s*[:：#]?\\s*[A-Za-z]?\\d{2,}\\b',
    '(?:交易|支付|付款|转账|轉賬|提现|提現|汇款|匯款)(?:未能|未|没有|沒有)完成|' +
      '(?:未能|无法|無法|不能)(?:完成|处理|處理)(?:该|此|本|您的|你的)?(?:笔)?(?:交易|付款|支付|转账|轉賬|订单|訂單)',
    '交易(?:已)?(?:关闭|關閉)|(?:已|被)(?:拒绝|拒絕|驳回|駁回)|审核未通过|審核未通過|(?:已|被)退回|资金退回|' +
      '未通过[\\u4e00-\\u9fff]{0,4}(?:审核|審核|审查|審查|验证|驗證|认证|認證|校验|檢查|检查)|' +
      '(?:交易|订单|訂單|付款|支付|转账|轉賬|汇款|匯款|提现|提現)(?:已|被)(?:撤销|撤銷|冲正|沖正|过期|過期|失效)|' +
      '(?:支付|付款|交易|订单|訂單)(?:已)?超时|已冲正|已沖正|' +
      '(?:已被|被)?(?:系统|系統)(?:已)?(?:自动|自動)?(?:撤销|撤銷|取消|退回)',
  ].join('|'),
  'i',
);

/**
 * Failure words without the word "failed": a shortfall or an outage. Announced in an alert they
 * are the failure ("余额不足", "System busy, try again later"); in running text they are not.
 */
export const WEAK_FAIL_PHRASE =
  /\binsufficient (?:funds?|balance)\b|\bnot enough (?:funds|balance|money)\b|\bexceeds? (?:your )?(?:available )?balance\b|\b(?:system|server|network) (?:is )?(?:busy|error)\b|\bservice (?:is )?(?:temporarily )?unavailable\b|余额不足|餘額不足|资金不足|資金不足|(?:系统|系統)(?:繁忙|忙碌|异常|異常|错误|錯誤)|网络(?:异常|错误|超时)|網絡(?:異常|錯誤)|服务暂不可用|服務暫不可用/i;
/** Vaguer still: any app shows these, for a failed load as much as for a failed payment. */
export const VAGUE_FAIL_PHRASE = /\bsomething went wrong\b|操作失败|操作失敗|请求失败|請求失敗/i;

// Whole short texts (a badge, a status cell) naming a state: the words are in triggers.ts.
export const FAIL_STATUS = new RegExp(`^(?:${FAIL_WORDS})$`, 'i');
export const SUCCESS_STATUS = new RegExp(`^(?:${SUCCESS_WORDS})$`, 'i');
export const PENDING_STATUS = new RegExp(`^(?:${PENDING_WORDS})$`, 'i');
export const STATUS_LABEL_PREFIX = new RegExp(`^${STATUS_LABEL_BODY}\\s*[:：]?\\s*`, 'i');
export const STATUS_LABEL_ONLY = new RegExp(`^${STATUS_LABEL_BODY}\\s*[:：]?$`, 'i');

/** Text before the failure words that makes it hypothetical, negated, or advice. */
export const HYPOTHETICAL_BEFORE =
  /\b(?:if|whether|in case|unless|what|why|how|reasons?|causes?|common|examples?|should|avoid|prevent|never|without|zero|fewer|less|reduce[sd]?|no (?:more|longer)|(?:can|could|may|might|will|would) (?:not )?(?:(?:also|still|then|later|even|eventually|sometimes|\w+ly) )?(?:be |get )?$|when (?:a|an|the|your|you|my)\b)|如果|若|假如|万一|萬一|如何|怎么|怎麼|怎样|为什么|為什麼|为何|避免|防止|告别|告別|降低|减少|減少|不再|无需|無需|担心|擔心|哪些|可能|当[^，,。]{0,12}$/i;
/**
 * Text before the failure words that makes it a condition in Chinese: a bare 如 opening the
 * clause ("如转账失败，资金将原路退回", "如未能成功广播"), never 如下 / 如此 / 例如 (as follows,
 * so, for example), which introduce what is.
 */
export const CONDITIONAL_BEFORE_ZH = /(?:^|[^例比假诸諸譬])如(?![下此今同期实實数數])[^，,。：:；;]{0,10}$/;
/**
 * Text before the failure words that makes it said of many people, as news and notices do
 * ("部分用户支付失败", "some users' payments were declined"): failures in general, not the
 * reader's own.
 */
export const GROUP_SUBJECT_BEFORE =
  /\b(?:some|many|several|numerous|multiple|(?:hundreds|thousands|millions) of)\s+(?:\w+\s+)?(?:users|customers|people|clients|merchants|cardholders|account holders)\b[^.!?;]{0,40}$|(?:部分|一些|不少|多名|多位|大量|许多|許多|很多|众多|眾多|大批)[\u4e00-\u9fff]{0,4}?(?:用户|用戶|客户|客戶|网友|網友|商户|商戶|消费者|消費者|商家)[^，,。；;]{0,8}$/i;
/** Inside the failure words: a modal right before the verb ("payments can be declined"). */
export const HYPOTHETICAL_INSIDE =
  /\b(?:sometimes|often|usually|occasionally|typically|generally|commonly|frequently|rarely|normally)\b|\b(?:can|could|may|might|will|would|should|must)\s+(?:(?:also|sometimes|occasionally|still)\s+)?(?:be|get)\s+(?:failed|declined|rejected|refused|denied|reverted|returned|bounced)\b|\b(?:can|could|may|might|will|would)\s+(?:fail|decline)\b/i;
/** Text right after the failure words that makes it a question or an article title. */
export const HYPOTHETICAL_AFTER =
  /^\s*(?:时|時|的时候|的時候|的话|的話|怎么办|怎麼辦|怎么处理|如何|吗|嗎|的原因|原因有|率|次数|的情况|的情況)/;
/** Anywhere in the sentence: help-article phrasing. */
export const HELP_PHRASING =
  /\b(?:what to do|how to|how do i|how can i|troubleshoot\w*|tips (?:for|to)|guide to|learn (?:how|why))\b|怎么办|怎麼辦|常见问题|常見問題|解决方法|解決方法|解决办法|教程|攻略|指南/i;

/** Login / sign-in problems are not failed transactions. */
export const LOGIN_CONTEXT =
  /\b(?:password|passcode|log ?in|sign ?in|signing in|logging in|username|captcha)\b|密码|密碼|登录|登錄|登陆|用户名|用戶名/i;

/** Support-page headings. STRONG ones count in any heading level; the rest only in h1/title. */
export const SUPPORT_STRONG =
  /\b(?:contact (?:us|support|customer (?:service|support)|our (?:support )?team)|help (?:center|centre)|support (?:center|centre)|(?:submit|open|create|file|raise|send) (?:a |an )?(?:support )?(?:request|ticket|dispute|complaint|claim)|how can we help|resolution cent(?:er|re)|customer (?:service|support|care) cent(?:er|re)|report (?:a|an) (?:problem|issue))\b|联系我们|聯絡我們|聯繫我們|帮助中心|幫助中心|客服中心|在线客服|線上客服|人工客服|投诉|投訴|提交工单|提交工單|申诉|申訴|服务中心|服務中心|意见反馈|意見反饋/i;
export const SUPPORT_WEAK =
  /\b(?:help|support|customer (?:service|support|care)|disputes?|complaints?|faqs?|frequently asked questions|get help|contact)\b|客服|帮助|幫助|常见问题|常見問題|工单|工單|争议|爭議|维权|維權|举报|舉報/i;

/** Labels of amount and reference fields (start of a text). */
export const AMOUNT_LABEL =
  /^(?:(?:total|payment|transfer|transaction|withdrawal|deposit|send|sent|order|purchase|charge|requested|original|net|gross|grand|refund|payout|top-?up|remittance|conversion|swap|trade)\s+)?(?:amount|total|value|sum)\b|^you(?:'re| are)? (?:sent|paid|send|pay|sending|paying|tried to (?:send|pay))\b|^(?:交易|付款|支付|转账|轉賬|提现|提現|充值|订单|訂單|汇款|匯款|退款|实付|實付|应付|應付|扣款|提币|提幣|到账|到帳|转出|轉出)?(?:金额|金額|数量|數量|总额|總額|总计|總計|款)(?![\u4e00-\u9fff]{2})|^[\u4e00-\u9fff]{1,5}(?:金额|金額|总额|總額)(?![\u4e00-\u9fff]{2})|^(?:(?:erc|bep|trc|spl)-?20 )?tokens? transfer(?:red|s)?\b|^(?:通证|通證|代币|代幣)(?:转账|轉賬)|^(?:转账|轉賬|转帐|轉帳)(?:信息|資訊|详情|詳情)|^transfer (?:info|information)\b/i;
export const NOT_AMOUNT_LABEL =
  /\b(?:fees?|gas|balance|available|limit|rate|price|burnt|savings?|tip|reward|cashback|u?int\d{1,3}|bytes\d{0,2})\b|手续费|手續費|余额|餘額|可用|费用|費用|限额|限額|汇率|匯率|服务费|服務費|单价|單價|价格|價格|优惠|優惠|红包|紅包/i;
