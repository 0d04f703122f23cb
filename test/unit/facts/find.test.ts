import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/facts/datetime';
import { findFacts } from '@/lib/facts/find';
import { readSegments } from '@/lib/facts/read';
import { recheckFacts } from '@/lib/facts/schema';

const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
const factsOf = (body: string, url = 'https://etherscan.io/tx/x') => findFacts(readSegments(page(body)), url, null);

const TX = '0x3f1ad0b5e4bd3c14b4f6a7e8a3f0a62f22c2c5c8de8b3c8ab4a0f0e8b0f5d9a1';
const GOOD = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
const BAD = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD';

describe('facts from a page', () => {
  it('reads a transaction page: hash, addresses, amount, date, each with its label', () => {
    const facts = factsOf(`
      <h1>Transaction Details</h1>
      <dl>
        <dt>Transaction Hash:</dt><dd>${TX}</dd>
        <dt>Timestamp:</dt><dd>Nov-26-2026 is shown as 2026-11-26 14:03:22 (UTC)</dd>
        <dt>From:</dt><dd>${GOOD}</dd>
        <dt>To:</dt><dd>${BAD}</dd>
        <dt>Value:</dt><dd>0.75 ETH ($2,310.40)</dd>
      </dl>`);
    expect(facts).toContainEqual({ type: 'transaction-id', value: TX, network: 'evm', where: 'Transaction Hash' });
    expect(facts).toContainEqual({ type: 'address', value: GOOD, network: 'evm', valid: true, where: 'From' });
    expect(facts).toContainEqual({ type: 'address', value: BAD, network: 'evm', valid: false, where: 'To' });
    expect(facts).toContainEqual({ type: 'amount', value: '0.75', currency: 'ETH', where: 'Value' });
    expect(facts).toContainEqual({
      type: 'datetime',
      value: '2026-11-26 14:03:22 (UTC)',
      iso: '2026-11-26T14:03:22+00:00',
      where: 'Timestamp',
    });
    expect(facts).toContainEqual({ type: 'url', value: 'https://etherscan.io/tx/x', where: 'address bar' });
  });

  it('reads references and counterparties from support mail and tables, in English and Chinese', () => {
    const facts = factsOf(`
      <h2>Your request</h2>
      <p>Thanks for contacting us. Your case number is PP-D-48213377. We will reply within 10 days.</p>
      <table><thead><tr><th>Date</th><th>Recipient</th><th>Amount</th></tr></thead>
      <tbody><tr><td>Nov 26, 2026, 2:03 PM PST</td><td>Harbor Lane Goods</td><td>$45.00 USD</td></tr></tbody></table>
      <div><span>工单号：WT-88123</span></div>
      <div><span>收款方</span><span>杭州某某贸易有限公司</span></div>`);
    expect(facts).toContainEqual({ type: 'reference', value: 'PP-D-48213377', where: 'under "Your request"' });
    expect(facts).toContainEqual({ type: 'reference', value: 'WT-88123', where: '工单号' });
    expect(facts).toContainEqual({ type: 'counterparty', value: 'Harbor Lane Goods', where: 'Recipient' });
    expect(facts).toContainEqual({ type: 'counterparty', value: '杭州某某贸易有限公司', where: '收款方' });
    expect(facts).toContainEqual({ type: 'amount', value: '45.00', currency: 'USD', where: 'Amount' });
    expect(facts).toContainEqual({ type: 'datetime', value: 'Nov 26, 2026, 2:03 PM PST', iso: '2026-11-26T14:03:00-08:00', where: 'Date' });
  });

  it('adds the detector’s reading the parsers missed and keeps one fact per value', () => {
    const doc = page(`<p>Reference: 9X1234567A</p><p>Reference: 9X1234567A</p><p>Order 7Y0000001B failed</p>`);
    const facts = findFacts(readSegments(doc), 'https://www.paypal.com/x', {
      kind: 'failed-transaction',
      siteId: 'paypal',
      signals: [],
      transaction: { id: '7Y0000001B', amount: '45.00', currency: 'USD', reason: 'unknown' },
    });
    expect(facts.filter((f) => f.where === 'detector')).toEqual([
      { type: 'transaction-id', value: '7Y0000001B', where: 'detector' },
      { type: 'amount', value: '45.00', currency: 'USD', where: 'detector' },
    ]);
    expect(facts.filter((f) => f.value === '9X1234567A' && f.type === 'reference')).toHaveLength(1);
  });

  it('never reads hidden text, scripts or password fields', () => {
    const facts = factsOf(`<script>var a="${GOOD}"</script><div hidden>${TX}</div><input type="password" readonly value="${GOOD}">`);
    expect(facts.filter((f) => f.type !== 'url')).toEqual([]);
  });

  it('keeps a mistyped address as invalid, in a labelled field, and re-judges what a page claims', () => {
    const facts = factsOf(`<dl><dt>Recipient address</dt><dd>1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3</dd></dl>`);
    expect(facts).toContainEqual({
      type: 'address',
      value: '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3',
      network: 'bitcoin',
      valid: false,
      where: 'Recipient address',
    });
    const lying = recheckFacts([
      { type: 'address', value: BAD, network: 'bitcoin', valid: true },
      { type: 'address', value: 'not an address', valid: true },
    ]);
    expect(lying).toEqual([{ type: 'address', value: BAD, network: 'evm', valid: false }]);
  });
});

describe('dates', () => {
  it.each([
    ['2026-11-26T14:03:22+08:00', '2026-11-26T14:03:22+08:00'],
    ['2026年11月26日 09:15', '2026-11-26T09:15:00'],
    ['26 November 2026 14:03 GMT', '2026-11-26T14:03:00+00:00'],
    ['2026/11/26', '2026-11-26'],
    ['Dec 1, 2026 at 9:05 am UTC+8', '2026-12-01T09:05:00+08:00'],
  ])('%s → %s', (text, iso) => expect(findDates(`on ${text}.`)[0]?.iso).toBe(iso));
  it('refuses impossible dates', () => expect(findDates('2026-13-40 and 1850-01-01')).toEqual([]));
});

describe('facts of fixture pages', () => {
  const fixture = (file: string) => new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
  it('an Etherscan failed transaction: one hash, both addresses once, value, time in UTC', () => {
    const facts = findFacts(readSegments(fixture('test/fixtures/pages/etherscan-tx-fail.html')), 'https://etherscan.io/tx/0x4e3a', null);
    expect(facts.filter((f) => f.type === 'transaction-id').map((f) => f.value)).toEqual([
      '0x4e3a3754410177e6937ef1f84bba68ea139e8d1a2258c5f85db9f1cd715a1bdd',
    ]);
    expect(facts.filter((f) => f.type === 'address')).toEqual([
      { type: 'address', value: '0x8ba1f109551bD432803012645Ac136ddd64DBA72', network: 'evm', valid: true, where: 'From' },
      { type: 'address', value: '0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D', network: 'evm', valid: true, where: 'Interacted With (To)' },
    ]);
    expect(facts).toContainEqual({ type: 'amount', value: '0.5', currency: 'ETH', where: 'Value' });
    expect(facts).toContainEqual(expect.objectContaining({ type: 'datetime', iso: '2026-11-26T05:11:23+00:00', where: 'Timestamp' }));
  });
  it('a withdrawal page: a mistyped Tron address kept with valid: false, the case number from the chat', () => {
    const facts = findFacts(readSegments(fixture('test/fixtures/e2e/binance-withdrawal-detail.html')), 'https://www.binance.com/x', null);
    expect(facts).toContainEqual({
      type: 'address',
      value: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj7t',
      network: 'tron',
      valid: false,
      where: 'Address',
    });
    expect(facts).toContainEqual({ type: 'reference', value: '88412095', where: 'Agent' });
    expect(facts).toContainEqual({ type: 'amount', value: '250.00', currency: 'USDT', where: 'Amount' });
    expect(facts).toContainEqual(expect.objectContaining({ type: 'datetime', iso: '2026-11-26T14:03:22+08:00' }));
    expect(facts).toContainEqual({
      type: 'transaction-id',
      value: '9c2f8d3e1b7a4c6d5e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d',
      where: 'TxID',
    });
  });
});
