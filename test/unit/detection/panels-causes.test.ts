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
