// The likely cause of a failure, from the failure message first, then the text around it.
//
// Order matters when a message names two causes: a balance shortfall is the most specific,
// then an explicit bank / recipient decline, then a security check, then network or system
// trouble. Explorers' errors map by what the sender can do about them: a transaction that ran
// out of gas, energy or bandwidth, was dropped, replaced or double-spent, or reverted on slippage
// ("INSUFFICIENT_OUTPUT_AMOUNT", "Too little received") is 'network-or-system' (the network's
// fee market or prices moved: resend with more gas or more slippage); a revert whose reason is a
// balance ("transfer amount exceeds balance", Solana's "insufficient lamports") is
// 'insufficient-funds', and so is one the token's allowance did not cover ("transfer amount exceeds
// allowance"); a bare "Fail" or "execution reverted" with no reason stays 'unknown' here (on an
// explorer's page, index.ts reads an error without a cause as the chain's).
import type { FailureReason } from './types';

const RULES: ReadonlyArray<readonly [FailureReason, RegExp]> = [
  [
    'insufficient-funds',
    // ACH return codes R01 (insufficient funds) and R09 (uncollected funds), as a status says them.
    /^R0[19]$|\binsufficient (?:\w+ )?(?:funds?|balance|fund)\b|(?:\bnot|n't)(?: have| hold)? (?:enough|sufficient) (?:\w+ )?(?:funds?|balance|money|cash|to cover)\b|\b(?:exceeds?|more than) (?:your |the )?(?:available |account )?balance\b|\bbalance (?:is |was |were |has been |had been )?(?:too low|insufficient|not (?:enough|sufficient))\b|\bbalance (?:\w+ )?(?:(?:could|can|did|does|would)(?:n'?t| not|not) cover|(?:is|was)n'?t (?:enough|sufficient))\b|\binsufficient (?:\w+ )?for gas\b|\binsufficient lamports\b|\b(?:exceeds|insufficient) allowance\b|\bnsf\b|\blow balance\b|余额不足|餘額不足|资金不足|資金不足|余额不够|餘額不夠|可用余额不足|额度不足|額度不足|可用额度不够|超出(?:可用)?余额/i,
  ],
  [
    'declined-by-recipient-or-bank',
    /\b(?:declined|rejected|refused|returned|blocked) by (?:your |the |their |recipient'?s? )?(?:bank|card issuer|issuer|issuing bank|recipient|receiving bank|beneficiary|payee)\b|\b(?:your |the |their |recipient'?s? )?(?:bank|card issuer|issuer|issuing bank)(?:'s)? (?:has )?(?:declined|rejected|refused|returned|blocked|did ?n[o']?t approve|did not approve)\b|\bcard (?:was |has been )?declined\b|\b(?:recipient|payee|beneficiary|receiver)(?:'s)? (?:account |bank |wallet )?(?:can(?:no|'|\s?no)t|could not|could ?n'?t|is unable to|isn'?t able to|is not able to|was unable to|does not|doesn'?t) (?:currently )?(?:receive|accept)\b|\brecipient(?:'s)? (?:bank|account)(?: details)? (?:is |are |was |were |has been )?(?:incorrect|invalid|closed|unable|rejected|declined|returned|frozen|restricted)\b|\b(?:incorrect|invalid|wrong) (?:bank|account|recipient|beneficiary) details\b|\bdo not honou?r\b|\b(?:declined|rejected|refused) (?:your|the|this) (?:payment |money )?request\b(?!\s+(?:to|for)\b)|\b(?:destination|receiving|recipient'?s?|receiver'?s?|beneficiary|payee'?s?) ?(?:address|platform|exchange|wallet|bank|account|institution|side)? (?:has )?(?:rejected|declined|refused|returned|did ?n[o']?t accept|does ?n[o']?t accept)\b|\bbank (?:sent|paid|returned) (?:it|the money|the funds|the payment|the transfer) back\b|\baccount (?:has been |was |is )?closed\b|\b(?:iban|account number|sort code|routing number|swift|bic)\b[^.;]{0,24}\b(?:invalid|not valid|incorrect|wrong)\b|\binvalid (?:iban|account number|sort code|routing number|swift code|bic)\b|\bname (?:does not|doesn't|did not|didn't) match\b|\bname mismatch\b|(?:收款方|收款人|收款账户|收款帳戶|收款账号|对方|對方)[^，。,.；;]{0,8}(?:异常|異常|无法收款|無法收款|不能收款|拒收|受限|限制收款|被限制|冻结|凍結|不存在|有误|有誤|错误|錯誤|已注销|已註銷|已?销户|已?銷戶)|银行(?:拒绝|退回|退票|处理失败|拒付)|銀行(?:拒絕|退回|退票)|(?:收款|对方|對方|受理)(?:银|銀)?行(?:已)?(?:退回|退票|拒绝|拒絕)|被[\u4e00-\u9fff]{0,6}(?:银行|銀行|行)退回|(?:发卡行|發卡行|发卡机构|發卡機構|发卡银行|發卡銀行)(?:已)?(?:拒绝|拒絕|拒付|不予|未授权|未授權)|户名(?:与|和|與)?(?:账号|帳號|卡号|卡號)?(?:不符|不一致)|(?:银行卡|銀行卡|卡)(?:已|被)?(?:作废|作廢|挂失|掛失|注销|註銷)|戶名(?:與|和)?(?:帳號|卡號)?(?:不符|不一致)|银行卡(?:异常|被拒|状态异常)|户名不符|戶名不符|(?:账号|卡号)有误/i,
  ],
  [
    'verification-required',
    /\bverification\b|\b(?:re-?)?verify (?:(?:your|their|the|this) )?(?:identity|account|id|card|payment|transaction|phone|email|address proof|yourself|it'?s you|ownership)\b|\bunverified\b|\bconfirm (?:your |their )?identity\b|\bidentity (?:check|verification)\b|\bsecurity (?:check|review|reasons?|verification)\b|\b2fa\b|\btwo[- ](?:factor|step)\b|\b2[- ]step\b|\bmulti[- ]factor\b|\bkyc\b|\bknow your customer\b|\baccount (?:is |has been |was )?(?:limited|restricted|on hold|frozen|suspended|locked)\b|\bon hold\b|\bput a hold\b|\bunder review\b|\bheld for review\b|\brisk (?:control|review|management)\b|\bhigh[- ]risk\b|\bflagged (?:as|for)\b|\bsuspicious\b|\bcompliance (?:review|check|team)\b|\b(?:daily |monthly |withdrawal |transfer |account |spending )?limits? (?:exceeded|reached)\b|\bexceeds? (?:your |the )?(?:daily |monthly |withdrawal |transfer |account |spending )*limits?\b|\bverification (?:timed out|expired)\b|验证超时|驗證超時|验证(?:已)?过期|驗證(?:已)?過期|认证超时|認證超時|身份验证|身份驗證|身份认证|身份認證|(?:核实|核實|核验|核驗|验证|驗證|确认|確認|认证|認證)(?:您的|你的|用户|用戶)?身份|身份证明|身份證明|高风险|高風險|风险地址|風險地址|(?:完成|进行|進行|通过|通過)[\u4e00-\u9fff]{0,4}(?:验证|驗證|认证|認證)|身份信息(?:验证|驗證|核验|核驗)|验证失败|驗證失敗|超(?:出|过|過)[\u4e00-\u9fff]{0,4}(?:限额|限額)|验证身份|驗證身份|实名|實名|安全验证|安全驗證|安全校验|风控|風控|风险(?:控制|管控|较高|交易|账户|审核)|風險(?:控制|管控|較高|交易|帳戶|審核)|存在(?:安全)?(?:风险|風險)|人脸|人臉|账户受限|帳戶受限|账户(?:已)?冻结|帳戶(?:已)?凍結|(?:已|被)冻结|受限|需要验证|需驗證|验证码|驗證碼/i,
  ],
  [
    'network-or-system',
    /\bnetwork (?:error|issue|problem|failure|congestion|timeout|is congested)\b|\bconnection (?:error|lost|timed out|problem|failed|was lost)\b|\btimed? ?out\b|\b(?:system|server|service|services)s? (?:is |are |was )?(?:temporarily )?(?:busy|error|unavailable|down|overloaded|outage)\b|\bservice unavailable\b|\btemporarily unavailable\b|\bmaintenance\b|\btechnical (?:issue|problem|error|difficult(?:y|ies))\b|\binternal (?:server )?error\b|\bgateway (?:error|timeout)\b|\bon our (?:end|side)\b|\bcheck (?:your |the )?(?:internet |network )?connection\b|\b(?:could ?n'?t|could not|unable to|failed to|can ?n?o?'?t) broadcast\b|\bout[ _]of[ _](?:gas|energy|bandwidth)\b|\bcongest(?:ed|ion)\b|\bdropped\b|\bdouble[- ]spen[dt]\b|\breplace-by-fee\b|\breplaced by\b|\bslippage\b|\binsufficient_output_amount\b|\btoo little received\b|\bprice impact\b|能量不足|带宽不足|帶寬不足|拥堵|擁堵|网络(?:异常|错误|超时|不稳定|故障|繁忙|拥堵|连接)|網絡(?:異常|錯誤|超時|不穩定)|網路(?:異常|錯誤|逾時)|系统繁忙|系統繁忙|系统异常|系統異常|系统错误|系統錯誤|系统维护|系統維護|维护中|維護中|服务暂不可用|服務暫不可用|服务不可用|服務不可用|服务异常|服務異常|超时|超時|繁忙/i,
  ],
];

/** First rule that matches, trying each text in turn (the failure message before its context). */
export function reasonFor(texts: Iterable<string>): FailureReason {
  for (const text of texts) {
    if (!text) continue;
    for (const [reason, re] of RULES) if (re.test(text)) return reason;
  }
  return 'unknown';
}

/** "Reason:", "失败原因：", "Error message:", "Result:": a field that states the cause. */
const REASON_LABEL =
  /^(?:(?:failure|decline|declined|rejection|return|error|fail(?:ed)?)\s+)?(?:reason|cause)s?\b\s*[:：]?|^error(?: message| code| details)?\s*[:：]|^(?:contract |txn? )?result\s*[:：]?|^(?:失败|失敗|拒绝|拒絕|退回|驳回|駁回|错误|錯誤|异常|異常)?原因\s*[:：]?|^错误(?:信息|代码|代碼)\s*[:：]?|^(?:结果|結果)\s*[:：]/i;
const REASON_WINDOW = 12;

/** Causes stated in labelled fields near segment `at` (nearest first): the reason rules read them first. */
export function statedReasons(segs: readonly string[], at: number, clean: (s: string) => string): string[] {
  const out: string[] = [];
  for (let d = 0; d <= REASON_WINDOW; d++) {
    for (const i of d ? [at + d, at - d] : [at]) {
      const text = i >= 0 && i < segs.length ? clean(segs[i] ?? '') : '';
      const m = text.length <= 300 ? REASON_LABEL.exec(text) : null;
      if (!m) continue;
      const rest = text.slice(m[0].length).trim();
      out.push(rest || [1, 2].map((k) => clean(segs[i + k] ?? '')).join(' '));
    }
  }
  return out;
}
