// Small markup patterns the classifier must get right, one control each (`null` as a string).
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../lib/prefill/classify';
import { parseHtml } from './dom';

const CASES: [string, string][] = [
  ['<input name="username">', 'account-id'], ['<input name="user_email">', 'email'],
  ['<input placeholder="请输入手机号">', 'phone'], ['<input placeholder="请输入11位手机号码">', 'phone'],
  ['<input placeholder="请输入UID">', 'account-id'], ['<input name="cc-number" autocomplete="cc-number">', 'sensitive'],
  ['<input name="cvc">', 'sensitive'], ['<input aria-label="Security code">', 'sensitive'],
  ['<input name="exp-date" placeholder="MM / YY">', 'sensitive'], ['<input name="expiry">', 'sensitive'],
  ['<input name="card_num">', 'sensitive'], ['<input name="ccnum">', 'sensitive'], ['<input name="txn_id">', 'transaction-id'],
  ['<input name="orderNo">', 'transaction-id'], ['<input name="address">', 'null'], ['<input name="city">', 'null'],
  ['<input name="search">', 'null'], ['<input type="search" name="x">', 'null'], ['<input name="coupon">', 'null'],
  ['<input name="recipient">', 'null'], ['<input placeholder="Enter amount">', 'amount'],
  ['<textarea placeholder="Describe your issue"></textarea>', 'description'], ['<select name="reason"><option>a</option></select>', 'category'],
  ['<input name="login" type="email">', 'email'], ['<input name="phone">', 'phone'], ['<input name="nickname">', 'null'],
  ['<input name="txHash">', 'transaction-id'], ['<input name="otp">', 'sensitive'], ['<input name="smsCode">', 'sensitive'],
  ['<input name="verifyCode">', 'sensitive'], ['<input name="mobile">', 'phone'], ['<input name="fname">', 'name'],
  ['<input name="subject">', 'subject'], ['<input name="title">', 'subject'], ['<input name="message">', 'description'],
  ['<input name="amount" type="number">', 'amount'], ['<input name="currency">', 'currency'], ['<input name="transaction_date">', 'date'],
  ['<label>交易时间<input></label>', 'date'], ['<label>交易金额<input></label>', 'amount'], ['<label>交易流水号<input></label>', 'transaction-id'],
  ['<label>收款户名<input></label>', 'null'], ['<label>账户名<input></label>', 'account-id'], ['<label>Your name as it appears on your account<input></label>', 'name'],
  ['<label>Account name<input></label>', 'account-id'], ['<label>Case number<input></label>', 'null'],
  ['<label>Email (optional)<input></label>', 'email'], ['<label>Mailing address<input></label>', 'null'],
  ['<label>Best time to call<input></label>', 'date'], ['<label>Merchant order number<input></label>', 'transaction-id'],
  ['<label>商户订单号<input></label>', 'transaction-id'], ['<label>Expiration date<input></label>', 'sensitive'],
  ['<label>Date of birth<input type="date"></label>', 'null'], ['<label>Username<input></label>', 'account-id'],
  ['<label>Email or username<input></label>', 'email'], ['<label>Phone number or email<input></label>', 'email'],
  ['<label>Mobile number used to log in<input></label>', 'phone'], ['<input name="q" placeholder="Search">', 'null'],
  ['<div><span>Order ID</span><input></div>', 'transaction-id'], ['<div><p>Full name</p><div><input></div></div>', 'name'],
  ['<label for="a.b">Phone</label><input id="a.b">', 'phone'], ['<label for="x y">Email</label><input id="x y">', 'email'],
  ['<select aria-label="Month"><option>01</option><option>02</option><option>03</option></select>', 'null'],
  ['<select><option>USD</option><option>EUR</option></select>', 'currency'],
  ['<select name="title"><option>Mr</option><option>Mrs</option><option>Ms</option></select>', 'null'],
  ['<select><option value="">Select</option><option>Refund request</option><option>Unauthorized payment</option><option>Other</option></select>', 'category'],
  ['<div contenteditable="true" aria-label="Message"></div>', 'description'], ['<div contenteditable aria-label="Search"></div>', 'null'],
  ['<input name="pin">', 'sensitive'], ['<input name="shipping">', 'null'], ['<input name="password_reset_email" type="email">', 'email'],
  ['<label>问题类型<select><option>交易问题</option></select></label>', 'category'], ['<label>投诉原因<select><option>a</option></select></label>', 'category'],
  ['<label>详细描述<textarea></textarea></label>', 'description'], ['<label>联系电话<input></label>', 'phone'], ['<label>电子邮件<input></label>', 'email'],
  ['<label>名字<input></label>', 'name'], ['<label>UID<input></label>', 'account-id'], ['<label>交易号<input></label>', 'transaction-id'],
  ['<label>币种<select><option>人民币</option><option>美元</option></select></label>', 'currency'], ['<label>日期<input></label>', 'date'],
  ['<label>主题<input></label>', 'subject'], ['<label>安全码<input></label>', 'sensitive'], ['<label>CVV<input></label>', 'sensitive'],
  ['<label>卡号<input></label>', 'sensitive'], ['<label>验证码<input></label>', 'sensitive'], ['<label>账户<input></label>', 'account-id'],
  ['<label>账号<input></label>', 'account-id'], ['<label>支付宝账号<input></label>', 'account-id'],
  ['<label>Courriel<input></label>', 'email'], ['<label>Téléphone<input></label>', 'phone'], ['<label>Numéro de carte<input></label>', 'sensitive'],
  ['<label>Amount sent<input></label>', 'amount'], ['<label>Wallet address<input></label>', 'account-id'],
  ['<label>Your wallet address<input></label>', 'account-id'], ['<label>What is this about?<select><option>x</option></select></label>', 'category'],
  ['<label>How can we help?<textarea></textarea></label>', 'description'], ['<input type="checkbox" name="email_opt_in">', 'null'],
  ['<input type="hidden" name="email">', 'null'], ['<button name="phone">x</button>', 'null'], ['<label>Postcode<input></label>', 'null'],
  ['<label>Cardholder name<input></label>', 'name'], ['<label>Name on card<input name="ccname"></label>', 'name'],
  ['<label>Reference<input></label>', 'transaction-id'], ['<label>Transaction reference<input></label>', 'transaction-id'],
  ['<label>Telephone number<input></label>', 'phone'], ['<label>Given name<input></label>', 'name'], ['<label>Surname<input></label>', 'name'],
  ['<input name="firstName" autocomplete="off">', 'name'], ['<input name="cashtag">', 'account-id'], ['<label>$Cashtag<input></label>', 'account-id'],
  // Patterns seen on real checkout pages: brand-list card type, card number in a box named
  // `account`, expiry selects with and without their own label, middle initial, nicknames.
  ['<label for="t">Card Type</label><select id="t" name="payMethod"><option>Store Card</option><option>Discover</option><option>MasterCard</option><option>VISA</option></select>', 'sensitive'],
  ['<label for="account">Card number</label><input id="account" name="account" autocomplete="off">', 'sensitive'],
  ['<select name="expire_year"><option>Year</option><option>2027</option><option>2028</option></select>', 'sensitive'],
  ['<label for="mi">M.I.</label><input id="mi" name="formMiddleInitial" maxlength="1">', 'name'],
  ['<label for="cn">Cardholder Name</label><input id="cn" name="cc_nameoncard">', 'name'],
  ['<label for="nick">Address nickname</label><input id="nick" placeholder="Home, work, etc.">', 'null'],
  ['<input placeholder="请输入订单编号">', 'transaction-id'], ['<input placeholder="请输入交易金额">', 'amount'],
  ['<input placeholder="请输入图片中的字符">', 'null'], ['<label>联系人<input></label>', 'name'],
  ['<select><option value="">请选择问题类型</option><option>交易问题</option></select>', 'category'],
];

const LANGUAGES: [string, string][] = [
  ['<label for="a">Nome</label><input id="a" autocomplete="new-password">', 'name'],
  ['<label for="a">Cognome</label><input id="a" autocomplete="new-password">', 'name'],
  ['<label for="a">Numero di telefono</label><input id="a" autocomplete="new-password">', 'phone'],
  ['<label for="a">Indirizzo</label><input id="a" autocomplete="new-password">', 'null'],
  ['<label for="a">Numero di carta*</label><input id="a">', 'sensitive'],
  ['<label for="a">Codice di sicurezza</label><input id="a" name="dwfrm_x_securityCode">', 'sensitive'],
  ['<label for="a">Mese di scadenza</label><select id="a"><option>01</option><option>02</option></select>', 'sensitive'],
  ['<input type="text" autocomplete="new-password" name="x1">', 'sensitive'],
  ['<label for="a">Nome utente</label><input id="a">', 'account-id'],
  ['<label for="a">Correo electrónico</label><input id="a">', 'email'],
  ['<label for="a">CAP</label><input id="a">', 'null'],
  ['<label for="a">Città</label><input id="a">', 'null'],
  ['<label for="a">Data della transazione</label><input id="a">', 'date'],
];

function run(html: string): string {
  const el = parseHtml(`<form>${html}</form>`).querySelector('input,select,textarea,[contenteditable],button')!;
  return String(classifyField(el));
}

describe('classifyField on single patterns', () => {
  it.each(CASES)('%s → %s', (html, expected) => expect(run(html)).toBe(expected));
});

describe('classifyField in Italian, Spanish and with autofill blockers', () => {
  it.each(LANGUAGES)('%s → %s', (html, expected) => expect(run(html)).toBe(expected));
});
