import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Rules from batch-10's misses (test/blind/README.md): single-page-app markup, where class names
// carry little meaning and a failure is told in a toast, a notice or a stepper. Each fixture is cut
// down from the kind of page that needed the rule, in words of its own.

describe('a user post about a failure, filed under a community route (batch-10 p28)', () => {
  const post =
    '<html><head><title>我的一次提现失败经历 | 社区</title></head><body><div class="c-1x"><b>老用户</b><div>2 小时前</div></div>' +
    '<div class="c-2y"><p>说说我那次提现失败，后来怎么找回来的。</p><p>当时选错了链，页面提示“提现失败”，资产第二天退回了。</p></div>' +
    '<div class="c-3z"><span>👍 88</span><span>💬 12</span></div></body></html>';

  it('is a post, not the reader’s own failure, under /post/, /posts/, /community/ or /forum/', () => {
    for (const url of [
      'https://www.binance.com/zh-CN/feed/post/77001',
      'https://www.okx.com/community/posts/5120',
      'https://www.kraken.com/forum/t/withdrawal/88',
    ])
      expect(detect(post, url).kind, url).toBe('none');
  });

  it('the same words in an alert on an account page are a failure', () => {
    const page =
      '<body><div role="alert">提现失败：地址与所选网络不匹配，资产已退回现货账户。</div><dl><dt>提现单号</dt><dd>W2099311</dd></dl></body>';
    expect(detect(page, 'https://www.binance.com/zh-CN/my/wallet/history/withdraw').kind).toBe('failed-transaction');
  });
});

describe('a toast styled with utility colour classes (batch-10 p30)', () => {
  const page = (box: string) =>
    '<body><main class="max-w-lg mx-auto p-8"><div class="text-2xl">Withdraw USDT</div><label>Address</label>' +
    '<input value="0x8aE2…41Fd"><button class="w-full bg-violet-600">Withdraw</button></main>' +
    `<div class="fixed top-4 right-4 w-80 p-3 ${box}"><div class="font-semibold">Withdrawal failed</div>` +
    '<div class="text-sm">The amount plus fee is more than your available USDT.</div></div></body>';
  const url = 'https://www.kraken.com/u/funding/withdraw?asset=USDT';

  it('a red border, background or text marks an error box', () => {
    for (const box of ['border-l-4 border-red-500', 'bg-red-50', 'text-rose-700']) {
      const r = detect(page(box), url);
      expect(r.kind, box).toBe('failed-transaction');
      expect(r.transaction?.message).toBe('Withdrawal failed');
    }
  });

  it('without the colour the same short text stays too weak on its own', () => {
    expect(detect(page('border-gray-200'), url).kind).toBe('none');
  });
});

describe('a failure a banner says may come (batch-10 p42)', () => {
  const page = (note: string) =>
    `<body><h1>Transaction Details</h1><div class="alert-info">${note}</div>` +
    '<div class="row"><div>Status:</div><div><span class="badge">Pending</span></div></div>' +
    '<div class="row"><div>Value:</div><div>0.4 ETH</div></div></body>';
  const url = 'https://etherscan.io/tx/0x1c7e0f6b1d0a9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706';

  it('"may later be dropped & replaced" is a possibility, with an adverb or without', () => {
    expect(detect(page('It is not in a block yet; it may later be dropped &amp; replaced.'), url).kind).toBe('none');
    expect(detect(page('It is not in a block yet; it could eventually be dropped &amp; replaced.'), url).kind).toBe('none');
    expect(detect(page('It is not in a block yet; it may be dropped &amp; replaced.'), url).kind).toBe('none');
  });

  it('"was dropped & replaced" is what happened', () => {
    const done = page('This transaction was dropped &amp; replaced by another with a higher fee.').replace('Pending', 'Dropped');
    expect(detect(done, url).kind).toBe('failed-transaction');
  });
});

describe('the amount of a send form with a toast over it (batch-10 p01)', () => {
  const page = (line: string) =>
    '<body><form><input name="amount" value="75.20"><div class="c-2k"><div>Pay with</div><div>Visa Debit ••••4417</div></div>' +
    '<div class="c-2k"><div>Sending to a friend</div><div>No fee when you pay with a bank or balance</div></div>' +
    `<p class="c-9a">${line}</p><button>Send</button></form>` +
    '<div class="c-t0"><div>We couldn’t send your payment</div><div>Your bank declined this transaction.</div></div></body>';
  const url = 'https://www.paypal.com/myaccount/transfer/homepage/pay';

  it('"You’re sending $75.20 USD to …" states the amount', () => {
    for (const line of ['You’re sending $75.20 USD to Sam', 'You are sending $75.20 USD to Sam', "You're paying $75.20 USD to Sam"]) {
      const r = detect(page(line), url);
      expect(r.kind, line).toBe('failed-transaction');
      expect(r.transaction, line).toMatchObject({ amount: '75.20', currency: 'USD' });
    }
  });
});

describe('the amount near where the failure is told, when the status field is further down (batch-10 p04)', () => {
  const steps = Array.from({ length: 8 }, (_, i) => `<div>Step ${i + 1}<br>Mar ${i + 1}</div>`).join('');
  const page =
    '<body><div class="c-a"><div>You paid Sam Reyes</div><div class="c-b">- $42.00</div>' +
    '<div class="c-c">This payment failed because your bank account didn’t have enough funds to cover it.</div>' +
    `<div class="c-d">${steps}</div><div class="row"><div>Payment method</div><div>Bank ••••0931</div></div>` +
    '<div class="row"><div>Payment ID</div><div>3029384756012938475</div></div>' +
    '<div class="row"><div>Note</div><div>groceries</div></div><div class="row"><div>Status</div><div>Failed</div></div></div></body>';

  it('takes the headline amount next to the explanation', () => {
    const r = detect(page, 'https://account.venmo.com/story/3029384756012938475');
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: '3029384756012938475', amount: '42.00', currency: 'USD', reason: 'insufficient-funds' });
  });
});

describe('a notice whose body names the transaction (batch-10 p36)', () => {
  const page = (body: string) =>
    '<body><div class="e-cards"><div>Estimated balance</div><div>$1,200.00</div></div><div class="e-drawer"><b>Notifications</b>' +
    `<div class="e-n"><div class="t">Withdrawal failed</div><div>${body}</div><div>2 min ago</div></div>` +
    '<div class="e-n"><div class="t">Deposit successful</div><div>0.1 ETH was credited.</div><div>Yesterday</div></div></div></body>';
  const url = 'https://crypto.com/exchange/dashboard';

  it('"(ID: …)" in the text under the failure is its reference', () => {
    const r = detect(page('Your withdrawal of 250.00 USDT (ID: 5512093377) could not be processed due to a network issue.'), url);
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: '5512093377', amount: '250.00', currency: 'USDT', reason: 'network-or-system' });
  });
});

describe('causes (batch-10 p25, p45)', () => {
  const page = (why: string) =>
    `<body><div role="alert">Your send didn’t go through. ${why}</div><dl><dt>Amount</dt><dd>0.3 ETH</dd></dl></body>`;

  it('a balance that could not cover the amount is a shortfall', () => {
    for (const why of ['Your ETH balance couldn’t cover both the amount and the network fee.', 'Your balance could not cover the fee.'])
      expect(detect(page(why)).transaction?.reason, why).toBe('insufficient-funds');
  });

  it('a transaction that could not be broadcast, or a connection to check, is the network', () => {
    for (const why of ['We couldn’t broadcast your transaction.', 'Please check your connection and try again.'])
      expect(detect(page(why)).transaction?.reason, why).toBe('network-or-system');
  });
});

describe('"Amount" beside "Total" (batch-10 p45)', () => {
  it('the amount is the transaction’s; the total adds the fee', () => {
    const page =
      '<body><div class="sheet"><div>Amount</div><div>0.02 BTC</div><div class="r"><span>Network fee</span><span>0.0001 BTC</span></div>' +
      '<div class="r"><span>Total</span><span>0.0201 BTC</span></div></div><div class="t" role="alert">Send failed.</div></body>';
    expect(detect(page).transaction).toMatchObject({ amount: '0.02', currency: 'BTC' });
  });

  it('a total paid still outranks a plain amount', () => {
    const page =
      '<body><dl><dt>Amount</dt><dd>$40.00</dd><dt>Shipping</dt><dd>$5.00</dd><dt>Total charged</dt><dd>$45.00</dd></dl>' +
      '<div role="alert">Payment declined</div></body>';
    expect(detect(page).transaction).toMatchObject({ amount: '45.00', currency: 'USD' });
  });
});

describe('a hash shortened for display (batch-10 p25, p38; batch-03 p30, batch-05 p29)', () => {
  it('yields to a reference shown whole nearby', () => {
    const page = (hash: string) =>
      `<body><div role="alert">Withdrawal failed</div><div class="kv"><span>TxHash</span><span>${hash}</span></div>` +
      '<div class="kv"><span>Network</span><span>TRC20</span></div><div class="kv"><span>Order ID</span><span>WD55120933</span></div></body>';
    expect(detect(page('0xc3a7…a528')).transaction?.id).toBe('WD55120933');
    const whole = '0xc3a7d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8a528';
    expect(detect(page(whole)).transaction?.id).toBe(whole);
  });
});
