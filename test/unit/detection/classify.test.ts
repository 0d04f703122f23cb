import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const REF = '<dl><dt>Transaction ID</dt><dd>TX-2026-000451</dd><dt>Amount</dt><dd>$45.00</dd></dl>';

describe('failed transactions: structure weighs more than words', () => {
  const pages: Array<[string, string]> = [
    ['status badge', `<div><span class="status-badge">Declined</span></div>${REF}`],
    ['data-status', `<div data-status="failed"><span>Payment could not be completed</span></div>${REF}`],
    ['data-testid status', `<div data-testid="tx-status">Failed</div>${REF}`],
    ['role=alert', `<div role="alert">Your payment was declined.</div>`],
    ['aria-live toast', `<div aria-live="assertive"><p>Transfer failed</p></div>`],
    ['dialog title', `<div role="dialog" aria-modal="true"><h2>Withdrawal unsuccessful</h2><p>Try again later.</p></div>`],
    ['heading', `<h1>Payment failed</h1>${REF}`],
    ['explorer status field', '<div>Status:</div><div><span>Fail</span></div>'],
    ['explorer error row', '<div class="text-danger">Error in Main Txn : execution reverted</div>'],
    ['tronscan result', '<table><tr><th>Result:</th><td>FAILED</td></tr><tr><th>Contract result:</th><td>REVERT</td></tr></table>'],
    [
      'aria-invalid field error',
      `<label>Amount<input aria-invalid="true" aria-describedby="e"></label><p id="e">Insufficient balance for this withdrawal.</p>${REF}`,
    ],
    ['zh status field', '<table><tr><td>交易状态</td><td>交易失败</td></tr><tr><td>订单号</td><td>2026112600001</td></tr></table>'],
    ['zh result page', '<div class="result"><div class="result-title">付款失败</div><div>余额不足</div><div>付款金额 ¥58.00</div></div>'],
    ['zh rejected', '<div class="tag tag-error">已拒绝</div><p>提现数量 100 USDT</p>'],
    ['zh closed', '<h2>交易关闭</h2><p>订单号：2026112611223344</p>'],
    ['zh returned', '<div role="alert">转账已退回：收款账户不存在</div>'],
    ['zh revoked by system', '<div class="alert">本次提现已被系统撤销</div><p>提现ID：889900112</p>'],
    ['zh system busy', '<div role="alert">系统繁忙，转账失败，请稍后再试</div>'],
    ['zh traditional', '<h2>交易失敗</h2><p>訂單號：TW20261126001</p>'],
    ['plain text near details', `<div class="x9k"><div class="p2q">Transfer couldn't be completed</div>${REF}</div>`],
    ['cancelled by system', `<span class="badge">Cancelled by system</span>${REF}`],
    ['bank returned the transfer', `<h2>Your transfer was returned</h2>${REF}`],
    ['zh balance alert alone', '<div role="alert">余额不足</div>'],
    ['zh system busy toast alone', '<div class="toast">系统繁忙，请稍后再试</div>'],
    ['insufficient funds dialog', '<div role="dialog"><p>Insufficient funds</p><button>OK</button></div>'],
  ];
  for (const [name, body] of pages) {
    it(name, () => {
      const r = detect(`<body><main>${body}</main></body>`);
      expect(r.kind, JSON.stringify(r)).toBe('failed-transaction');
      expect(r.signals.length).toBeGreaterThan(0);
      expect(r.transaction?.message).toBeTruthy();
    });
  }

  it('a page that is both failed and support is failed', () => {
    const r = detect(
      `<body><h1>Help Center</h1><div role="alert">Payment declined</div>${REF}</body>`,
      'https://www.paypal.com/disputes/case/PP-D-1234',
    );
    expect(r.kind).toBe('failed-transaction');
    expect(r.signals.some((s) => s.includes('help'))).toBe(true);
  });

  it('signals are short plain-English reasons, at most 8', () => {
    const r = detect(
      `<head><title>Payment failed</title></head><body><h1>Payment failed</h1><div role="alert">Your card was declined.</div>
      <span class="status">Declined</span><div data-status="failed">x</div>${REF}</body>`,
      'https://wallet.example/pay/failed',
    );
    expect(r.kind).toBe('failed-transaction');
    expect(r.signals.length).toBeLessThanOrEqual(8);
    for (const s of r.signals) expect(s.length).toBeLessThan(140);
  });
});

describe('not failures', () => {
  const pages: Array<[string, string, string?]> = [
    ['success', `<h1>Payment sent</h1><span class="status">Completed</span>${REF}`],
    ['success zh', '<h2 class="status">交易成功</h2><p>订单号：2026112600001</p><p>金额 ¥88.00</p>'],
    ['pending', `<span class="badge">Pending</span><p>This payment is being processed.</p>${REF}`],
    ['processing zh', '<h2 class="status-title">处理中</h2><p>预计 2 小时内到账</p>'],
    ['awaiting payment zh', '<div class="status">待支付</div><p>订单号：2026112600002</p>'],
    [
      'help article en',
      '<article><h1>Why was my payment declined?</h1><p>If your payment was declined, check your card details.</p><h2>What to do if your payment failed</h2></article>',
    ],
    ['help article zh', '<article><h1>付款失败怎么办？</h1><p>如果付款失败，可能是余额不足。</p><p>为什么转账失败？</p></article>'],
    ['question link list', '<ul><li><a href="/1">Payment failed?</a></li><li><a href="/2">Transfer returned?</a></li></ul>'],
    [
      'marketing en',
      '<h1>Never lose a sale to a failed payment again</h1><p>Payments can be declined for many reasons; we retry them for you.</p>',
    ],
    ['marketing zh', '<h1>告别支付失败</h1><p>避免因系统繁忙导致的交易失败。余额不足时自动提醒。</p>'],
    [
      'news article',
      '<article><h1>Card outage hits shoppers</h1><p>Shoppers across the country said their card payments failed for two hours on Tuesday while a processor fixed a configuration problem that had gone unnoticed for weeks, according to several consumer groups and a statement from the company.</p></article>',
    ],
    [
      'validation error',
      '<form><input type="email" aria-invalid="true" aria-describedby="e"><p id="e" class="error" role="alert">Please enter a valid email address.</p><textarea></textarea></form>',
    ],
    [
      'required field',
      '<form><input aria-invalid="true" aria-describedby="e2"><span id="e2" class="error">This field is required</span></form>',
    ],
    ['login error', '<div role="alert">Login failed: incorrect password.</div><form><input type="password"></form>'],
    ['login error zh', '<div role="alert">登录失败：账号或密码错误</div>'],
    ['sign-in something went wrong', '<div role="alert">Something went wrong signing in. Try again.</div>'],
    ['generic something went wrong', '<div role="alert">Something went wrong. Please refresh the page.</div>'],
    ['maintenance notice', '<article><h1>系统维护公告</h1><p>维护期间如遇系统繁忙，请稍后再试。</p></article>'],
    [
      'filters and tabs',
      '<div role="tablist"><button role="tab">All</button><button role="tab">Failed</button></div><select><option>Declined</option></select>',
    ],
    ['navigation', '<nav><a href="/failed">Failed payments</a></nav><footer>Transaction failed? <a href="/help">Help</a></footer>'],
    [
      'blog post with a failure heading',
      '<article class="post"><h1>My week with five wallets</h1><h2>Payment declined</h2><p>My card payment was declined at a café, so I paid cash.</p><p>Total spent: $45.00</p></article>',
    ],
    ['shop page', '<h1>Hiking backpack</h1><p>$149.00</p><p>Not one strap failed in testing.</p>'],
    [
      'transaction history list',
      `<table>${['Completed', 'Failed', 'Completed', 'Pending', 'Completed']
        .map((s, i) => `<tr><td>2026-11-2${i}</td><td>-$1${i}.00</td><td><span class="status">${s}</span></td></tr>`)
        .join('')}</table>`,
    ],
    [
      'history list zh div soup',
      ['交易成功', '交易关闭', '交易成功', '交易成功']
        .map((s) => `<div class="row-a1"><span>转账</span><span>-100.00</span><span class="st">${s}</span></div>`)
        .join(''),
    ],
    [
      'explorer success',
      '<div>Status:</div><div><span class="badge">Success</span></div><p class="alert">A transaction can fail if it runs out of gas.</p>',
    ],
  ];
  for (const [name, body] of pages) {
    it(name, () => {
      const r = detect(`<body><main>${body}</main></body>`);
      expect(r.kind, JSON.stringify(r)).not.toBe('failed-transaction');
      expect(r.transaction).toBeUndefined();
    });
  }

  it('a detail drawer open over a history list still counts', () => {
    const rows = ['Completed', 'Failed', 'Completed', 'Completed']
      .map((st, i) => `<div class="r"><div class="c">2026-11-0${i + 1}</div><div class="c">50 USDT</div><div class="c">${st}</div></div>`)
      .join('');
    const drawer =
      '<aside class="side"></aside><section class="drawer"><div class="kv"><span>Status</span><span>Failed</span></div>' +
      '<div class="kv"><span>Amount</span><span>50 USDT</span></div><div class="kv"><span>TxID</span><span>TXA7781230</span></div></section>';
    const r = detect(`<body><main><div class="list">${rows}</div>${drawer}</main></body>`);
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: 'TXA7781230', amount: '50', currency: 'USDT' });
  });

  it('an alert about the failure still counts on a history page', () => {
    const rows = ['Completed', 'Failed', 'Completed', 'Completed'].map((s) => `<li><span class="status">${s}</span></li>`).join('');
    const r = detect(`<body><div role="alert">Your latest payment failed: insufficient funds.</div><ul>${rows}</ul></body>`);
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction?.reason).toBe('insufficient-funds');
  });
});

describe('support pages', () => {
  const urls: Array<[string, string | null]> = [
    ['https://www.paypal.com/us/cshelp/personal', 'paypal'],
    ['https://cshall.alipay.com/lab/help_index.htm', 'alipay'],
    ['https://help.coinbase.com/en/contact-us', 'coinbase'],
    ['https://www.binance.com/en/support/faq', 'binance'],
    ['https://etherscan.io/contactus', 'etherscan'],
    ['https://shop.example/help', null],
    ['https://shop.example/contact-us', null],
    ['https://shop.example/disputes/new', null],
    ['https://shop.example/complaints', null],
    ['https://shop.example/support/tickets/new', null],
    ['https://shop.example/faq.html', null],
    ['https://pay.example.cn/kefu/', null],
    ['https://pay.example.cn/%E5%AE%A2%E6%9C%8D/', null],
    ['https://help.shop.example/', null],
    ['https://pay.example.cn/#/help', null],
  ];
  for (const [url, siteId] of urls) {
    it(`URL ${url}`, () => {
      const r = detect('<body><p>Hello.</p></body>', url);
      expect(r).toMatchObject({ kind: 'support-page', siteId });
      expect(r.signals.length).toBeGreaterThan(0);
    });
  }

  const contents: Array<[string, string]> = [
    ['Contact us heading + form', '<h1>Contact us</h1><form><input type="email"><textarea></textarea><button>Send</button></form>'],
    ['Help Center title', '<title>Help Center | Acme Wallet</title><p>Browse topics.</p>'],
    ['联系我们', '<h1>联系我们</h1><p>客服热线 400-000-0000</p>'],
    ['帮助中心', '<h1>帮助中心</h1>'],
    ['客服中心', '<title>客服中心 - 某支付</title>'],
    ['投诉 form', '<h2>投诉与建议</h2><form><textarea></textarea><button type="submit">提交</button></form>'],
    ['ticket form', '<h2>Submit a request</h2><form><textarea></textarea><button type="submit">Submit</button></form>'],
  ];
  for (const [name, html] of contents) {
    it(`content: ${name}`, () => {
      const r = detect(
        `<html><head>${html.startsWith('<title>') ? html : ''}</head><body>${html.startsWith('<title>') ? '' : html}</body></html>`,
        'https://acme.example/page',
      );
      expect(r.kind).toBe('support-page');
      expect(r.siteId).toBeNull();
    });
  }

  it('a footer "Contact us" or a landing-page section does not make a support page', () => {
    expect(
      detect(
        '<body><h1>Send money worldwide</h1><footer><h3>Contact us</h3><a href="/help">Help</a></footer></body>',
        'https://acme.example/',
      ).kind,
    ).toBe('none');
    expect(detect('<body><h1>Send money worldwide</h1><h2>24/7 customer support</h2></body>', 'https://acme.example/').kind).toBe('none');
    expect(
      detect(
        '<body><h1>Our blog</h1><form><textarea name="comment"></textarea><button>Post</button></form></body>',
        'https://acme.example/blog/1',
      ).kind,
    ).toBe('none');
  });

  it('look-alike paths are not help pages', () => {
    for (const url of ['https://acme.example/helpful-tips', 'https://acme.example/supported-coins', 'https://www.binance.com/en/markets']) {
      expect(detect('<body><h1>Markets</h1></body>', url).kind).toBe('none');
    }
  });
});
