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
