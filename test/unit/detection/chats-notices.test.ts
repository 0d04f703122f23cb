import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Rules from batch-08's misses (test/blind/README.md), each cut down from the page that needed it.

describe('a chat with support (batch-08 p17)', () => {
  const chat = (bubbles: string) =>
    '<body><div class="chat-header">支付宝智能客服</div><div class="chat-body" role="log" aria-live="polite">' +
    '<div class="msg"><div class="bubble">您好，请简单描述您的问题～</div></div>' +
    `${bubbles}</div><div class="input-bar"><input placeholder="请输入您的问题"><button>发送</button></div></body>`;
  const general =
    '<div class="msg me"><div class="bubble">转账给朋友显示失败，钱去哪了</div></div>' +
    '<div class="msg"><div class="bubble">亲，转账失败的资金会原路退回到付款账户，一般实时到账，银行卡最晚不超过 3 个工作日。</div></div>';
  const url = 'https://cschannel.alipay.com/newPortal.htm?scene=app_mobile';

  it('failures talked about in a log, without a transaction, are a question to support', () => {
    const r = detect(`<html><head><title>支付宝客服</title></head>${chat(general)}</html>`, url);
    expect(r.kind).toBe('support-page');
    expect(detect(chat(general)).kind).toBe('none');
    const en =
      '<div class="msg me">My transfer to a friend failed, where is the money?</div>' +
      '<div class="msg">Sorry to hear that! When a transfer fails, the funds go back to the account you paid from.</div>';
    expect(detect(chat(en)).kind).toBe('none');
  });

  it('a log is no alert: the same words in an alert are the page saying so', () => {
    const alert = '<body><div role="alert">转账失败，资金会原路退回到付款账户。</div></body>';
    expect(detect(alert).kind).toBe('failed-transaction');
  });

  it('a chat quoting the failed transaction with its details is about it', () => {
    const quoted =
      '<div class="msg">已查询到您的转账：</div><div class="msg">金额：¥1,280.00</div><div class="msg">订单号：20261206200040011100980012345678</div>' +
      '<div class="msg">该笔转账失败，原因：对方账户已冻结。</div>';
    const r = detect(chat(quoted), url);
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ amount: '1280.00', currency: 'CNY' });
  });
});

describe('a headline amount shown as a bare signed figure (batch-08 p21)', () => {
  const page = (figure: string) =>
    '<body><div class="nav">交易详情</div>' +
    `<div class="card-top"><p>盒马鲜生（杭州滨江店）</p><p class="m">${figure}</p><p>消费 · 银联二维码</p></div>` +
    '<div class="card-detail"><div class="line"><span class="k">交易时间</span><span>2026-12-06 19:27:44</span></div>' +
    '<div class="line"><span class="k">订单编号</span><span>UP2026120619274403318852</span></div></div>' +
    '<div class="status-sec"><h3>交易状态</h3><p class="f">支付未成功</p><p>失败原因：发卡行拒绝交易（应答码 05），本次未扣款。</p></div></body>';
  const url = 'https://wallet.95516.com/s/wl/webV3/activity/transDetail/index.html?orderId=UP2026120619274403318852';

  it("is the amount in the site's own currency", () => {
    const r = detect(page('-88.00'), url);
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: 'UP2026120619274403318852', amount: '88.00', currency: 'CNY' });
    expect(detect(page('+1,280.00'), url).transaction).toMatchObject({ amount: '1280.00', currency: 'CNY' });
    expect(detect(page('−12.50'), 'https://cash.app/activity/x').transaction?.amount).toBe('12.50');
  });

  it('an unsigned number, or a site with no currency of its own, gives no amount', () => {
    expect(detect(page('88.00'), url).transaction?.amount).toBeUndefined();
    expect(detect(page('-88.00')).transaction?.amount).toBeUndefined();
    expect(detect(page('-88'), url).transaction?.amount).toBeUndefined();
  });
});

describe('a return explained in a paragraph beside a funding history (batch-08 p28)', () => {
  const card =
    '<div class="kcard"><p>Deposit · ACH</p><h1>$2,000.00</h1><p>from Ally Bank Checking ••3382 · initiated Nov 30, 2026</p></div>';
  const history =
    '<div class="kcard"><h2>Recent funding</h2><table><tr><th>Date</th><th>Type</th><th>Asset</th><th>Amount</th><th>Status</th></tr>' +
    '<tr><td>Dec 5</td><td>Withdrawal</td><td>BTC</td><td>0.0150</td><td><span class="pill ok">Success</span></td></tr>' +
    '<tr><td>Dec 3</td><td>Deposit (ACH)</td><td>USD</td><td>2,000.00</td><td><span class="pill ret">Returned</span></td></tr>' +
    '<tr><td>Nov 22</td><td>Deposit (ACH)</td><td>USD</td><td>500.00</td><td><span class="pill ok">Success</span></td></tr></table></div>';
  const explained = (first: string) =>
    `<div class="kcard"><h2>What happened</h2><p>${first} The $2,000.00 credited to your account has been reversed, and any assets ` +
    'purchased with these funds may have been sold to cover the shortfall. A $15.00 return fee may apply.</p>' +
    '<dl><dt>Reference ID</dt><dd>FTQ7K2H-MZ4RVA-3NB6PE</dd><dt>Method</dt><dd>ACH (Plaid)</dd></dl></div>';
  const url = 'https://www.kraken.com/c/funding/history?ref=FTQ7K2H-MZ4RVA-3NB6PE';

  it('a failure said of this or your transaction opens an explanation: the page is about it', () => {
    const r = detect(
      `<body>${card}${history}${explained('Your bank returned this ACH deposit with return code <strong>R01 – Insufficient funds</strong>.')}</body>`,
      url,
    );
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: 'FTQ7K2H-MZ4RVA-3NB6PE', amount: '2000.00', currency: 'USD', reason: 'insufficient-funds' });
    // Words may qualify the noun of an active return or refusal.
    expect(detect(`<body>${card}${explained('We declined your card payment because the card issuer refused it.')}</body>`, url).kind).toBe(
      'failed-transaction',
    );
  });

  it('the same paragraph about deposits in general stays prose', () => {
    expect(detect(`<body>${card}${explained('Banks sometimes return ACH deposits with return code R01.')}</body>`, url).kind).toBe('none');
    expect(detect(`<body>${explained('Our bank returned a list of deposits made last week.')}</body>`, url).kind).toBe('none');
  });

  it("a table's Amount heading never takes the next row's date for its value", () => {
    const panel = '<div role="alert">Your withdrawal failed.</div>';
    const r = detect(
      `<body>${panel}<table><tr><th>Amount</th><th>Status</th></tr><tr><td>Dec 5</td><td>0.0150 BTC</td></tr></table></body>`,
    );
    expect(r.transaction?.amount).not.toBe('5');
  });
});

describe('a notice in a notification centre (batch-08 p33)', () => {
  const notice =
    '<p class="e-time">07 Dec 2026, 09:16 UTC · Wallet</p><h2 class="e-red">Withdrawal Failed</h2>' +
    '<p>Your withdrawal of 0.5 ETH could not be processed because your available balance was insufficient to cover the amount plus the network fee.</p>' +
    '<div class="e-kv"><span>Amount</span><span>0.5 ETH (≈ $1,650.22)</span></div><div class="e-kv"><span>Network fee</span><span>0.0025 ETH</span></div>' +
    '<div class="e-kv"><span>Withdrawal ID</span><span>6620391847715520</span></div>';
  const others =
    '<article class="e-msg"><p>06 Dec 2026 · Promotions</p><p>Trade BTC/USD with zero maker fees this week.</p></article>' +
    '<article class="e-msg"><p>03 Dec 2026 · Wallet</p><p>Deposit of 2,000 USDC confirmed.</p></article>';
  const url = 'https://crypto.com/exchange/user/notifications';
  const expectFailed = (html: string) => {
    const r = detect(html, url);
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: '6620391847715520', amount: '0.5', currency: 'ETH', reason: 'insufficient-funds' });
  };

  it('an article of a feed or of a list of notices is a message to the reader, not an editorial article', () => {
    expectFailed(
      `<body><div role="feed" aria-label="Updates"><h1>Updates</h1><article class="e-msg unread">${notice}</article>${others}</div></body>`,
    );
    expectFailed(
      `<body><div aria-label="Notifications"><h1>Notification Centre</h1><article class="item">${notice}</article>${others}</div></body>`,
    );
    expectFailed(`<body><div class="inbox"><h1>收件箱</h1><article>${notice}</article></div></body>`);
  });

  it('an editorial article with the same words stays an article', () => {
    expect(detect(`<body><h1>Crypto news</h1><article class="post">${notice}</article></body>`, url).kind).toBe('none');
  });

  it('"your balance was insufficient" is a shortfall', () => {
    const r = detect('<body><div role="alert">Payment failed: your balance was not sufficient.</div></body>');
    expect(r.transaction?.reason).toBe('insufficient-funds');
  });
});

describe('a status set off before its explanation (batch-08 p43)', () => {
  const modal = (p: string) =>
    '<body><ul class="tl"><li><span>Sent BTC · Dec 6</span><span class="red">Failed · 0.0125 BTC</span></li>' +
    '<li><span>Received BTC · Dec 1</span><span>+0.0300 BTC</span></li></ul>' +
    `<div class="modal" role="dialog"><h2>Sent Bitcoin</h2><p>0.0125 BTC</p><p>$1,217.84</p><p class="red">${p}</p>` +
    '<table><tr><td>Fee</td><td>0.00000282 BTC</td></tr>' +
    '<tr><td>Tx ID</td><td>e1d1e1a0ce4e6a3486d916f528c4c8a0358408a9e6c787dfbb1d69468de33499</td></tr></table></div></body>';
  const url = 'https://login.blockchain.com/en/#/coins/BTC';
  const why =
    'this transaction was never confirmed and has been dropped from the mempool because its fee was too low. The funds remain in your wallet.';

  it('"Failed — …" is the status with its explanation', () => {
    const r = detect(modal(`<b>Failed</b> — ${why}`), url);
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({
      id: 'e1d1e1a0ce4e6a3486d916f528c4c8a0358408a9e6c787dfbb1d69468de33499',
      amount: '0.0125',
      currency: 'BTC',
      reason: 'network-or-system',
    });
    expect(detect(modal(`<b>Failed</b>: ${why}`), url).kind).toBe('failed-transaction');
  });

  it('the word inside a sentence is still prose', () => {
    expect(detect(modal(`The terminal said <b>Failed</b> because ${why}`), url).kind).toBe('none');
  });
});
