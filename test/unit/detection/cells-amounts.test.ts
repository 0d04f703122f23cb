import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Rules from batch-04's misses and batch-02 p28 (test/blind/README.md), each cut down from the
// page that needed it: amounts read the way a person reads a transaction, and explorers' errors.

const HISTORY_HEAD = '<thead><tr><th>Date</th><th>Type</th><th>Asset</th><th>Amount</th><th>Fee</th><th>Status</th></tr></thead>';
const row = (date: string, asset: string, amount: string, fee: string, status: string) =>
  `<tr><td>${date}</td><td>Withdrawal</td><td>${asset}</td><td>${amount}</td><td>${fee}</td><td>${status}</td></tr>`;

describe('a table whose column headings name the amount and the asset', () => {
  it('an expanded row reads its amount and asset from the row above it, under the headings (batch-02 p28)', () => {
    const r = detect(
      `<body><main><table>${HISTORY_HEAD}<tbody>${row('03/29', 'BTC', '0.04210000', '0.00000000', 'Success')}` +
        `${row('03/28', 'USD', '2,500.00', '0.00', 'Failure')}` +
        '<tr class="expand"><td colspan="6"><div role="region" aria-label="Withdrawal details"><p><strong>Withdrawal failed.</strong> Upgrade your verification level to withdraw fiat.</p><p>Reference ID: AGB3KW5-YZQ8FB</p></div></td></tr>' +
        `${row('03/25', 'EUR', '900.00', '0.00', 'Success')}</tbody></table></main></body>`,
    );
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: 'AGB3KW5-YZQ8FB', amount: '2500.00', currency: 'USD', reason: 'verification-required' });
  });

  it('links a cell to its heading by `headers` ids and by grid roles', () => {
    const byIds = detect(
      '<body><table><tr><th id="h-a">Amount</th><th id="h-c">Currency</th><th id="h-s">Status</th></tr>' +
        '<tr><td headers="h-a">75.20</td><td headers="h-c">GBP</td><td headers="h-s" class="status">Declined</td></tr></table><p>Reference: PX-55102</p></body>',
    );
    expect(byIds.transaction).toMatchObject({ amount: '75.20', currency: 'GBP' });
    const grid = detect(
      '<body><div role="grid"><div role="row"><div role="columnheader">Coin</div><div role="columnheader">Amount</div><div role="columnheader">Status</div></div>' +
        '<div role="row"><div role="gridcell">USDC</div><div role="gridcell">1,200</div><div role="gridcell"><span class="badge">Failed</span></div></div></div><p>Order ID 99812734</p></body>',
    );
    expect(grid.transaction).toMatchObject({ amount: '1200', currency: 'USDC' });
  });

  it('a fee column is never the amount; a key/value table labels its values by row headers', () => {
    const r = detect(
      '<body><table><tr><th scope="row">Status</th><td class="status">Failed</td></tr><tr><th scope="row">Network fee</th><td>1.00</td></tr>' +
        '<tr><th scope="row">Withdrawal amount</th><td>48.50</td></tr><tr><th scope="row">Currency</th><td>USDT</td></tr></table><p>Txid 7781203</p></body>',
    );
    expect(r.transaction).toMatchObject({ amount: '48.50', currency: 'USDT' });
  });

  it("an alert above a history table keeps its own amount: the table's rows are other transactions", () => {
    const r = detect(
      `<body><div role="alert">Your payment of €19.99 was declined. Reference: PAY-4410023</div><table>${HISTORY_HEAD}<tbody>` +
        `${row('03/20', 'EUR', '500.00', '0.00', 'Success')}${row('03/19', 'EUR', '12.00', '0.00', 'Success')}</tbody></table></body>`,
    );
    expect(r.transaction).toMatchObject({ amount: '19.99', currency: 'EUR' });
  });
});

describe('amounts a person would read as the transaction', () => {
  it('the transferred SOL, not the fee or its dollar equivalent in brackets (batch-04 p05)', () => {
    const r = detect(
      '<body><div><span>Result</span><span class="tag-fail">✕ Fail</span></div><div><span>Error</span><span>Error processing Instruction 2: custom program error: 0x1</span></div>' +
        '<div><span>Fee</span><span>◎0.000085</span><span>($0.01248)</span></div><div><span>Priority Fee</span><span>◎0.00008</span></div>' +
        '<div><span>Main Actions</span><span>Transfer</span><span>2.5 SOL</span><span>($367.05)</span></div></body>',
      'https://solscan.io/tx/5hK9xYp2Bq7',
    );
    expect(r.transaction).toMatchObject({ amount: '2.5', currency: 'SOL' });
  });

  it('a fee shown as a coin amount and its fiat value is skipped whole', () => {
    const r = detect(
      '<body><div><span>Status</span><span class="status">Failed</span></div><div><span>Fee</span><span>0.00086 ETH</span><span>$2.60</span></div><p>Sent 0.4 ETH to 0xabc…</p></body>',
    );
    expect(r.transaction).toMatchObject({ amount: '0.4', currency: 'ETH' });
  });

  it('an address\'s "APT 318" is no Aptos amount; the grand total is what was charged (batch-04 p17)', () => {
    const r = detect(
      '<body><h1>Order Details</h1><p>Order# 112-4821937-5520264</p><div role="alert">We were unable to process your payment. Your card issuer declined the charge.</div>' +
        '<div><p>1612 S Lamar Blvd APT 318</p><p>Austin, TX 78704</p></div><div><span>Item(s) Subtotal:</span><span>$119.99</span><span>Estimated tax:</span><span>$10.00</span>' +
        '<span>Grand Total:</span><span>$129.99</span></div></body>',
    );
    expect(r.transaction).toMatchObject({ amount: '129.99', currency: 'USD' });
    expect(detect('<body><div role="alert">Swap failed.</div><p>Sold 12 OP for 30 ARB</p></body>').transaction).toMatchObject({
      amount: '12',
      currency: 'OP',
    });
  });

  it('the token swapped, its symbol linked apart, over a 0 BNB value (batch-04 p44)', () => {
    const r = detect(
      '<body><div><span>Status:</span><span class="badge">⊗ Fail</span></div><div>Fail with error \'TransferHelper: TRANSFER_FROM_FAILED\'</div>' +
        '<div><span>Transaction Action:</span><span>Swap 1,000</span> <a href="/token/0x55d3">BSC-USD</a> <span>For CAKE</span></div>' +
        '<div><span>Value:</span><span>0 BNB</span><span>($0.00)</span></div><div><span>Transaction Fee:</span><span>0.000042177 BNB</span></div></body>',
      'https://bscscan.com/tx/0x52a8ea7320a08468b597bc2dfa5a2ff634767cf6b3940eb750270d880c0573aa',
    );
    expect(r.transaction).toMatchObject({ amount: '1000', currency: 'BSC-USD', reason: 'network-or-system' });
  });

  it('an "ERC-20 Tokens Transferred" section beats the 0 ETH value', () => {
    const r = detect(
      '<body><div><span>Status:</span><span class="badge">Fail</span></div><div><span>Value:</span><span>0 ETH</span></div>' +
        '<div><span>ERC-20 Tokens Transferred:</span><span>From 0x58… To 0xf6… For 2,000 USDC</span></div></body>',
      'https://etherscan.io/tx/0x4e3a3754410177e6937ef1f84bba68ea139e8d1a2258c5f85db9f1cd715a1bdd',
    );
    expect(r.transaction).toMatchObject({ amount: '2000', currency: 'USDC' });
  });
});

describe("explorers' errors without a stated cause", () => {
  const tron = (footer: string) =>
    '<body><div><span>Result</span><span class="status">✕ FAIL</span></div><div><span>REVERT</span><p>Contract execution failed: REVERT opcode executed.</p></div>' +
    `<div><span>Token Transfers</span><p>Transfer 1,500 USDT from TuF4… to T41t…</p></div><footer><p>${footer}</p></footer></body>`;

  it('a Tron REVERT is the chain\'s doing, and a footer\'s "always verify addresses" no verification hold (batch-04 p25)', () => {
    const r = detect(
      tron('Always verify addresses before sending.'),
      'https://tronscan.org/#/transaction/1dedf6b5211bb3836d449a6743ebb67964e459152c09ba5bbbd41cd5a905743d',
    );
    expect(r.transaction).toMatchObject({ amount: '1500', currency: 'USDT', reason: 'network-or-system' });
  });

  it('"Error: Reverted" beside the status on an explorer (batch-04 p46); a bare "Failed" stays unknown', () => {
    const url = 'https://www.blockchain.com/explorer/transactions/eth/0x5184fccffa8c0ee5a492fe803072bba928d0947af6e30948f54c8998c509cbef';
    const page = (extra: string) =>
      `<body><div><span>Status</span><span class="status">Failed</span>${extra}</div><div><span>Amount</span><span>1.25 ETH</span></div></body>`;
    expect(detect(page('<span>· Error: Reverted</span>'), url).transaction?.reason).toBe('network-or-system');
    expect(detect(page(''), url).transaction?.reason).toBe('unknown');
  });

  it('the same error in a wallet that is no explorer names no cause', () => {
    expect(
      detect('<body><div role="alert">Transaction failed: execution reverted</div><p>Reference: TX-90001</p></body>').transaction?.reason,
    ).toBe('unknown');
  });

  it('a revert for a balance or an allowance is insufficient funds', () => {
    const url = 'https://etherscan.io/tx/0x4e3a3754410177e6937ef1f84bba68ea139e8d1a2258c5f85db9f1cd715a1bdd';
    const page = (error: string) =>
      `<body><div><span>Status:</span><span class="badge">Fail</span></div><div>Fail with error '${error}'</div></body>`;
    expect(detect(page('ERC20: transfer amount exceeds allowance'), url).transaction?.reason).toBe('insufficient-funds');
    expect(detect(page('ERC20: insufficient allowance'), url).transaction?.reason).toBe('insufficient-funds');
  });
});
