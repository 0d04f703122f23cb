import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Rules from batch-05's misses (test/blind/README.md), each cut down from the page that needed it:
// a failure stated apart from the row or grid that holds its amount, and assets named apart from
// their numbers.

const HEAD = '<thead><tr><th>Date</th><th>Asset</th><th>Amount</th><th>Fee</th><th>Reference ID</th><th>Status</th></tr></thead>';
const row = (asset: string, amount: string, ref: string, status: string) =>
  `<tr><td>2026-03-12</td><td>${asset}</td><td>${amount}</td><td>0.0015</td><td>${ref}</td><td>${status}</td></tr>`;

describe('a failure stated outside a history table, about one of its rows', () => {
  it("a toast over a history with one failed row reads that row's amount, asset and reference (batch-05 p26, p29)", () => {
    const r = detect(
      '<body><div class="toast" role="alert"><strong>Withdrawal failed</strong><p>Your withdrawal exceeds your daily limit. Upgrade your verification.</p></div>' +
        `<table>${HEAD}<tbody>${row('ETH', '6.50000000', 'FTKZ3Q-NXD4L-7QPEKR', 'Failed')}${row('USD', '85,000.00', 'FR7MPW-2KQ8A-YT5C3D', 'Success')}` +
        `${row('ETH', '12.00000000', 'QHC5TZ-L3M9E-VB2WNA', 'Success')}</tbody></table></body>`,
    );
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: 'FTKZ3Q-NXD4L-7QPEKR', amount: '6.50000000', currency: 'ETH' });
  });

  it('the row whose reference the alert names, among several failed rows (batch-05 p42)', () => {
    const r = detect(
      '<body><div role="alert"><strong>1 wire was returned.</strong> The beneficiary bank returned your wire WR-20260309-884120.</div>' +
        '<p>Checking ••2209 · Available balance <strong>$48,716.25</strong></p>' +
        `<table>${HEAD}<tbody>${row('USD', '$900.00', 'WR-20260301-100200', 'Returned')}${row('USD', '$3,750.00', 'WR-20260302-871905', 'Completed')}` +
        `${row('USD', '$12,400.00', 'WR-20260309-884120', 'Returned')}</tbody></table></body>`,
    );
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({
      id: 'WR-20260309-884120',
      amount: '12400.00',
      currency: 'USD',
      reason: 'declined-by-recipient-or-bank',
    });
  });

  it("an alert naming an amount of its own keeps it, even over a history's one failed row", () => {
    const r = detect(
      '<body><div role="alert">Your payment of €19.99 was declined.</div>' +
        `<table>${HEAD}<tbody>${row('EUR', '500.00', 'PAY-4410023', 'Failed')}${row('EUR', '12.00', 'PAY-4410011', 'Success')}</tbody></table></body>`,
    );
    expect(r.transaction).toMatchObject({ amount: '19.99', currency: 'EUR' });
  });

  it('a row opened in place (role=button, aria-expanded) shows its details as content (batch-05 p08)', () => {
    const list = (expanded: string) =>
      `<body><main><section aria-label="Transactions"><div class="row" role="button" ${expanded}><strong>Continente</strong><small>Declined · 11:42</small>` +
      '<div class="details"><p><strong>Payment declined: insufficient balance</strong></p><dl><dt>Amount</dt><dd>€84.20</dd><dt>Available balance</dt><dd>€61.37</dd></dl></div></div>' +
      '<div class="row"><strong>Coffee</strong><small>09:15</small><div>-€3.40</div></div></section></main></body>';
    const open = detect(list('aria-expanded="true"'));
    expect(open.kind).toBe('failed-transaction');
    expect(open.transaction).toMatchObject({ amount: '84.20', currency: 'EUR', reason: 'insufficient-funds' });
    // A plain button's words are its label, not the page's statement.
    expect(detect(list('')).kind).toBe('none');
  });

  it('a wire that was returned is a failure, in a sentence or by the bank that returned it', () => {
    expect(detect('<body><div role="alert">1 wire was returned.</div></body>').kind).toBe('failed-transaction');
    expect(detect('<body><div role="alert">The beneficiary bank returned your wire.</div></body>').kind).toBe('failed-transaction');
  });

  it("a neighbouring row speaks only for columns the failed row leaves empty (batch-05 p29: the next row's amount is another withdrawal)", () => {
    const r = detect(
      '<body><table><thead><tr><th>Coin</th><th>Amount</th><th>Status</th></tr></thead><tbody>' +
        '<tr><td>USDT</td><td>1,200</td><td><span class="status">Failed</span></td></tr><tr><td>USDT</td><td>500</td><td>Success</td></tr></tbody></table></body>',
    );
    expect(r.transaction).toMatchObject({ amount: '1200', currency: 'USDT' });
  });

  it('an account address (0x and 40 hex digits) under a "TxID" heading is no reference', () => {
    const r = detect(
      '<body><table><thead><tr><th>Amount</th><th>Address / TxID</th><th>Status</th></tr></thead><tbody>' +
        '<tr><td>3,500 USDT</td><td>0x54c2576d8b216fd0fb0d43ab666f70c8f1a63135</td><td class="status">Rejected</td></tr></tbody></table></body>',
    );
    expect(r.transaction?.id).toBeUndefined();
  });
});

describe('assets named apart from their numbers', () => {
  it("a one-row token table under an explorer's failed status: the USDT moved, not the TRX burnt (batch-05 p40)", () => {
    const r = detect(
      '<body><div><span>交易结果</span><span>失败</span></div><div>OUT_OF_ENERGY — 能量不足，合约执行失败</div>' +
        '<div><span>消耗资源</span><span>能量 13,925（燃烧 13.3959 TRX ≈ $3.23）</span></div>' +
        '<h3>通证转账（未执行）</h3><table><tr><th>从</th><th>至</th><th>数量</th><th>通证</th></tr>' +
        '<tr><td>TER776…zYGY</td><td>THKxTv…TCiKg</td><td>1,000</td><td>USDT (TRC20)</td></tr></table></body>',
      'https://tronscan.org/#/transaction/c3a785c7a4f91944fa3883fbaf942ff5a1f373f519af4f48a96a84f490e1a528',
    );
    expect(r.transaction).toMatchObject({ amount: '1000', currency: 'USDT', reason: 'network-or-system' });
  });

  it("a receipt's table of one data row under the failure is that transaction; a history of two rows is not (batch-05 p15)", () => {
    const receipt = (rows: string) =>
      '<body><div role="alert">付款失败，交易已关闭。失败原因：账户余额不足。</div>' +
      `<table><tr><th>创建时间</th><th>交易号</th><th>金额</th><th>状态</th></tr>${rows}</table></body>`;
    const one = '<tr><td>2026.03.11 20:37</td><td>2026031122001482561402377651</td><td>- 1,280.00</td><td>交易关闭</td></tr>';
    const r = detect(receipt(one), 'https://consumeprod.alipay.com/record/detail/simpleDetail.htm');
    expect(r.transaction).toMatchObject({
      id: '2026031122001482561402377651',
      amount: '1280.00',
      currency: 'CNY',
      reason: 'insufficient-funds',
    });
    const other = '<tr><td>2026.03.10 09:12</td><td>2026031022001482561402300001</td><td>- 35.00</td><td>交易成功</td></tr>';
    const two = detect(receipt(one + other), 'https://consumeprod.alipay.com/record/detail/simpleDetail.htm');
    expect(two.transaction?.amount).toBeUndefined();
  });

  it('a row of field names over a row of values, without a table (batch-05 p22, p28, p31)', () => {
    const grid = (names: string[], values: string[]) =>
      `<div class="grid">${names.map((n) => `<div>${n}</div>`).join('')}${values.map((v) => `<div>${v}</div>`).join('')}</div>`;
    const send = detect(
      `<body><div role="alert">Send failed.</div>${grid(['Amount', 'Asset', 'Network', 'Network fee'], ['250.00', 'USDC', 'Polygon', '0.02 USDC'])}` +
        '<div><span>Value</span><span>$250.00</span></div></body>',
      'https://www.coinbase.com/assets/USDC',
    );
    expect(send.transaction).toMatchObject({ amount: '250.00', currency: 'USDC' });
    const zh = detect(
      `<body><div role="alert">提币失败：网络拥堵，交易已被丢弃。</div>${grid(['币种', '提币数量', '手续费', '估值'], ['ETH', '0.5', '0.00035 ETH', '≈ $1,650.22'])}</body>`,
    );
    expect(zh.transaction).toMatchObject({ amount: '0.5', currency: 'ETH' });
    const checkout = detect(
      `<body><div role="alert">Payment expired</div>${grid(['Amount', 'Pay with', 'Rate (locked)'], ['129.99 USD', '1,482.53 CRO', '1 CRO = 0.08768 USD'])}</body>`,
    );
    expect(checkout.transaction).toMatchObject({ amount: '129.99', currency: 'USD' });
  });

  it('a section heading before the names does not shift the grid (batch-05 p11)', () => {
    const r = detect(
      '<body><div role="alert">We couldn\'t complete this withdrawal.</div><h2>Amount</h2><div role="table">' +
        '<div role="columnheader">Amount</div><div role="columnheader">Currency</div><div role="columnheader">Fee</div>' +
        '<div role="cell">3,200.00</div><div role="cell">USD</div><div role="cell">USD 0.00</div></div></body>',
    );
    expect(r.transaction).toMatchObject({ amount: '3200.00', currency: 'USD' });
  });

  it('short texts that are no field names form no grid (batch-05 p03: "You paid" in a feed)', () => {
    const r = detect(
      '<body><div role="alert">Payment declined. We declined your $45.00 payment to Jordan.</div>' +
        '<h3>Recent</h3><div><span>You paid </span><span>Priya</span><span> · 2d</span><span>Concert</span><span>- $62.00</span></div></body>',
    );
    expect(r.transaction).toMatchObject({ amount: '45.00', currency: 'USD' });
  });

  it('a code set apart after its number is its currency (batch-05 p33)', () => {
    const r = detect(
      '<body><div role="alert">Swap failed. execution reverted: INSUFFICIENT_OUTPUT_AMOUNT</div>' +
        '<div><span>You pay</span><span>0.5</span><span>ETH</span></div><div>$1,650.22 · Balance: 0.7412 ETH</div></body>',
    );
    expect(r.transaction).toMatchObject({ amount: '0.5', currency: 'ETH' });
  });

  it('a balance named at the end of the text before an amount is no amount', () => {
    const r = detect(
      '<body><p>Your transfer was declined by the receiving bank.</p><p>Business Checking ••2209 · Available balance <strong>$48,716.25</strong></p><p>Sent $120.00 to Solano</p></body>',
    );
    expect(r.transaction?.amount).not.toBe('48716.25');
  });
});
