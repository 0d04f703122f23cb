// Word lists for the field classifier (classify.ts). Patterns run on normalised text: lower case,
// accents stripped, camelCase / snake_case / kebab-case / dots split into single spaces
// (field-text.ts). Chinese has no word boundaries, so its words are plain substrings.
import type { FieldType } from './classify';

export type Verdict = FieldType | 'sensitive' | null;
export interface Rule { t: Verdict; re: RegExp }

const any = (...parts: string[]): RegExp => new RegExp(parts.join('|'));

/** Fields (or groups, by their legend) about someone else: seller, merchant, recipient. */
export const OTHER_PARTY = any('seller', 'merchant', 'vendor', 'recipient', 'receiver', 'payee',
  'beneficiar', 'counter ?part', '\\bsend(ing)? to\\b', 'destination', 'to address',
  'deposit address', 'withdraw(al)? address', 'receiving', 'friend', 'referr', '收款', '商家',
  '商户', '卖家', '对方', '收件', '收货', '受益', 'destinataire', 'vendeur', 'commercant');

/** Card, password, PIN, one-time-code and identity-number words: never filled. */
export const SENSITIVE = any(
  'pass ?word', 'passwd', '\\bpwd\\b', 'pass ?code', 'pass ?phrase', 'mot de passe', 'contrasena',
  '密码', '口令', '\\bpins?\\b', 'pin ?code',
  'cvv', 'cvc', '\\bcsc\\b', '\\bcvn\\b', '\\bccv\\b', 'security (code|id|number|no|question|answer)',
  'sec ?code', 'card ?(code|verification|security)', 'code de securite', 'cryptogramme', '安全码',
  '\\bcard ?(number|num|no|nr|#)', 'card ?number', 'cardnum', 'ccnum', 'ccno\\b', 'card ?exp',
  '\\bcc ?(number|num|no|type|exp|csc|cvv|month|year|mm|yy)', '\\bpan\\b', 'credit ?card',
  'debit ?card', 'gift ?card', 'numero de (la )?carte', 'n(o|um) de carte', 'carte bancaire',
  'card ?type', 'type de carte', 'digits of (your |the )?[a-z ]*card', 'last (4|four) digits',
  '卡号', '银行卡', '信用卡', '借记卡', '储蓄卡',
  '\\bexpir', '\\bexp (date|month|year|mm|yy|mo|yr)', '\\bexp\\b', 'expmonth', 'expyear',
  'valid (thru|through|until|to)', 'mm ?/ ?yy', '有效期', '过期', 'date d ?expiration',
  'one ?time', '\\botp\\b', 'totp', '\\b2fa\\b', '\\bmfa\\b', 'two ?(factor|step)',
  'verification ?code', 'verify ?code', 'confirmation code', 'auth(entication|orization)? ?code',
  'authenticator', 'sms ?code', 'code sms', 'code de (verification|confirmation)', '验证码',
  '校验码', '动态码', '短信码', '动态口令',
  '\\bssn\\b', 'social security', '身份证', '证件号', 'national (id|insurance)', 'passport', '护照',
  'tax ?(id|number)', '\\btin\\b', 'bank ?account', '\\biban\\b', 'routing', 'sort ?code',
  '银行账号', '银行账户', '银行帐号',
  // Italian, Spanish, Portuguese, German, Dutch
  'numero (di |de |da )?(carta|tarjeta|cartao)', 'carta di (credito|debito)', 'tarjeta',
  'codice di sicurezza', 'codigo de seguridad', 'sicherheitscode', 'prufnummer', 'kartennummer',
  'kaartnummer', 'scadenza', 'caducidad', 'vencimiento', 'validade', 'ablaufdatum', 'gultig bis',
  'vervaldatum', 'passwort', 'kennwort', 'wachtwoord', 'senha', 'codice fiscale');

/** Ordered: the first rule that matches a text decides for that text. */
export const RULES: Rule[] = [
  { t: null, re: any('ticket', '\\bcase ?(id|no|number|#|reference|ref)\\b', '工单', '案件编号') },
  { t: 'transaction-id', re: any('\\btx ?(id|hash|n|no|ref)\\b', '\\btxn', 'txid',
    'transaction ?(id|hash|no|number|num|nr|ref|reference|code|#)', 'trans(action)? ?ref',
    '\\border ?(id|no|number|num|nr|ref|reference|#)', '\\border$', 'reference ?(id|no|number|num|code|#)',
    '^ref(erence)?( no| #)?$', '\\bref ?(no|num|number)\\b', 'payment ?(id|reference|ref|no|number)',
    'receipt ?(id|no|number)', 'invoice ?(id|no|number)', 'confirmation ?(no|number|#)', 'hash',
    '订单号', '订单编号', '订单号码', '交易单号', '交易号', '交易编号', '交易流水', '流水号', '单号',
    '交易哈希', '哈希', '交易id', 'numero de (commande|transaction)', 'reference de') },
  { t: null, re: OTHER_PARTY },
  { t: 'name', re: any('card ?holder', 'name on (the )?card', 'cc ?(given |family |first |last )?name',
    'card ?name', 'holder ?name', 'account holder', 'titulaire', 'nom (sur|du porteur)', '持卡人',
    '开户名', '(?<!账)户名') },
  { t: null, re: any('\\bzip', 'postal', 'post ?code', '邮编', '邮政编码', 'code postal', 'captcha',
    'image code', 'picture code', '图形验证码', '图片验证码', '图形码', '看不清', '图片中的字符',
    'enter (the )?(text|characters) (shown|in the image|you see)', 'characters in the image') },
  { t: 'sensitive', re: SENSITIVE },
  { t: 'email', re: any('e ?-?mail', '\\bmail\\b', '邮箱', '电子邮件', '电邮', 'courriel',
    'adresse electronique', 'correo', 'posta elettronica', 'e ?post') },
  { t: 'phone', re: any('phone', 'mobile', '\\bcell\\b', 'cellular', '\\btel\\b', '\\bext\\b', 'extn',
    'extension', 'contact (number|no)', '\\bmsisdn\\b', 'whatsapp', '手机', '电话', '联系方式',
    'portable', 'numero de tel', 'telefon', 'cellulare', 'movil', 'celular', '\\bhandy\\b') },
  { t: 'account-id', re: any('wallet ?(id|address)', '钱包地址') },
  { t: null, re: any('search', 'query', 'keyword', '搜索', '查询', '关键字', 'coupon', 'promo',
    'voucher', 'discount', 'redeem', 'gift ?code', '优惠', '礼品', 'company', 'organi[sz]ation',
    'business', 'employer', '\\bfirm\\b', 'job ?title', 'occupation', '公司', '单位', '机构',
    'address', 'street', '\\bline ?[12]\\b', '\\bapt\\b', 'suite', 'city', 'town', '\\bstate\\b',
    'province', 'county', '\\bcountry', '\\bregion\\b', '地址', '街道', '城市', '省份', '省市', '国家',
    'birth', '\\bdob\\b', '\\bage\\b', 'gender', '\\bsex\\b', '生日', '出生', '性别', 'adresse',
    'ville', '\\bpays\\b', 'societe', 'quantity', '\\bqty\\b', '数量', 'website', '\\burl\\b', '网址',
    '\\bfax\\b', 'nick ?name', '昵称', 'bank ?name', '开户行', 'time ?zone', '时区',
    'indirizzo', 'direccion', 'endereco', 'citta', 'ciudad', 'cidade', 'provinc', '\\bcap\\b',
    'codigo postal', '\\bplz\\b', 'strasse', '\\bstadt\\b', '\\bort\\b', 'numero civico',
    'house ?number', 'hausnummer', 'azienda', 'empresa', '\\bfirma\\b', 'paese', 'nazione',
    '\\bland\\b', 'partita iva', '\\bvat\\b') },
  { t: 'name', re: any('(?<!(user|account|login|screen|display) )\\bname\\b', 'first ?name',
    'last ?name', 'full ?name', 'given ?name', 'family ?name', 'surname', 'fname', 'lname',
    'forename', 'middle ?(name|initial)', '^m ?i$', '联系人', '投诉人', '申请人', '姓名', '名字', '真实姓名', '姓氏', '^姓$', '^名$', '\\bnom\\b',
    'prenom', '\\bvorname\\b', '\\bnachname\\b', '\\bnome\\b(?! utente)', 'cognome',
    '\\bnombre\\b(?! de usuario)', 'apellido', 'voornaam', 'achternaam', 'sobrenome') },
  { t: 'account-id', re: any('account', '\\bacct\\b', 'user ?name', '\\buser ?id\\b', '\\buid\\b',
    '\\blogin\\b', 'log in', 'sign ?in', 'cash ?tag', 'member ?(id|no|number)',
    'customer ?(id|no|number)', 'client ?(id|no|number)', 'binance ?id',
    'paypal ?(id|me)', 'venmo', '\\bhandle\\b', '\\bid\\b', '账户', '账号', '帐号', '帐户', '用户名',
    '用户id', '会员号', '会员id', '登录名', '登录账号', 'identifiant', 'compte', 'nome utente',
    'nombre de usuario', 'benutzername', 'usuario', 'utente') },
  { t: 'amount', re: any('amount', '\\bsum\\b', 'how much', '\\btotal\\b', '\\bprice\\b', '金额',
    '数额', '总额', '价格', '\\bmontant\\b', '\\bbetrag\\b', 'importo', 'monto', 'importe', '\\bvalor\\b') },
  { t: 'currency', re: any('currenc', '\\bcoin\\b', '\\btoken\\b', '\\basset\\b', '币种', '货币',
    '币别', '币类', '\\bdevise\\b', '\\bccy\\b', 'valuta', 'moneda', 'wahrung', 'moeda') },
  { t: 'date', re: any('\\bdate\\b', '\\bday\\b', '\\btime\\b', 'when did', 'when was', '日期', '时间',
    '哪天', '\\bjour\\b', '\\bheure\\b', '^data\\b', '\\bdata d[aei]', 'fecha', '\\bdatum\\b') },
  { t: 'category', re: any('categor', '\\btopic\\b', '\\breason\\b', 'issue ?type',
    'type (of|d) ?(issue|problem|complaint|request|inquiry|enquiry|question)', 'problem ?type',
    'complaint ?type', 'request ?type', 'inquiry ?type', 'enquiry ?type', 'help with',
    'about what', 'what (is|does) (this|your)', '问题类型', '投诉类型', '问题分类', '投诉原因',
    '问题原因', '类型', '分类', '类别', '原因', '事由', 'motif', '\\bsujet\\b') },
  { t: 'subject', re: any('subject', '\\btitle\\b', 'headline', 'summary', '\\bobjet\\b', '主题',
    '标题', '摘要', 'oggetto', 'asunto', 'betreff', 'assunto') },
  { t: 'description', re: any('descri', 'detail', 'message', '\\bmsg\\b', 'comment', '\\bnote',
    'tell us', 'what happened', 'went wrong', 'explain', '\\bbody\\b', 'content', '\\bissue\\b',
    'problem', 'question', 'inquiry', 'enquiry', 'feedback', 'complaint', '问题', '描述', '说明',
    '详情', '内容', '留言', '备注', '投诉', '反馈', '补充', '经过', 'commentaire', '\\bdemande\\b', 'messaggio', 'mensaje', 'nachricht',
    'mensagem', 'descrizione', 'descripcion', 'beschreibung') },
];

/** Name parts, for splitting the user's name over first / last boxes. */
export const GIVEN = /first|given|fore|fname|prenom|vorname|^名|名字/;
export const FAMILY = /last|family|surname|lname|\bnom\b|nachname|^姓|姓氏/;

/** Card context for month / year selects. */
export const CARD_CONTEXT = /card|\bcc\b|credit|debit|expir|\bexp\b|valid|carte|卡|有效期/;

export const MONTH_OPTION = /^(0?[1-9]|1[0-2])(月)?$|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|^(janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)|^(0?[1-9]|1[0-2]) [a-z]{3}/;
export const YEAR_OPTION = /^(19|20)?\d\d$/;
export const EXPIRY_OPTION = /^(0?[1-9]|1[0-2]) ?\/ ?(\d\d|\d{4})$/;
export const CARD_BRAND = /visa|master ?card|amex|american express|discover|diners|jcb|maestro|unionpay|银联/;
export const HONORIFIC = /^(mr|mrs|ms|miss|dr|mx|m|mme|mlle|先生|女士)\.?$/;
export const PLACEHOLDER_OPTION = /^(|-+|select.*|choose.*|please.*|请选择.*|--.*|\.\.\.)$/;

/** Option texts that make an unlabelled select a problem-type (category) list. */
export const CATEGORY_OPTION = /refund|payment|transaction|transfer|fraud|scam|unauthori|account|dispute|withdraw|deposit|login|security|billing|charge|complain|交易|支付|付款|转账|退款|诈骗|欺诈|账户|账号|提现|充值|冻结|投诉|remboursement|paiement/;
