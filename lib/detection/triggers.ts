// The words the page reader (reading.ts) looks for, in the content script: where a failure may be
// stated (triggers) and which texts are wholly a status. Everything else the detector knows
// (signals.ts) is weighed by the judge, outside the page.

// Whole short texts (a badge, a status cell) naming a state.
export const FAIL_WORDS =
  // A status chip may name what failed ("Refund failed", "Payment declined").
  '(?:payment|refund|transfer|withdrawal|deposit|transaction|order|charge|payout|top-?up|send|swap|trade|request) ' +
  '(?:failed|declined|rejected|refused|unsuccessful|returned|reversed)|' +
  'fail|failed|failure|declined|rejected|refused|denied|unsuccessful|not completed|error|reverted|revert|reversed|returned|bounced|' +
  'cancell?ed(?: by (?:the )?system)?|expired|timed out|dropped(?: (?:&|and) replaced)?|double[- ]spent|' +
  'out of (?:gas|energy|bandwidth)|out_of_(?:energy|gas|bandwidth)|' +
  '失败|失敗|交易失败|交易失敗|支付失败|支付失敗|付款失败|付款失敗|转账失败|轉賬失敗|提现失败|提現失敗|充值失败|' +
  '提款失败|提款失敗|汇款失败|匯款失敗|提币失败|提幣失敗|扣款失败|扣款失敗|兑换失败|兌換失敗|' +
  '已拒绝|已拒絕|被拒绝|被拒絕|拒绝|拒絕|付款遭拒|交易遭拒|遭拒|遭到拒绝|遭到拒絕|已驳回|驳回|审核未通过|交易关闭|交易關閉|已退回|退回|系统撤销|系統撤銷|交易异常|交易異常|' +
  '已撤销|已撤銷|已冲正|已沖正|已过期|已過期|已失效|支付超时|交易超时|' +
  // A bank's return code shown as the status (ACH: "R01" insufficient funds, "R03" no account):
  // read only where a status label names it (STATUS_CODE_LINE), never as a word on its own.
  'R\\d{2}';
export const SUCCESS_WORDS =
  'success|successful|succeeded|completed?|paid|sent|confirmed|approved|delivered|received|settled|done|' +
  '成功|交易成功|支付成功|付款成功|转账成功|轉賬成功|提现成功|提現成功|充值成功|已完成|完成|已到账|已到帳|已支付|已付款|已确认|已確認|已收款|已发送';
export const PENDING_WORDS =
  'pending|processing|in progress|in review|under review|awaiting(?: [a-z]+){0,2}|waiting(?: [a-z]+){0,2}|scheduled|queued|' +
  'unconfirmed|on (?:the|its) way|submitted|处理中|處理中|待支付|待付款|等待[\\u4e00-\\u9fff]{0,4}|审核中|審核中|进行中|進行中|' +
  '待确认|待確認|确认中|確認中|待处理|待處理|已提交';

/** "Status:", "Txn status", "交易状态" — the label of an explorer-style key/value row. */
export const STATUS_LABEL_BODY =
  '(?:(?:(?:txn|tx|transaction|payment|transfer|order|withdrawal|deposit|trade) )?(?:status|result|state)(?![a-z])|' +
  '(?:交易|订单|訂單|支付|付款|转账|轉賬|提现|提現)?(?:状态|狀態|结果|結果))';
/**
 * Icons, dashes, brackets and invisible marks around a status word. Spelled as ranges (arrows,
 * geometric shapes, dingbats, emoji surrogates) rather than \\p{So}: a regex without the `u` flag
 * runs about twice as fast over a whole page.
 */
export const DECORATION_CLASS =
  '[\\s!•·●○:：()（）\\[\\]【】\\-\\u2010-\\u2015\\uFF0D\\u00AD\\u00D7\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064' +
  '\\u2066-\\u2069\\uFEFF\\u2190-\\u21FF\\u2300-\\u23FF\\u25A0-\\u25FF\\u2600-\\u27BF\\u2B00-\\u2BFF\\uFE0F\\uD800-\\uDFFF]';
/**
 * A line of `PageText.joined` that is wholly a status, perhaps labelled and decorated. It starts
 * at the newline before a segment: on the thousands of texts that are not a status it fails at
 * once, so one pass over the page finds every candidate for `statusWord`. Group 1 is set when
 * the status is a failure.
 */
export const STATUS_LINE = new RegExp(
  `\\n${DECORATION_CLASS}*(?:${STATUS_LABEL_BODY}\\s*[:：]?)?${DECORATION_CLASS}*(?:(${FAIL_WORDS})|${SUCCESS_WORDS}|${PENDING_WORDS})${DECORATION_CLASS}*(?=\\n)`,
  'gi',
);

/**
 * A status field whose value is a return code ("Status: R01", or "Status" | "R01"): no trigger
 * word is in it, so it is found by its label. Anchored at a segment's start, so it costs one
 * check per segment.
 */
export const STATUS_CODE_LINE = new RegExp(
  `\\n${DECORATION_CLASS}*${STATUS_LABEL_BODY}\\s*[:：]?${DECORATION_CLASS}*(?:\\n${DECORATION_CLASS}*)?R\\d{2}${DECORATION_CLASS}*(?=\\n)`,
  'gi',
);
/** The segment of a STATUS_CODE_LINE match that ends with the code (else the code is the next one). */
export const CODE_AT_END = /R\d{2}\s*$/i;
/** Some segment ends in a return code: STATUS_CODE_LINE is worth a pass. */
export const CODE_HINT = /R\d{2}\s*\n/i;
/** A status that is a return code: a status only where a label names it (failure.ts). */
export const RETURN_CODE = /^R\d{2}$/i;

/**
 * Words every failure phrase contains: a cheap filter run over the whole page's text. Measure
 * before adding an alternative: one that starts with a common letter or a curly quote
 * ("n't pass") made this scan a fifth slower on a 20,000-element page. Latin and
 * Chinese apart: one alternation mixing both scans about twice as slowly as the two together, and
 * pages without Chinese skip the second.
 */
export const FAIL_TRIGGER =
  /fail|declin|reject|refus|denied|unsuccess|revers|revert|returned|bounce|cancel|expired|timed out|dropped|replaced|double[- ]spen|not (?:been )?(?:complet|process|success|approv|sent|accept|author|pass|credit)|(?:did|does)n['’]t pass|could ?n|could not|can(?:no|['’]|\s?no)t be|unable|not able to|error|insufficient|enough|exceed|went wrong|busy|unavailable|go through|out[ _]of[ _](?:gas|energy|bandwidth)/gi;
/**
 * The Chinese trigger words: `FAIL_TRIGGER_ZH_LEAD` (one character class, fast to scan for) finds
 * where one may start, `FAIL_TRIGGER_ZH` (sticky) confirms it there.
 */
export const FAIL_TRIGGER_ZH_LEAD = /[失异異未不没拒驳駁关關退撤系无無繁忙错錯超冲沖过過取]/g;
export const FAIL_TRIGGER_ZH =
  /失败|失敗|失效|异常|異常|未成功|不成功|没有成功|未完成|未能完成|没有完成|拒|驳|駁|关闭|關閉|退回|撤销|撤銷|冲正|沖正|过期|過期|(?:系统|系統)(?:已)?取消|取消|未通过|未通過|(?:无法|無法|不能|未能)(?:完成|处理|處理)|不足|繁忙|忙碌|错误|錯誤|超时|不可用/y;
/** The same words anywhere in a text, for one test of a short text (a title). */
export const FAIL_TRIGGER_ZH_ANY = new RegExp(FAIL_TRIGGER_ZH.source);
export const HAS_HAN = /[\u3400-\u9fff]/;
