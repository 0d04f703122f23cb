import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Rules from batch-07's misses (test/blind/README.md), each cut down from the page that needed it:
// a detail panel in an <aside> built of div rows, a cancellation stated with its cause, a risk
// hold, a bilingual field name, and amounts on explorers and wallets beside their fiat worth.

describe('an <aside> detail panel in div markup (batch-07 p38)', () => {
  const list =
    '<section aria-label="Transactions"><div class="item" role="option"><div>Pret A Manger<br><span class="declined">Declined</span></div><div>£12.00</div></div>' +
    '<div class="item" role="option"><div>Tesco Express<br><small>Card payment</small></div><div>-£23.18</div></div></section>';
  const rows =
    '<div class="row"><span>Status</span><span>Declined</span></div><div class="row"><span>Card</span><span>Visa ·· 3087 (virtual)</span></div>' +
    '<div class="row"><span>Date</span><span>16 Nov 2024, 08:14</span></div><div class="row"><span>Category</span><span>Restaurants</span></div>';
  const panel =
    '<div>Pret A Manger · London</div><div class="amount">£12.00</div><div class="declined">Declined: Insufficient balance</div>' +
    '<p>This card payment was declined because your GBP balance was too low at the time.</p>';
  const url = 'https://app.revolut.com/transactions';

  it('rows of "name | value" make an aside a detail panel', () => {
    const r = detect(`<body><main>${list}<aside class="panel">${panel}${rows}</aside></main></body>`, url);
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ amount: '12.00', currency: 'GBP', reason: 'insufficient-funds' });
  });

  it('so does a name that says details', () => {
    expect(detect(`<body><main>${list}<aside aria-label="Transaction details">${panel}</aside></main></body>`, url).kind).toBe(
      'failed-transaction',
    );
    expect(detect(`<body><main>${list}<aside aria-label="交易详情">${panel}</aside></main></body>`, url).kind).toBe('failed-transaction');
  });

  it('a sidebar of links and news is still no content', () => {
    const side =
      '<ul class="links"><li>Related</li><li>Why was my card declined?</li><li>Fees</li></ul>' +
      '<p>This card payment was declined because your GBP balance was too low at the time.</p>';
    expect(detect(`<body><main>${list}<aside class="sidebar">${side}</aside></main></body>`, url).kind).toBe('none');
  });
});

describe('a cancellation stated with its cause (batch-07 p43)', () => {
  const page = (alert: string) =>
    '<body><main><div>转给 李文静</div><h1>500.00 USD</h1><div>≈ 3,541.80 CNY</div>' +
    `<div class="np-status" role="alert">${alert}</div>` +
    '<div class="np-row"><span>您发送</span><span>500.00 USD</span></div><div class="np-row"><span>转账编号</span><span>#1048263751</span></div></main></body>';

  it('a cancellation as the consequence of a cause is a failure, with that cause as the reason', () => {
    const r = detect(page('<b>转账已取消</b><br>我们需要核实您的身份，但在截止日期前没有收到所需的文件，因此已取消此笔转账。'));
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: '1048263751', amount: '500.00', currency: 'USD', reason: 'verification-required' });
    expect(detect(page('由于收款账户信息有误，订单已被取消。')).kind).toBe('failed-transaction');
    expect(detect(page('订单已取消，原因：风控审核未通过。')).kind).toBe('failed-transaction');
    const en = detect(page('We could not verify your identity in time, so we cancelled this transfer.'));
    expect(en.transaction?.reason).toBe('verification-required');
    expect(detect(page('Your documents did not arrive in time. As a result, your transfer was cancelled.')).kind).toBe(
      'failed-transaction',
    );
  });

  it('a cancellation alone, or one the reader asked for, is none', () => {
    expect(detect(page('<b>转账已取消</b>')).kind).toBe('none');
    expect(detect(page('由于您主动申请，此笔转账已取消。')).kind).toBe('none');
    expect(detect(page('Transfer cancelled. You cancelled this transfer on 28 October.')).kind).toBe('none');
  });
});

describe('a hold for risk or identity is verification-required (batch-07 p18, p43)', () => {
  const card = (note: string) =>
    '<body><div class="record-card"><div class="hd"><b>ETH 提币</b><span class="tag-cancel">已撤销</span></div>' +
    `<p>${note}</p><div class="kv"><span>数量</span><span>0.5 ETH</span><span>提币订单号</span><span>1181204467</span></div></div></body>`;
  const url = 'https://www.okx.com/zh-hans/balance/recharge-withdraw-history?type=withdraw';

  it('an address or account flagged as high-risk', () => {
    const r = detect(card('由于该提币地址被识别为高风险地址，为保障您的资产安全，平台已撤销本次提币申请，资金已退回至资金账户。'), url);
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: '1181204467', amount: '0.5', currency: 'ETH', reason: 'verification-required' });
    expect(detect(card('Withdrawal cancelled: the destination address was flagged as high-risk.'), url).transaction?.reason).toBe(
      'verification-required',
    );
  });

  it('identity to be checked (核实您的身份) or proof of identity asked for', () => {
    expect(detect(card('平台需要核实您的身份，已撤销本次提币申请。'), url).transaction?.reason).toBe('verification-required');
    expect(detect(card('已撤销本次提币申请，请联系在线客服提交身份证明材料。'), url).transaction?.reason).toBe('verification-required');
    // Without a cause the reason stays unknown.
    expect(detect(card('平台已撤销本次提币申请，资金已退回至资金账户。'), url).transaction?.reason).toBe('unknown');
  });
});

describe('a field name given in two languages (batch-07 p36)', () => {
  const page = (name: string) =>
    '<body><main><h1>提款至银行账户 / Withdraw to bank</h1><span class="status-chip">已退回 Returned</span>' +
    '<div class="msg-box">提款失败：收款银行退回了此笔款项（Beneficiary bank rejected: account name mismatch）。</div>' +
    '<div class="detail-grid"><span class="lbl">提款金额 Amount</span><span>USD 2,000.00</span>' +
    `<span class="lbl">${name}</span><span>WD-7731094825</span>` +
    '<span class="lbl">提交时间 Submitted</span><span>2024-11-04 10:12 (GMT+8)</span></div></main></body>';
  const url = 'https://myaccount.payoneer.com/ma/withdraw/history/details';

  it('the value after "交易编号 Transaction ID" is the reference', () => {
    for (const name of ['交易编号 Transaction ID', 'Transaction ID 交易编号', 'Reference no. / 参考号', '交易编号'])
      expect(detect(page(name), url).transaction, name).toMatchObject({ id: 'WD-7731094825', amount: '2000.00', currency: 'USD' });
  });

  it('a sentence after the name is no name', () => {
    const r = detect(page('Transaction ID: see the e-mail we sent you.'), url);
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction?.id).toBeUndefined();
  });
});

describe('amounts on explorers and wallets beside their parties and their fiat worth', () => {
  it("an explorer's token transfer names its parties before the tokens (batch-07 p08)", () => {
    const page = (parties: string) =>
      '<body><div class="card"><div class="detail-item"><span class="label">结果</span><span><span class="tx-status-tag status-fail">FAIL</span>' +
      '<div class="result-box">交易执行失败：能量不足（OUT_OF_ENERGY）。</div></span></div>' +
      '<div class="detail-item"><span class="label">状态</span><span>已确认 <span>已由 19+ 个超级代表确认</span></span></div>' +
      '<div class="detail-item"><span class="label">区块</span><span><a>66234981</a></span></div>' +
      '<div class="detail-item"><span class="label">时间</span><span>2024-10-25 14:02:18 (UTC+8)</span></div>' +
      '<div class="detail-item"><span class="label">资源消耗与手续费</span><span>13.7946 TRX</span></div>' +
      '<div class="detail-item"><span class="label">合约类型</span><span>TriggerSmartContract</span></div>' +
      '<div class="detail-item"><span class="label">调用方法</span><span>transfer(address _to, uint256 _value)</span></div>' +
      '<div class="detail-item"><span class="label">发送方</span><span><a>TRp8NTA96Q4q8nRm6by2k3zzupvP9Ky5LL</a></span></div>' +
      `<div class="detail-item"><span class="label">通证转账</span><span>${parties} <b>1,000 USDT</b> <span>≈ $999.80</span></span></div></div></body>`;
    const url = 'https://tronscan.org/#/transaction/ffb4b35e62f2e110160188ec7a440d0bf6da14d9a12d424674c5f0244ffd3dd6';
    for (const parties of [
      '从 TRp8NT...Ky5LL 至 <a href="#/address/T">TyCMgX...uEJY72</a>',
      'From <a>0x89bb24…2766b1</a> To <a>0xe9a602…6207dc</a>',
      '从 TRp8NTA96Q4q8nRm6by2k3zzupvP9Ky5LL 至 <a>TyCMgXxyjo3T6HZn6hqRu9McbYXZuEJY72</a>',
    ])
      expect(detect(page(parties), url).transaction, parties).toMatchObject({
        amount: '1000',
        currency: 'USDT',
        reason: 'network-or-system',
      });
    // A number among the parties' words is no party: without one, the fee is not taken for the amount.
    expect(detect(page('to block 66234981 after'), url).transaction?.amount).not.toBe('13.7946');
  });

  it('a coin\'s price in the header with a colon ("POL: $0.3421") is no amount (batch-07 p29)', () => {
    const page = (header: string) =>
      `<body><div id="header">PolygonScan <span>${header} · Gas: 32 Gwei</span></div><main>` +
      '<div class="row"><div>Status:</div><div><span class="u-label--danger">Fail</span> <span>Fail with error \'ERC20: transfer amount exceeds balance\'</span></div></div>' +
      '<div class="row"><div>Block:</div><div>64102877</div></div><div class="row"><div>From:</div><div>0x89bb243ef073a9bf509cacfd9c4694479d2766b1</div></div>' +
      '<div class="row"><div>Transaction Action:</div><div>Transfer 150 USDC to 0xe9a602510de7e38c2d653520995edb22966207dc</div></div>' +
      '<div class="row"><div>Value:</div><div>0 POL ($0.00)</div></div></main></body>';
    const url = 'https://polygonscan.com/tx/0xcee3d85b76484f6d2005218794e6db861e475005a38fe9e907098c042e3f4e14';
    expect(detect(page('POL: $0.3421'), url).transaction).toMatchObject({ amount: '150', currency: 'USDC', reason: 'insufficient-funds' });
    expect(detect(page('POL $0.3421'), url).transaction).toMatchObject({ amount: '150', currency: 'USDC' });
  });

  it("a fiat amount right under a coin's amount is its worth (batch-07 p45)", () => {
    const page =
      '<body><aside class="flyout" role="dialog"><div>Sent Ethereum</div><h2>0.3 ETH</h2><div>$986.41</div>' +
      '<div class="err" role="alert">Transaction failed. The fee was too low and it was dropped from the mempool.</div>' +
      '<div class="kv"><span>Network fee</span><span>0.00012 ETH ($0.39)</span></div></aside></body>';
    expect(detect(page).transaction).toMatchObject({ amount: '0.3', currency: 'ETH', reason: 'network-or-system' });
    // A fiat amount under another fiat amount is no worth of a coin: the nearest is taken as before.
    const fiat = page.replace('0.3 ETH', '€912.00');
    expect(detect(fiat).transaction).toMatchObject({ amount: '986.41', currency: 'USD' });
  });
});
