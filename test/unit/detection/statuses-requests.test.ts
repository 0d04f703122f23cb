import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Rules from batch-09's misses (test/blind/README.md), each cut down from the page that needed it.

describe("a lone success status is the page's own (batch-09 p30)", () => {
  const receipt = (status: string) =>
    '<body><main class="receipt"><h1 class="amount">$64.18</h1><p>Refund from <b>Brickline Kitchen</b></p>' +
    `<p class="green">${status}</p>` +
    '<p class="small">Your first payment attempt on Nov 28 was declined, and the retry on Dec 1 was charged twice by the merchant. ' +
    'The duplicate charge has now been refunded to your Cash App balance.</p>' +
    '<div class="row"><span>Original payment</span><span>Dec 1, 2026 · $64.18</span></div>' +
    '<div class="row"><span>Identifier</span><span>#D-7QX4WPM2</span></div></main></body>';
  const url = 'https://cash.app/payments/d7qx4wpm2q8r/receipt';

  it('a failure told in the text of a page whose only status says "Completed" is an earlier attempt', () => {
    const r = detect(receipt('Completed'), url);
    expect(r.kind).toBe('none');
    expect(r.signals.join(' ')).toContain('Completed');
  });

  it('the same text under no status, or under a failed one, is still the failure', () => {
    expect(detect(receipt(''), url).kind).toBe('failed-transaction');
    expect(detect(receipt('Declined'), url).kind).toBe('failed-transaction');
  });

  it('a failure said of this transaction is not put aside by the lone status', () => {
    const told = receipt('Completed').replace('Your first payment attempt on Nov 28 was declined', 'This payment was declined');
    expect(detect(told, url).kind).toBe('failed-transaction');
  });

  it('a success word among other status words is no page status', () => {
    const two = receipt('Completed').replace('</main>', '<div class="row"><span>Retry</span><span>Pending</span></div></main>');
    expect(detect(two, url).kind).toBe('failed-transaction');
  });
});

describe('a Bitcoin transaction replaced by fee (batch-09 p11)', () => {
  const own = '2d2a7c7d6a6de2f1399079aa8873faec9248b668d0884600a54ae42f74eee811';
  const other = '8479bbd33f72e6a4464beb7ad01ea3999d03e1cbbf5977859e2b1c869bb28c59';
  const url = `https://www.blockchain.com/explorer/transactions/btc/${own}`;
  const page = (warning: string) =>
    `<body><main><h1>Bitcoin Transaction</h1><div class="sc-warning" role="status">${warning}</div>` +
    `<section><div class="r"><span>ID</span><span>${own}</span></div>` +
    '<div class="r"><span>Amount</span><span>0.04210000 BTC • $4,106.88</span></div>' +
    '<div class="r"><span>Fee</span><span>0.00000846 BTC • $0.83</span></div></section>' +
    `<section><h2>Replacement transaction</h2><div class="r"><span>Hash</span><span>${other}</span></div>` +
    '<div class="r"><span>Status</span><span>Confirmed · Block 927,511</span></div></section></main></body>';

  it('"This unconfirmed transaction was replaced" is a failure, its reason the network', () => {
    const r = detect(
      page(
        '<b>Transaction replaced.</b> This unconfirmed transaction was replaced by a higher-fee transaction that spends the same inputs.',
      ),
      url,
    );
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ amount: '0.04210000', currency: 'BTC', reason: 'network-or-system' });
  });

  it('the hash the URL names is the page\'s own, not the replacement\'s shown under "Hash"', () => {
    const r = detect(page('<b>Transaction replaced.</b> It will never be confirmed.'), url);
    expect(r.transaction?.id).toBe(own);
    // Without the URL naming it, the labelled hash is all there is to go on.
    expect(
      detect(page('<b>Transaction replaced.</b> It will never be confirmed.'), 'https://www.blockchain.com/explorer').transaction?.id,
    ).toBe(other);
  });

  it('a card replaced is no failure', () => {
    expect(detect('<body><div role="status">Your card was replaced. The new card ends in 4821.</div></body>').kind).toBe('none');
  });
});

describe('a reference with two dots (batch-09 p37)', () => {
  const panel = (ref: string) =>
    '<body><div role="region" aria-label="Transaction details"><h1>Google One · 2 TB (Monthly)</h1>' +
    '<div role="alert">Payment declined — your recurring payment couldn\'t be processed.</div>' +
    `<div class="kv"><span>Amount</span><span>$9.99</span></div><div class="kv"><span>Order number</span><span>${ref}</span></div></div></body>`;

  it('keeps "..2" of a renewal\'s order number', () => {
    expect(detect(panel('GPA.3319-4472-0185-66420..2')).transaction?.id).toBe('GPA.3319-4472-0185-66420..2');
  });

  it('keeps a hash shortened for display as shown, never its first half alone (batch-10 p25, p38)', () => {
    expect(detect(panel('A3F8C0D2E91B47...58E1')).transaction?.id).toBe('A3F8C0D2E91B47...58E1');
    expect(detect(panel('0x7b3e…a91c')).transaction?.id).toBe('0x7b3e…a91c');
    // An ellipsis that ends the text, or runs into a sentence, shortens nothing that follows.
    expect(detect(panel('A3F8C0D2E91B47...')).transaction?.id).toBe('A3F8C0D2E91B47');
  });
});

describe('a payment request declined by the one asked to pay (batch-09 p29)', () => {
  const story = (status: string) =>
    '<body><main><div data-testid="story-detail"><p><b>You</b> requested <b>Maya Castellanos</b></p>' +
    '<p class="note">Friday bowling night — your share</p><div class="amount">$27.50</div>' +
    `<p class="declined" role="status">${status}</p>` +
    '<dl><dt>Transaction ID</dt><dd>4178205563390618274</dd></dl><button>Request again</button></div></main></body>';
  const url = 'https://account.venmo.com/story/4178205563390618274';

  it('"Maya declined your request" fails, refused by the other side', () => {
    const r = detect(story('Maya declined your request'), url);
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({
      id: '4178205563390618274',
      amount: '27.50',
      currency: 'USD',
      reason: 'declined-by-recipient-or-bank',
    });
  });

  it('a request for something else declined is no failed transaction', () => {
    expect(detect('<body><div role="status">We declined your request for a higher limit.</div></body>').kind).toBe('none');
    expect(detect('<body><div role="status">Support declined your request to close the account.</div></body>').kind).toBe('none');
  });
});

describe('an order the system cancelled by itself (batch-09 p14)', () => {
  const order = (status: string, sub: string) =>
    `<body><main><div data-bn-type="order-detail"><div class="css-status">${status}</div><div class="css-sub">${sub}</div>` +
    '<div class="css-kv"><span>金额</span><span>¥7,260.00</span></div>' +
    '<div class="css-kv"><span>数量</span><span>1,000.00 USDT</span></div>' +
    '<div class="css-kv"><span>订单号</span><span>22847193650128473344</span></div></div></main></body>';
  const url = 'https://c2c.binance.com/zh-CN/fiatOrderDetail?orderNo=22847193650128473344';

  it('"系统已自动取消该订单" is a failure, with the order\'s fields', () => {
    const r = detect(order('订单已取消', '系统已自动取消该订单：买家未在付款时限（15分钟）内完成付款。'), url);
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: '22847193650128473344', amount: '7260.00', currency: 'CNY' });
  });

  it('an order the reader cancelled is not', () => {
    expect(detect(order('订单已取消', '您已取消该订单。'), url).kind).toBe('none');
  });
});

describe('a deposit not credited (batch-09 p15)', () => {
  const modal = (title: string, text: string) =>
    `<body><main><div class="bn-modal" role="dialog" aria-labelledby="t"><h2 id="t">${title}</h2><p>${text}</p>` +
    '<dl><dt>Amount</dt><dd>2,400 XRP (≈ $5,208.00)</dd>' +
    '<dt>TxID</dt><dd>A3F8C0D2E91B4775D2C6E0F13A9B8C47D5E6F7019A2B3C4D5E6F708192A358E1</dd></dl></div></main></body>';
  const url = 'https://www.binance.com/en/my/wallet/history/deposit-crypto';

  it('"Deposit not credited" in a dialog with its details is a failure', () => {
    const r = detect(
      modal(
        'Deposit not credited',
        'We received an XRP deposit without a Tag/Memo, so it could not be credited to your account automatically.',
      ),
      url,
    );
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({
      id: 'A3F8C0D2E91B4775D2C6E0F13A9B8C47D5E6F7019A2B3C4D5E6F708192A358E1',
      amount: '2400',
      currency: 'XRP',
    });
    expect(detect(modal('Deposit details', 'The deposit could not be credited: the memo was missing.'), url).kind).toBe(
      'failed-transaction',
    );
  });

  it('a deposit not credited yet is waiting, and a question about one is help', () => {
    expect(detect(modal('Deposit details', 'Your deposit has not been credited yet. It needs 12 network confirmations.'), url).kind).toBe(
      'none',
    );
    expect(detect(modal('Deposit not credited?', 'Check the memo and the network you used.'), url).kind).toBe('none');
  });
});

describe("an explorer's token link with its symbol in brackets (batch-09 p04)", () => {
  const tx = '0x26d8ddbaa0f3812d1fcfe07eb9ab978556816caf17e90766923b66dc1966d66f';
  const page = (token: string) =>
    `<body><div class="card"><div class="row"><div>Transaction Hash:</div><div>${tx}</div></div>` +
    '<div class="row"><div>Status:</div><div><span class="u-label--danger">Fail</span></div></div>' +
    '<div class="row"><div>Interacted With (To):</div><div>Contract 0x55d398326f99059ff775485246999027b3197955' +
    '<div class="text-danger">Warning! Error encountered during contract execution [execution reverted: BEP20: transfer amount exceeds balance]</div></div></div>' +
    `<div class="row"><div>Transaction Action:</div><div>Transfer 1,500 <a href="/token/0x55d3">${token}</a> To 0xb34c3c58...7ed6bd02f75aa94d</div></div>` +
    '<div class="row"><div>Value:</div><div>0 BNB <span>($0.00)</span></div></div>' +
    '<div class="row"><div>Transaction Fee:</div><div>0.00003451 BNB <span>($0.02)</span></div></div></div></body>';
  const url = `https://bscscan.com/tx/${tx}`;

  it('"Transfer 1,500" | "BSC-USD (USDT)" is 1500 USDT, not the 0 BNB value', () => {
    expect(detect(page('BSC-USD (USDT)'), url).transaction).toMatchObject({
      amount: '1500',
      currency: 'USDT',
      reason: 'insufficient-funds',
    });
    expect(detect(page('Tether USD (USDT)'), url).transaction).toMatchObject({ amount: '1500', currency: 'USDT' });
    expect(detect(page('BSC-USD'), url).transaction).toMatchObject({ amount: '1500', currency: 'BSC-USD' });
  });

  it('a name with no symbol in brackets is no token', () => {
    expect(detect(page('Binance-Peg token (see details)'), url).transaction).not.toMatchObject({ amount: '1500' });
  });
});
