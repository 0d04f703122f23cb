import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Rules from batch-11's misses (test/blind/README.md): mobile web pages — result pages, detail
// cards, two attempts on one page, failures told by a code. Fixtures in words of their own.

describe('a status chip that names what failed (batch-11 p16, p17)', () => {
  it('"Refund failed" is the page’s status, over a "Completed" in a related payment below', () => {
    const page =
      '<body><div class="card"><div>Refund to Sam Lee</div><div class="amt">-$30.00 USD</div><span class="status">Refund failed</span>' +
      '<p>We couldn’t send this refund because your balance didn’t cover it.</p></div>' +
      '<div class="card kv"><div><span>Transaction ID</span><span>7TX40112GF2208217</span></div></div>' +
      '<div class="card"><h3>Related transaction</h3><div class="rel"><span>Payment from Sam Lee</span><span>+$30.00 USD<small>Completed</small></span></div></div></body>';
    const r = detect(page, 'https://www.paypal.com/activity/payment/7TX40112GF2208217');
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: '7TX40112GF2208217', amount: '30.00', currency: 'USD', reason: 'insufficient-funds' });
  });

  it('a failed attempt shown above its completed retry is still told as failed', () => {
    const card = (tag: string, cls: string, id: string) =>
      `<div class="card"><div>You paid Ana Ruiz</div><div class="amt">- $60.00</div><span class="tag ${cls}">${tag}</span>` +
      `<div class="meta">Transaction ID ${id}</div></div>`;
    const page = `<body><div class="sep">First attempt</div>${card('Payment failed', 'fail', '4100000000000000001')}<div class="sep">Retry</div>${card('Complete', 'ok', '4100000000000000002')}</body>`;
    const r = detect(page, 'https://account.venmo.com/payments/4100000000000000001');
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: '4100000000000000001', amount: '60.00', currency: 'USD' });
  });

  it('"Refund completed" alone is no failure', () => {
    const page =
      '<body><div class="card"><div>Refund to Sam Lee</div><div>-$30.00 USD</div><span class="status">Refund completed</span></div></body>';
    expect(detect(page, 'https://www.paypal.com/activity/payment/7TX40112GF2208217').kind).toBe('none');
  });
});

describe('遭拒: a payment met with refusal (batch-11 p14)', () => {
  it('a chip saying 付款遭拒, the issuer named as the one refusing', () => {
    const page =
      '<body><header>交易詳細資料</header><div class="sum"><div>線上訂票</div><div class="amt">NT$1,200</div><span class="chip">付款遭拒</span></div>' +
      '<div class="note">發卡機構拒絕了這筆交易，你的帳戶未被扣款。</div><dl><div><dt>交易 ID</dt><dd>GPA.3321-4598-2271-70001</dd></div></dl></body>';
    const r = detect(page, 'https://pay.google.com/gp/w/u/0/home/activity?hl=zh-TW');
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: 'GPA.3321-4598-2271-70001', reason: 'declined-by-recipient-or-bank' });
  });
});

describe('an error code as the only failure wording (batch-11 p06)', () => {
  const result = (line: string) =>
    `<body><div class="msg"><span class="icon-warn">!</span><h2>微信支付</h2><p class="desc">${line}</p>` +
    '<div class="kv"><span>商户</span><span>小店</span></div><div class="kv"><span>金额</span><span>88元</span></div></div></body>';
  const url = 'https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx0716451238';

  it('"错误码 1001" or "Error code: 51" next to the amount is a failed payment', () => {
    for (const line of ['错误码 1001', '錯誤碼：2003', 'Error code: 51']) {
      const r = detect(result(line), url);
      expect(r.kind, line).toBe('failed-transaction');
      expect(r.transaction, line).toMatchObject({ amount: '88', currency: 'CNY' });
    }
  });

  it('a missing page ("Error 404") is no payment’s code', () => {
    expect(detect('<body><h1>Error 404</h1><p>This page could not be found.</p></body>', 'https://www.paypal.com/x').kind).toBe('none');
  });
});

describe('a transaction page named by a UUID (batch-11 p25)', () => {
  const page =
    '<body><div class="top"><h1>Corner Shop</h1><div class="amt">£12.10</div><div class="st">Declined</div></div>' +
    '<div class="banner"><b>Insufficient balance</b> There wasn’t enough money in your account.</div></body>';

  it('makes a bare "Declined" the transaction’s status', () => {
    const r = detect(page, 'https://app.revolut.com/transactions/6571a2c4-9b1e-4f0a-a8d3-2f5e7c9b1d40');
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ amount: '12.10', currency: 'GBP', reason: 'insufficient-funds' });
  });

  it('the same card on a page that is no transaction’s stays too weak', () => {
    expect(detect(page, 'https://app.revolut.com/home').kind).toBe('none');
  });
});

describe('causes and fields in Chinese (batch-11 p09, p43)', () => {
  it('a recipient account restricted from receiving (對方帳戶已被限制收款) is the other side', () => {
    const page =
      '<body><div class="s">轉賬失敗</div><div class="msg">對方帳戶已被限制收款，轉賬未能完成。</div><div class="cell"><span>轉賬金額</span><span>¥300.00</span></div></body>';
    expect(detect(page).transaction).toMatchObject({ amount: '300.00', currency: 'CNY', reason: 'declined-by-recipient-or-bank' });
  });

  it('an explorer’s "转账信息" row holds the amount', () => {
    const rows = Array.from(
      { length: 14 },
      (_, i) => `<div class="row"><div class="k">字段${i}</div><div class="v">值${i}</div></div>`,
    ).join('');
    const page =
      '<body><h1>交易详情</h1><div class="row"><div class="k">状态</div><div class="v"><span class="bad">失败</span></div></div>' +
      `${rows}<div class="row"><div class="k">转账信息</div><div class="v">转给 T8FAmj6jD8MZC9WYFnx1z8GjiqgKydnnmu 250 USDT</div></div></body>`;
    const r = detect(page, 'https://tronscan.org/#/transaction/eec8c00846787deac3ff2197c5b8719f94aaaf611037bc57f308dae9d7fd3000');
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ amount: '250', currency: 'USDT' });
  });
});

describe('a bank return code as the status (batch-11 p28)', () => {
  const page = (status: string) =>
    '<body><h1>Transaction details</h1><div class="panel"><div class="type">Add funds · Bank debit (ACH)</div>' +
    `<div class="amt">$900.00 USD</div>${status}<dl><div><dt>Transaction ID</dt><dd>1289040001</dd></div></dl></div></body>`;
  const url = 'https://myaccount.payoneer.com/ma/transactions/1289040001';

  it('"Status: R01" is a return for insufficient funds; "Status" | "R03" a return', () => {
    const r01 = detect(page('<div>Status: <span class="chip">R01</span></div>'), url);
    expect(r01.kind).toBe('failed-transaction');
    expect(r01.transaction).toMatchObject({ id: '1289040001', amount: '900.00', currency: 'USD', reason: 'insufficient-funds' });
    const r03 = detect(page('<div class="kv"><span>Status</span><span>R03</span></div>'), url);
    expect(r03.kind).toBe('failed-transaction');
    expect(r03.transaction?.reason).toBe('unknown');
  });

  it('a code without a status label is no status ("Model R10", a cell "R01")', () => {
    expect(detect(page('<div>Model <span>R10</span></div>'), url).kind).toBe('none');
    expect(detect(page('<table><tr><th>Code</th></tr><tr><td>R01</td></tr></table>'), url).kind).toBe('none');
  });
});
