import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Rules added for pages written independently of the detector (test/blind/README.md). Each
// fixture is cut down from a scored blind page: the structure that made the rule necessary, with
// the wording changed where the rule is about structure.

describe('detail panels and sidebars', () => {
  const list =
    '<main><table><tr><td>May 11</td><td>USDT</td><td class="c-fail">Failed</td></tr>' +
    '<tr><td>May 03</td><td>USDT</td><td class="c-ok">Completed</td></tr><tr><td>Apr 21</td><td>BTC</td><td class="c-ok">Completed</td></tr></table></main>';

  it('reads a drawer built on <aside role="dialog"> beside a history list (batch-01 p25, batch-03 p22)', () => {
    const r = detect(
      `<body>${list}<aside class="drawer" role="dialog"><h2>Withdrawal details</h2><div role="alert">This withdrawal did not pass the risk review and was returned to your account.</div>` +
        '<div><span>Amount</span><span>250 USDT</span></div><div><span>Order ID</span><span>7f41c0a9e23b4d86</span></div></aside></body>',
    );
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: '7f41c0a9e23b4d86', amount: '250', currency: 'USDT', reason: 'verification-required' });
  });

  it('reads an <aside> that holds an alert or a list of fields (batch-01 p27)', () => {
    const r = detect(
      `<body>${list}<aside aria-label="Withdrawal details"><div role="alert"><strong>Withdrawal failed.</strong> The beneficiary bank rejected this transfer.</div>` +
        '<dl><dt>Reference ID</dt><dd>AQCZ2P4-HV7FJB-6TXM3K</dd></dl></aside></body>',
    );
    expect(r.transaction).toMatchObject({ id: 'AQCZ2P4-HV7FJB-6TXM3K', reason: 'declined-by-recipient-or-bank' });
  });

  it('still ignores a sidebar of related reading', () => {
    const r = detect(
      '<body><main><h1>Your card</h1><p>Card ending 2291 is active.</p></main><aside><h3>Related</h3><p>Payment failed? Here is what to check.</p><p>Your transfer was returned: why this happens.</p></aside></body>',
    );
    expect(r.kind).toBe('none');
  });
});

describe('status badges are classes that say status, not words that contain "state"', () => {
  it('a statement page with a note about declined payments is no failure (batch-01 p04)', () => {
    const rows = ['Complete', 'Issued', 'Complete']
      .map((s, i) => `<tr><td>Mar 0${i + 1}</td><td>${s}</td><td>- $1${i}.00</td></tr>`)
      .join('');
    const r = detect(
      `<body><main class="statement_wrap__h2k"><h1>Statement</h1><table>${rows}</table>` +
        '<p>Payments that were declined or cancelled aren’t shown on statements. Questions? Visit the Help Center.</p></main></body>',
    );
    expect(r.kind).toBe('none');
  });

  it('"Payments that were declined…" is about such payments in general, wherever it sits', () => {
    expect(
      detect(
        '<body><div class="notice-box"><p>Payments that were declined are refunded within 5 days.</p></div><p>Order #A-55210 $23.00</p></body>',
      ).kind,
    ).toBe('none');
  });

  it('a class "statement" is no status badge, a class "tx-state" still is', () => {
    expect(
      detect('<body><div class="statement-row"><span>Declined</span></div><p>Ref 12345678</p></body>').transaction?.message,
    ).toBeUndefined();
    expect(detect('<body><div class="tx-state">Declined</div><p>Reference: 12345678</p></body>').kind).toBe('failed-transaction');
  });
});

describe('articles, news and status pages talk about failures in general', () => {
  const article = (body: string) => `<body><article><h1>Why was my card payment declined? 7 common reasons</h1>${body}</article></body>`;

  it('a provider blog post, by its URL (batch-01 p10)', () => {
    const r = detect(
      '<body><h1>Why card payments get declined</h1><p>You tap your card and the terminal says <em>Declined</em>. Here is why that happens and how to fix it.</p>' +
        '<h2>1. Insufficient balance</h2><p>If the amount is higher than your balance, the payment will be declined.</p></body>',
      'https://www.revolut.com/blog/post/why-was-my-card-payment-declined/',
    );
    expect(r).toMatchObject({ kind: 'none', siteId: 'revolut' });
  });

  for (const url of [
    'https://www.binance.com/en/academy/articles/why-do-crypto-transactions-fail',
    'https://www.okx.com/zh-hans/learn/why-withdrawal-failed',
    'https://crypto.com/university/why-do-crypto-transactions-fail',
    'https://status.kraken.com/incidents/x7k2m9p4q1zd',
    'https://www.paypal-status.com/product/production',
    'https://www.binance.com/en/support/announcement/detail/123',
  ]) {
    it(`explorer errors and failure headings in an article or a status page are no failure: ${new URL(url).host}`, () => {
      const r = detect(
        '<body><h1>Out of gas</h1><div class="text-danger">Warning! Error encountered during contract execution [out of gas]</div>' +
          '<h2>提币失败</h2><p>A small number of withdrawals that failed on-chain were returned to balances.</p><p>Value: 0.5 ETH</p></body>',
        url,
      );
      expect(r.kind, url).not.toBe('failed-transaction');
    });
  }

  it('a news story, by its markup, on a host the registry does not know (batch-01 p45)', () => {
    const r = detect(
      '<body><header><a href="/">REUTERS</a></header><article class="article-body"><h1>PayPal restores service after outage left users unable to send payments</h1>' +
        '<p>Users on social media posted screenshots of messages saying their transaction "couldn\'t be completed".</p>' +
        '<p>The company said any payments that failed during the disruption would not be charged.</p></article></body>',
      'https://www.reuters.com/technology/paypal-restores-service-after-outage-2025-05-13/',
    );
    expect(r.kind).toBe('none');
  });

  it('a news story whose headline stands just before its article body (batch-03 p02)', () => {
    const r = detect(
      '<body><div class="main-content"><h1 class="main-title">多地用户反映移动支付转账失败 平台回应：系统已恢复正常</h1><div class="date-source">2024年06月12日</div>' +
        '<div class="article"><p>有用户表示，给家人转账时页面提示“系统繁忙，请稍后再试”，重试三次均显示交易失败。</p><p>期间失败的交易款项将在24小时内原路退回。</p></div></div></body>',
      'https://finance.sina.com.cn/money/bank/2024-06-12/doc-inaysxkc4821937.shtml',
    );
    expect(r.kind).toBe('none');
  });

  it('an article page is still failed when an alert announces a failure beside its transaction details', () => {
    const r = detect(
      article(
        '<div role="alert">Your payment was declined.</div><dl><dt>Transaction ID</dt><dd>TX-2026-000451</dd><dt>Amount</dt><dd>$45.00</dd></dl>',
      ),
    );
    expect(r.kind).toBe('failed-transaction');
  });

  it('a status word set inline in a sentence is prose, not a status', () => {
    const r = detect(
      '<body><main><p>You are at the checkout, you tap your card, and the terminal says <em>Declined</em>. It happens to everyone at some point.</p><p>Amount: $12.00</p></main></body>',
    );
    expect(r.kind).toBe('none');
  });
});

describe('failure wording beyond "failed" and "declined"', () => {
  const DETAILS = '<dl><dt>Payment ID</dt><dd>9d3e1c7a-52b4-4f1e-8a06</dd><dt>Amount</dt><dd>49.00 USD</dd></dl>';
  const failed: Array<[string, string]> = [
    [
      'an expired payment request (batch-01 p33)',
      `<div role="alert"><h1>Payment expired</h1><p>This payment request has expired.</p></div>${DETAILS}`,
    ],
    ['"Status: Expired" beside the details', `<div><span>Status</span><span>Expired</span></div>${DETAILS}`],
    ['a payment timed out', `<p class="msg">Your payment timed out before the bank answered.</p>${DETAILS}`],
    [
      'cancelled, with a cause (batch-03 p17)',
      `<div class="receipt-status">Canceled</div><p>This payment was canceled for your protection. Verify your identity, then try again.</p>${DETAILS}`,
    ],
    ['cancelled by the recipient’s bank', `<p>Your payment was cancelled by the recipient’s bank.</p>${DETAILS}`],
    ['"could not be completed" with any subject (batch-03 p36)', `<div role="alert">This send couldn't be completed.</div>${DETAILS}`],
    ['a review not passed', `<div role="alert">This withdrawal did not pass our security review.</div>${DETAILS}`],
    [
      'a review not passed, contracted with a curly apostrophe',
      `<div role="alert">Your transfer didn’t pass the compliance check.</div>${DETAILS}`,
    ],
    [
      'double-spent (batch-01 p42)',
      `<div role="alert"><strong>Double spend detected.</strong> This transaction was never confirmed.</div>${DETAILS}`,
    ],
    ['dropped and replaced', `<div><span>Status:</span><span>Dropped &amp; Replaced</span></div>${DETAILS}`],
    ['Tron OUT_OF_BANDWIDTH result', `<div><span>Result:</span><span role="alert">OUT_OF_BANDWIDTH</span></div>${DETAILS}`],
    ['zh 未通过风控审核 (batch-01 p25)', `<div role="alert">该笔提现未通过风控审核，资金已退回至您的现货账户。</div>${DETAILS}`],
    ['zh 已撤销', `<div class="result-title">交易已撤销</div>${DETAILS}`],
    ['zh 已冲正', `<div class="tag">已冲正</div>${DETAILS}`],
    ['zh 支付超时', `<div role="alert">支付超时，订单已关闭</div>${DETAILS}`],
    ['zh 订单已失效', `<h2>订单已失效</h2>${DETAILS}`],
  ];
  for (const [name, body] of failed) {
    it(name, () => {
      const r = detect(`<body><main>${body}</main></body>`);
      expect(r.kind, JSON.stringify(r)).toBe('failed-transaction');
    });
  }

  const not: Array<[string, string]> = [
    [
      'a cancellation the reader made',
      `<p>You cancelled this payment on 3 June.</p><div><span>Status</span><span>Cancelled</span></div>${DETAILS}`,
    ],
    ['"Your order was cancelled." with no cause', `<p>Your order was cancelled.</p>${DETAILS}`],
    [
      'an expired card on a cards page',
      '<div class="card-row"><span>Visa •••• 4242</span><span class="badge">Expired</span></div><p>Add a new card.</p>',
    ],
    ['"cancelled by you"', `<p>This transfer was cancelled by you.</p>${DETAILS}`],
  ];
  for (const [name, body] of not) {
    it(`not: ${name}`, () => {
      const r = detect(`<body><main>${body}</main></body>`);
      expect(r.kind, JSON.stringify(r)).toBe('none');
    });
  }
});

describe('the amount is the transaction’s, not a balance named in the message', () => {
  it('"Your EUR balance was €41.63" beside a declined €89.90 payment (batch-01 p09)', () => {
    const r = detect(
      '<body><main><h1>-€89.90</h1><div>Zalando</div><div role="alert"><strong>Declined</strong> · Insufficient balance. Your EUR balance was €41.63 when this payment was attempted.</div></main></body>',
    );
    expect(r.transaction).toMatchObject({ amount: '89.90', currency: 'EUR', reason: 'insufficient-funds' });
  });
});

describe('amount and currency in every common form', () => {
  const at = (value: string) =>
    detect(
      `<body><div role="alert">Payment failed</div><dl><dt>Reference</dt><dd>REF-77120458</dd><dt>Amount</dt><dd>${value}</dd></dl></body>`,
    ).transaction;
  const forms: Array<[string, string, string]> = [
    ['129.99 USD', '129.99', 'USD'],
    ['USD 129.99', '129.99', 'USD'],
    ['$1,234.56', '1234.56', 'USD'],
    ['1.234,56 €', '1234.56', 'EUR'],
    ['1 234,56 €', '1234.56', 'EUR'],
    ["CHF 1'234.50", '1234.50', 'CHF'],
    ['-£45.00', '45.00', 'GBP'],
    ['¥1,280.00', '1280.00', 'CNY'],
    ['￥1,280.00', '1280.00', 'CNY'],
    ['1,280.00元', '1280.00', 'CNY'],
    ['RMB 88.00', '88.00', 'CNY'],
    ['250 USDT-TRC20', '250', 'USDT'],
    ['850 USDC (Polygon)', '850', 'USDC'],
    ['0.5 ETH', '0.5', 'ETH'],
  ];
  for (const [shown, amount, currency] of forms) {
    it(shown, () => expect(at(shown)).toMatchObject({ amount, currency }));
  }

  it('zh layouts: "金额：¥1,280.00" and a prefixed label "提款金额"', () => {
    const r = detect('<body><div class="result-title">转账失败</div><div>金额：¥1,280.00</div><p>交易流水号：H2024061215</p></body>');
    expect(r.transaction).toMatchObject({ amount: '1280.00', currency: 'CNY' });
    const s = detect(
      '<body><div role="alert">提款失败</div><dl><dt>提款金额</dt><dd>USD 2,000.00</dd><dt>交易编号</dt><dd>1839274650</dd></dl></body>',
    );
    expect(s.transaction).toMatchObject({ amount: '2000.00', currency: 'USD', id: '1839274650' });
  });

  it('the amount to pay beats the items’ subtotal (batch-01 p44)', () => {
    const r = detect(
      '<body><div role="alert">支付失败</div><div>订单号：298754136502</div><div>商品总额：￥339.00</div><div>优　　惠：-￥10.00</div><div>应支付金额：<span>￥329.00</span></div></body>',
    );
    expect(r.transaction).toMatchObject({ amount: '329.00', currency: 'CNY', id: '298754136502' });
  });

  it('the token transferred beats the coin price in the header and the fee (batch-01 p41)', () => {
    const r = detect(
      '<body><header><span>TRX $0.2413</span></header><div><span>状态：</span><span class="ts-status-fail">失败</span></div>' +
        '<div><span>通证转账：</span><span>TMvcT4…x66BB → TXuW3n…96hA1m <b>250 USDT</b> (≈ $250.00)</span></div><div><span>交易费用：</span><span>30.345 TRX</span></div></body>',
      'https://tronscan.org/#/transaction/14deb67ed5bb7156907e074d6485f99d2829e749ebd4e9fd46a13a0bf34b3cb9',
    );
    expect(r.transaction).toMatchObject({ amount: '250', currency: 'USDT' });
  });

  it('a zero "Value" yields to the token amount shown; decoded input is no amount (batch-03 p41)', () => {
    const r = detect(
      '<body><div><span>Status:</span><span class="badge">Fail</span></div><div><span>Value:</span><span>0 POL ($0.00)</span></div>' +
        '<table><tr><td>value</td><td>uint256</td><td>850000000</td></tr></table><p>≈ 850 USDC (Polygon)</p></body>',
      'https://polygonscan.com/tx/0x1436d1f45b3bf6c292bc65e06a5d23a0c8879dee1abd1703fbf45a20365bdae0',
    );
    expect(r.transaction).toMatchObject({ amount: '850', currency: 'USDC' });
  });

  it('a date under an "Amount" column heading is no amount (batch-03 p22)', () => {
    const r = detect(
      '<body><table><tr><th>日期</th><th>金额</th></tr><tr><td>2024-06-10</td><td>-2,000.00 USD</td></tr></table><div role="alert">提款失败</div><p>交易编号 1839274650</p></body>',
    );
    expect(r.transaction?.amount).not.toBe('2024');
  });
});

describe('references by their field names', () => {
  it('Chinese field names ending in 序号 / 单号 / 编号 (batch-01 p19, p46)', () => {
    const r = detect(
      '<body><div role="alert">汇款已退回</div><table><tr><td>指令序号</td><td>HQH2025062000731856</td></tr></table></body>',
    );
    expect(r.transaction?.id).toBe('HQH2025062000731856');
    const s = detect(
      '<body><div role="alert">转账失败</div><table><tr><td>微信明细单号</td><td>1040000071100999991182</td></tr></table></body>',
    );
    expect(s.transaction?.id).toBe('1040000071100999991182');
  });

  it('never an account or card number', () => {
    const r = detect('<body><div role="alert">转账失败</div><table><tr><td>收款账号</td><td>6228480000000914</td></tr></table></body>');
    expect(r.transaction?.id).toBeUndefined();
  });
});

describe('rules from batch-02 (after its first-sight score)', () => {
  it('an expanded detail row inside a history table is the failure, not one of the rows (batch-02 p28)', () => {
    const row = (s: string) =>
      `<tr><td>03/2${s.length}/2024</td><td>Deposit</td><td>USD</td><td>2,500.00</td><td class="s-${s}">${s}</td></tr>`;
    const r = detect(
      `<body><table><thead><tr><th>Date</th><th>Type</th><th>Asset</th><th>Amount</th><th>Status</th></tr></thead><tbody>${row('Success')}` +
        '<tr><td>03/28/2024</td><td>Withdrawal</td><td>USD</td><td>2,500.00</td><td class="s-failure">Failure</td></tr>' +
        '<tr class="expand"><td colspan="5"><div role="region" aria-label="Withdrawal details"><p class="s-failure"><strong>Withdrawal failed.</strong> Upgrade your verification level to withdraw.</p>' +
        `<p>Reference ID: <code>AGB3KW5-YZQ8FB-J5BFXC</code></p></div></td></tr>${row('Success')}${row('Pending')}${row('Success')}</tbody></table></body>`,
    );
    expect(r.transaction).toMatchObject({ id: 'AGB3KW5-YZQ8FB-J5BFXC', reason: 'verification-required' });
  });

  it('a failed withdrawal quoted with its details in a support ticket is a failed transaction on a help page (batch-02 p31)', () => {
    const r = detect(
      '<head><title>Ticket #8812093 - Help Center</title></head><body><main><h1>XRP withdrawal not received <span class="badge">Awaiting your reply</span></h1>' +
        '<div class="comment"><p>Dear user, we have checked your withdrawal:</p><div class="wd-card"><p>Withdrawal ID: <strong>W240322193845117604</strong><br>Amount: 1,850 XRP (≈ $1,143.30)<br>Fee: 0.2 XRP<br>Status: <strong>Failed</strong></p></div>' +
        '<p>The destination address rejected the transaction because a destination tag is required.</p></div><form><textarea></textarea><button>Submit</button></form></main></body>',
      'https://www.bybit.com/en/help-center/ticket/detail?ticketId=8812093',
    );
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({
      id: 'W240322193845117604',
      amount: '1850',
      currency: 'XRP',
      reason: 'declined-by-recipient-or-bank',
    });
    expect(r.signals.some((s) => s.includes('help page'))).toBe(true);
  });

  it('a decimal point is no sentence end: a labelled status among fields is still a status', () => {
    const r = detect(
      '<body><p>Amount: 0.2 XRP (≈ $0.12)<br>Network: XRP Ledger, memo 5521<br>Status: <strong>Failed</strong></p><p>Withdrawal ID: W1234567</p></body>',
    );
    expect(r.kind).toBe('failed-transaction');
  });

  it('Solana amounts shown with ◎, and a coin’s price in the header is no amount (batch-02 p41)', () => {
    const r = detect(
      '<body><nav><span>SOL $187.42 · Mainnet</span></nav><div><div>Result</div><div><span class="badge-fail">Error</span></div></div>' +
        '<div><div>Fee</div><div>◎0.000015 ($0.0028)</div></div><div><div>Main Actions</div><div>Transfer from yZxt… to 5sWR… for ◎2.5 ($468.55)</div></div></body>',
      'https://solscan.io/tx/ckE6g2ktkT3S71st9rTXsLUYBRR7a7So39wLXhUcEGxeyxzEN4f5JgBSqAqQoBuJNawPSt4faPVBeofC5tPcjKuS',
    );
    expect(r.transaction).toMatchObject({ amount: '2.5', currency: 'SOL' });
  });

  it('a balance named in an earlier clause does not hide the amount (batch-02 p16)', () => {
    const r = detect(
      '<body><div role="alert">付款未成功：账户余额不足。本次付款金额 1,280.00元，当前可用余额 356.20元。</div><p>交易号 2024031822001478301452960187</p></body>',
    );
    expect(r.transaction).toMatchObject({ amount: '1280.00', currency: 'CNY', reason: 'insufficient-funds' });
  });

  it('the message names its transaction: "(ID 5721901846330917472)" (batch-02 p33)', () => {
    const r = detect(
      '<body><div class="e-toast" role="alert"><strong>Withdrawal rejected</strong><p>Your EUR 1,234.56 SEPA withdrawal (ID 5721901846330917472) was rejected: insufficient available balance.</p></div></body>',
    );
    expect(r.transaction).toMatchObject({ id: '5721901846330917472', amount: '1234.56', currency: 'EUR', reason: 'insufficient-funds' });
  });
});
