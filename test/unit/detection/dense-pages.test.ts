import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Rules from batch-12's misses (test/blind/README.md): desktop pages dense with numbers — order
// histories with expanded rows, detail panels with many amounts. Fixtures in words of their own.

describe('expanded rows in an order history (batch-12 p03)', () => {
  const row = (status: string, i: number) =>
    `<tr><td>2024-05-1${i} 10:00</td><td>ETH/USDT</td><td>限价</td><td>0.5</td><td>${status}</td></tr>`;
  const detail = (text: string) => `<tr class="sub"><td colspan="5">▼ ${text}</td></tr>`;
  const table = (body: string) =>
    `<body><table><thead><tr><th>时间</th><th>交易对</th><th>类型</th><th>数量</th><th>状态</th></tr></thead><tbody>${body}</tbody></table></body>`;
  const url = 'https://www.binance.com/zh-CN/my/orders/exchange/tradeorder';

  it('a history that shows the details of several rows at once is still a history', () => {
    const body =
      row('部分成交 / 已撤销', 1) +
      detail('成交明细：成交 0.2 ETH，剩余部分由用户撤销。') +
      row('完全成交', 2) +
      row('已拒绝', 3) +
      detail('拒绝原因：只挂单委托会立即成交，系统已拒绝该委托。') +
      row('完全成交', 4);
    expect(detect(table(body), url).kind).toBe('none');
  });

  it('the one row the reader opened is that order’s failure', () => {
    const body =
      row('完全成交', 1) +
      row('已拒绝', 3) +
      detail('拒绝原因：只挂单委托会立即成交，系统已拒绝该委托。委托编号 88120045') +
      row('完全成交', 4);
    expect(detect(table(body), url).kind).toBe('failed-transaction');
  });

  it('cards with headings on a detail page are its sections, not rows printed in full (batch-12 p32)', () => {
    const page =
      '<body><div class="card"><h2>退款失败</h2><div class="err">失败原因：商户账户可用余额不足，退款未能完成。</div></div>' +
      '<div class="card"><h3>退款信息</h3><div class="desc"><div><span>退款请求号</span>RF20240523100001</div><div><span>退款金额</span>120.00 元</div></div></div>' +
      '<div class="card"><h3>原交易信息</h3><div class="desc"><div><span>订单金额</span>300.00 元</div><div><span>已退款金额</span>0.00 元</div></div></div></body>';
    const r = detect(page, 'https://mbillexprod.alipay.com/enterprise/refundDetail.htm?refundNo=RF20240523100001');
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: 'RF20240523100001', amount: '120.00', currency: 'CNY', reason: 'insufficient-funds' });
  });
});

describe('references and amounts among many numbers (batch-12 p04, p21, p24)', () => {
  it('"<name> ID" is a reference when nothing better is near, never a user’s or an account’s', () => {
    const panel = (label: string) =>
      `<body><div role="dialog"><div class="err"><b>Failed</b> — Order failed. Insufficient USDC balance.</div><dl><dt>${label}</dt><dd>694218837251563520</dd><dt>Amount</dt><dd>1.2 ETH</dd></dl></div></body>`;
    expect(detect(panel('Algo ID')).transaction?.id).toBe('694218837251563520');
    expect(detect(panel('User ID')).transaction?.id).toBeUndefined();
    expect(detect(panel('Account ID')).transaction?.id).toBeUndefined();
  });

  it('a refund’s amount is labelled "Refund amount", nearer than the original payment’s gross', () => {
    const page =
      '<body><div class="alert"><b>This refund couldn’t be completed.</b> Your balance wasn’t enough to cover the refund.</div>' +
      '<table><tr><td>Refund amount</td><td>$40.00 USD</td></tr><tr><td>Balance at time of refund</td><td>$3.10 USD</td></tr></table>' +
      '<h3>Original payment</h3><table><tr><td>Gross amount</td><td>$90.00 USD</td></tr><tr><td>Net amount</td><td>$86.50 USD</td></tr></table></body>';
    expect(detect(page, 'https://www.paypal.com/activity/payment/3WJ58017HG2900001').transaction).toMatchObject({
      amount: '40.00',
      currency: 'USD',
    });
  });

  it('a number that ends a handle or a code is no amount ("@Mei-Chen-27", "ORD_2024")', () => {
    const page = (who: string) =>
      `<body><div class="card"><div>You paid <b>Mei Chen</b> (${who})</div><div class="big">- $350.00</div>` +
      '<div class="fail"><b>Payment failed.</b> We need to verify your identity before you can send this payment.</div>' +
      '<div class="kv"><span>Status</span><span>Failed</span></div><div class="kv"><span>Fee</span><span>$0.00</span></div></div></body>';
    for (const who of ['@Mei-Chen-27', 'ref ORD_2024'])
      expect(detect(page(who), 'https://account.venmo.com/story/4073289125846100001').transaction, who).toMatchObject({
        amount: '350.00',
        currency: 'USD',
      });
  });
});

describe('a verification that timed out (batch-12 p05)', () => {
  it('is a verification failure, not the network', () => {
    for (const line of ['验证超时，提币失败，资产已退回', 'Withdrawal failed: identity verification timed out.']) {
      const r = detect(`<body><div role="alert">${line}</div><dl><dt>提币金额</dt><dd>800 USDT</dd></dl></body>`);
      expect(r.transaction?.reason, line).toBe('verification-required');
    }
  });
});
