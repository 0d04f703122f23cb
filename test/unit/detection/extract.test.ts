import { describe, expect, it } from 'vitest';
import { currencyFor, findMoney, normalizeNumber } from '../../../lib/detection/money';
import { detect } from './helpers';

describe('amounts as displayed', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['¥1,280.00', '1280.00', 'CNY'],
    ['￥58.00', '58.00', 'CNY'],
    ['-$45.00', '45.00', 'USD'],
    ['$-45.00', '45.00', 'USD'],
    ['−£23.40', '23.40', 'GBP'],
    ['+€1,024.75', '1024.75', 'EUR'],
    ['1.280,00 €', '1280.00', 'EUR'],
    ['1 280,00 €', '1280.00', 'EUR'],
    ['1\u202f280,00\u00a0€', '1280.00', 'EUR'],
    ['1.280 €', '1280', 'EUR'],
    ['0.5 ETH', '0.5', 'ETH'],
    ['0.50000 ETH', '0.50000', 'ETH'],
    ['1.280 ETH', '1.280', 'ETH'],
    ['1,000 USDT', '1000', 'USDT'],
    ['12,345,678.9 TRX', '12345678.9', 'TRX'],
    ['USD 3,400.00', '3400.00', 'USD'],
    ['45.00 USD', '45.00', 'USD'],
    ['1,280.00 元', '1280.00', 'CNY'],
    ['1280元', '1280', 'CNY'],
    ['人民币 3,600.00 元', '3600.00', 'CNY'],
    ['RMB 88.5', '88.5', 'CNY'],
    ['A$19.99', '19.99', 'AUD'],
    ['C$5', '5', 'CAD'],
    ['HK$1,200', '1200', 'HKD'],
    ['US$17.25', '17.25', 'USD'],
    ['NT$1,200', '1200', 'TWD'],
    ['₹2,499', '2499', 'INR'],
    ['250 POL', '250', 'POL'],
    ['10 MATIC', '10', 'MATIC'],
    ['0.015 BTC', '0.015', 'BTC'],
    ['2 SOL', '2', 'SOL'],
    ['1.75 BNB', '1.75', 'BNB'],
    ['100 USDC', '100', 'USDC'],
    ["CHF 1'250.50", '1250.50', 'CHF'],
    ['1,28 €', '1.28', 'EUR'],
  ];
  for (const [shown, amount, currency] of cases) {
    it(`${shown} → ${amount} ${currency}`, () => {
      const m = findMoney(`Amount: ${shown} (incl. fees)`);
      expect(m?.amount).toBe(amount);
      expect(m?.currency).toBe(currency);
    });
  }

  it('takes the first amount: the token before its fiat value', () => {
    expect(findMoney('0.5 ETH ($1,734.62)')).toMatchObject({ amount: '0.5', currency: 'ETH' });
  });

  it('no currency marker, no amount (years, counts, ids)', () => {
    expect(findMoney('Block 21094771, 2026-11-26, 3 confirmations')).toBeNull();
    expect(findMoney('USDT')).toBeNull();
  });

  it('¥ is yen on a yen site, $ follows a dollar default', () => {
    expect(currencyFor('¥', 'JPY')).toBe('JPY');
    expect(currencyFor('¥', 'CNY')).toBe('CNY');
    expect(currencyFor('¥')).toBe('CNY');
    expect(currencyFor('$', 'CAD')).toBe('CAD');
    expect(currencyFor('$', 'EUR')).toBe('USD');
    expect(currencyFor('円')).toBe('JPY');
  });

  it('normalizeNumber keeps the decimals and drops grouping', () => {
    expect(normalizeNumber('1,280.00')).toBe('1280.00');
    expect(normalizeNumber('1.280,00')).toBe('1280.00');
    expect(normalizeNumber('0,5')).toBe('0.5');
    expect(normalizeNumber('1,234,567')).toBe('1234567');
    expect(normalizeNumber('abc')).toBeNull();
  });
});

const failed = (body: string) => `<body><div role="alert">Payment failed</div>${body}</body>`;

describe('transaction fields from a failed page', () => {
  it('prefers the labelled amount over fees and balances', () => {
    const r = detect(failed('<p>Available balance: $5,000.00</p><dl><dt>Fee</dt><dd>$2.99</dd><dt>Amount</dt><dd>$45.00</dd></dl>'));
    expect(r.transaction).toMatchObject({ amount: '45.00', currency: 'USD' });
  });

  it('an amount inside the failure message', () => {
    const r = detect('<body><p>Balance: €900.00</p><div role="alert">Your transfer of €250.00 to Ana could not be completed.</div></body>');
    expect(r.transaction).toMatchObject({ amount: '250.00', currency: 'EUR' });
  });

  it('Chinese labels: 金额, 订单号, 交易号, 流水号; merchant order numbers rank lower', () => {
    const r = detect(
      '<body><h2>支付失败</h2><ul><li>商户订单号：M2026112600001</li><li>付款金额：￥1,280.00</li><li>交易号：2026112622001400001234</li></ul></body>',
      'https://consumeprod.alipay.com/record/detail.htm',
    );
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ id: '2026112622001400001234', amount: '1280.00', currency: 'CNY' });
    const flow = detect('<body><p class="status">交易失败</p><p>流水号</p><p>LS88001234</p><p>金额 88.00 元</p></body>');
    expect(flow.transaction).toMatchObject({ id: 'LS88001234', amount: '88.00', currency: 'CNY' });
  });

  it('English reference labels, ids exactly as displayed', () => {
    const cases: Array<[string, string]> = [
      ['Transaction ID: 8KX12345AB6789012', '8KX12345AB6789012'],
      ['Reference: RV-8830-2175-6619', 'RV-8830-2175-6619'],
      ['Order number 1849372051846672384', '1849372051846672384'],
      ['Confirmation code: GPA.3391-0482-7719-11854', 'GPA.3391-0482-7719-11854'],
      ['Ref: CDC-TX-55091-8842', 'CDC-TX-55091-8842'],
      ['Transfer #1187345520', '1187345520'],
    ];
    for (const [line, id] of cases) {
      const r = detect(failed(`<p>${line}</p><p>Date: 2026-11-26</p>`));
      expect(r.transaction?.id, line).toBe(id);
    }
  });

  it('dates and words are not ids', () => {
    const r = detect(failed('<p>Reference</p><p>2026-11-26</p><p>Order</p><p>pending review</p>'));
    expect(r.transaction?.id).toBeUndefined();
  });

  it('explorer hashes: EVM (0x + 64 hex), Tron (64 hex), Solana (base58, 87-88)', () => {
    const evm = '0x4e3a3754410177e6937ef1f84bba68ea139e8d1a2258c5f85db9f1cd715a1bdd';
    const r1 = detect(
      `<body><div>Status:</div><div><span class="badge">Fail</span></div><p>${evm}</p><p>From 0x8ba1f109551bD432803012645Ac136ddd64DBA72</p></body>`,
    );
    expect(r1.transaction?.id).toBe(evm);
    const tron = '91d7c3e4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a';
    const r2 = detect(`<body><table><tr><th>Hash:</th><td>${tron}</td></tr><tr><th>Result:</th><td>FAILED</td></tr></table></body>`);
    expect(r2.transaction?.id).toBe(tron);
    const sol = '3vZ67CvE1rLq2PwFJ3fE5tB1yqk6eZuN8oXJmNcF4sGhT9wRbD2aKp7LmQe8yHcUj5VxWz3nBtYr6fGdSa1HpQk';
    const r3 = detect(`<body><div>Result</div><div class="text-red-600">Fail</div><div>${sol}</div></body>`);
    expect(r3.transaction?.id).toBe(sol);
  });

  it('an explorer tx URL supplies the hash when the page shows none', () => {
    const hash = '0xa7f4e2c91b03d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e';
    const r = detect('<body><div>Status:</div><div>Fail</div></body>', `https://bscscan.com/tx/${hash}`);
    expect(r).toMatchObject({ kind: 'failed-transaction', siteId: 'bscscan', transaction: { id: hash } });
  });

  it("the site's default currency fills in a bare labelled amount", () => {
    const r = detect('<body><h2 class="title">转账失败</h2><p>转账金额</p><p>500.00</p></body>', 'https://www.alipay.com/x');
    expect(r.transaction).toMatchObject({ amount: '500.00', currency: 'CNY' });
  });

  it("message is one element's text, trimmed, not the page", () => {
    const r = detect(`<body><p>${'Intro text. '.repeat(200)}</p><div role="alert">\n   Withdrawal failed: network error.  \n</div></body>`);
    expect(r.transaction?.message).toBe('Withdrawal failed: network error.');
  });
});
