// Word patterns the page checks read (lib/protect/recovery.ts, fake-support.ts), English and
// Simplified Chinese. Written from how regulators and police describe these pages: the FBI IC3
// (PSA I-081123 and I-062424), the FTC ("Refund and Recovery Scams"), the FCA ("Recovery room
// scams") and Shenyang police (2022): offers to get lost money back, fees up front, contact
// pushed to chat apps, claims of links to the authorities.

/** An offer to get lost money back. */
export const RECOVERY_OFFER: readonly RegExp[] = [
  /\b(recover|retrieve|reclaim|get back)\b[^.!?]{0,40}\b(lost|stolen|scammed|funds?|money|crypto|cryptocurrency|bitcoin|btc|usdt|assets?|investments?)\b/i,
  /\b(funds?|crypto(currency)?|bitcoin|assets?|money|scam|investment|usdt)\s+(recovery|retrieval|tracing)\b/i,
  /\brecovery\s+(services?|experts?|specialists?|agency|agencies|company|firm|team|solutions?|professionals?|process)\b/i,
  /\bhire\s+(an?\s+)?(certified\s+|ethical\s+|professional\s+)?hackers?\b/i,
  /\bethical\s+hack(er|ers|ing)\b/i,
  /\bblockchain\s+(investigators?|forensics?|analysts?|detectives?|tracing)\b/i,
  /\b(trace|track)\s+(and\s+recover\s+)?(your\s+)?(stolen|lost|scammed)\b/i,
  /\bget\s+your\s+(money|funds|crypto|bitcoin|investment)\s+back\b/i,
  /追回|挽回(损失|资金|被骗)|追款|追损|找回(被骗|损失|资金|钱款)|黑客(追|找回|帮)|区块链(追踪|调查|溯源)|链上追踪|追讨|全额(返还|退回)/,
];

/** A paid service being sold, or contact pushed. */
export const RECOVERY_SALES: readonly RegExp[] = [
  /\b(upfront|up-front|advance|processing|service|release|unlock(ing)?|clearance|handling|retainer|consultation|commission|tax)\s+(fees?|charges?|payments?|deposits?)\b/i,
  /\b(success\s+rate|guaranteed?|100\s?%|no\s+recovery,?\s+no\s+fee|free\s+(consultation|evaluation|case\s+review))\b/i,
  /\b(contact|message|chat\s+with|email|call)\s+(us|our\s+(team|experts?|agents?|specialists?))\b/i,
  /\b(submit|file|open|start)\s+(your|a)\s+(case|claim)\b/i,
  /\b(whatsapp|telegram)\b/i,
  /\bwe\s+(have\s+)?(recovered|helped\s+(clients\s+)?recover|traced)\b/i,
  /手续费|保证金|服务费|定金|押金|解冻费|先付|费用/,
  /成功率|保证(追回|到账)|不成功不收费|已(帮助|为)|成功(追回|挽回)/,
  /联系(我们|客服|顾问|专员)|添加(微信|客服|QQ)|微信号|立即咨询|免费咨询/,
  /提交(案件|材料)|立案/,
  /\b(our|a|the|small|flat|low|one-time)\s+(fee|fees|charge|deposit)\b|\b\d{1,2}\s?%\s+(fee|commission|of\s+(the\s+)?(recovered|amount))/i,
];

/** A fee asked in the name of a regulator or the police ("release fee", "解冻费"). */
export const AUTHORITY_NAMES =
  /\b(FCA|SEC|FBI|IC3|FTC|CFPB|Interpol|Europol|Action\s+Fraud|Report\s+Fraud|Financial\s+Conduct\s+Authority|Federal\s+Trade\s+Commission)\b|公安部?|国家反诈中心|反诈中心|网警|银保监|人民银行|证监会|金融监管/;
export const AUTHORITY_PAYOUT =
  /\b(compensation|refund|reimbursement|restitution|claim|release|unfreeze)\b|退款|赔付|返还|补偿|解冻|清退|回款/i;

/** A payment asked for (what the fake authority wants before it pays out). */
export const FEE_WORDS = /\b(fees?|charges?|deposits?|tax|taxes|pay\s+(a|the)|payment)\b|手续费|保证金|服务费|解冻费|税费|费用|缴纳/i;

/** The page is about these scams, as a warning (a regulator, the police, the news). */
export const WARNING_TOPIC: readonly RegExp[] = [
  /\brecovery\s+(scams?|rooms?|fraud|fraudsters?|schemes?)\b/i,
  /\b(scams?|fraud)\s+(alerts?|warnings?|advisory|advice)\b/i,
  /\b(beware|warning|warns?|be\s+wary|watch\s+out|how\s+to\s+(avoid|spot)|public\s+service\s+announcement)\b/i,
  /\b(charged|arrested|sentenced|convicted|jailed|prosecutors?|indicted|lawsuit|sued|court)\b|落网|抓获|判刑|被判|起诉/i,
  /二次(诈骗|被骗)|谨防|警惕|预警|警方(提醒|提示)|民警|骗局|都是骗子|切勿|不要(相信|轻信)/,
];

/** Sentences a warning says and a seller does not. */
export const WARNING_BODY: readonly RegExp[] = [
  /\b(never|don[’']?t|do\s+not)\s+(pay|send|share|give)\b/i,
  /\bno\s+(legitimate|genuine|real)\s+(body|agency|organi[sz]ation|company|firm|authority|service)\b/i,
  /\b(law\s+enforcement|police|the\s+fbi|regulators?|government\s+agencies)\b[^.]{0,40}\b(do(es)?\s+not|never|won[’']?t)\s+charge\b/i,
  /\b(fraudsters|criminals|scammers|con\s+artists)\b/i,
  /\breport\s+(it\s+|this\s+)?to\s+(the\s+|your\s+local\s+)?(police|action\s+fraud|report\s+fraud|ic3|ftc|fbi)\b/i,
  /二次诈骗|都是骗子|不会收取|不会要求|切勿|谨防|民警提示|警方提示|警方提醒|不要轻信|不要相信/,
];

/** "Support" in a page's title or main heading. */
export const SUPPORT_WORDS =
  /\b(customer\s+(service|support|care)|support(\s+(center|centre|team|desk|number|line|phone))?|help\s*desk|help\s+(center|centre|line)|helpline|hotline|live\s+chat|contact\s+(us|number)|toll[-\s]?free|24\s*\/\s*7|phone\s+number)\b|客服|人工服务|服务热线|服务中心|帮助中心|技术支持|联系我们|在线咨询/i;

/** A chat-app contact written out ("WhatsApp: +44…", "微信：bian_kefu", "QQ 12345678"). */
export const MESSENGER_TEXT =
  /\b(whatsapp|telegram|wechat|signal|line|tg)\b\s*(id|number)?\s*[:：]\s*[@+]?[\w-]{4,}|(微信|微信号|QQ|电报|飞机)\s*[:：号]?\s*[@+]?[\w-]{5,}/i;

/** A page claiming to be the provider's own. */
export const OFFICIAL_CLAIM = /\bofficial\b|官方|官网/i;

/** A page asking for what no provider's support ever asks: the wallet's secret. */
export const SECRET_ASK =
  /\b(recovery|seed|secret|mnemonic)\s+(phrase|words)\b|\bprivate\s+key\b|\b(validate|verify|sync|rectify|restore|connect|unlock)\s+(your\s+)?wallet\b|助记词|私钥|钱包(验证|同步|授权)/i;

/** A phone number written out (fake support pages print one big). */
export const PHONE_TEXT = /\+?\d{1,3}[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{3,4}\b|\b(400|800)[-\s]?\d{3}[-\s]?\d{4}\b/;

/** A page about the scam rather than of it: the words a warning or a report uses. */
export const SCAM_WORDS =
  /\b(scams?|scammers?|fake|impersonat\w*|phishing|fraud\w*|beware|warning)\b|诈骗|冒充|假冒|钓鱼|骗局|骗子|警惕|谨防/i;

/** A question, a discussion, a review or a comparison, not a service ("Is PayPal customer service open?"). */
export const DISCUSSION_TITLE =
  /[?？]|^(how|what|why|is|are|can|does|do|should|where|who|when)\b|\b(reviews?|best|top\s+\d+|vs\.?|versus|compared?|comparison)\b|如何|怎么|为什么|吗|评价|点评|对比|：r\/|: r\//i;
