import { describe, expect, it } from 'vitest';
import { detectPage, detectPageWith } from '../../../lib/detection';
import { detect, expectValid, parse } from './helpers';

const FAIL_BANNER = '<div role="alert"><h2>Payment failed</h2><p>Your bank declined this payment.</p></div>';

describe('hostile pages never break the detector', () => {
  it('a 100,000-element page: bounded time, still sees the failure banner at the end', () => {
    const doc = parse('<!doctype html><title>x</title><body><main></main></body>');
    const main = doc.querySelector('main')!;
    for (let i = 0; i < 1000; i++) {
      const section = doc.createElement('section');
      for (let j = 0; j < 99; j++) {
        const div = doc.createElement('div');
        if (j % 2) div.textContent = `Row ${i}-${j} balance 12.50 USDT`;
        section.appendChild(div);
      }
      main.appendChild(section);
    }
    main.insertAdjacentHTML('beforeend', FAIL_BANNER);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(100_000);
    const r = detectPage(doc, 'https://www.paypal.com/myaccount/activity/details/X');
    expectValid(r);
    expect(r.kind).toBe('failed-transaction');
    // Speed is the bench's job (scripts/bench, detection on 5k/20k/100k elements): happy-dom on a
    // shared machine is too slow and too noisy for a time limit here.
  }, 120_000);

  it('a failure half-way down a page past the reading cap: found with its own reference and amount, among many headings', () => {
    const doc = parse('<!doctype html><title>Activity</title><body><main></main></body>');
    const main = doc.querySelector('main')!;
    const section = (i: number) => {
      const s = doc.createElement('section');
      const h2 = doc.createElement('h2');
      h2.textContent = `Statement ${i}`;
      s.appendChild(h2);
      for (let j = 0; j < 60; j++) {
        for (const text of [`Coffee ${i}.${j}`, `-$12.${String(j).padStart(2, '0')} USD`]) {
          const p = doc.createElement('p');
          p.textContent = text;
          s.appendChild(p);
        }
      }
      return s;
    };
    for (let i = 0; i < 215; i++) main.appendChild(section(i));
    const failure = doc.createElement('section');
    failure.innerHTML =
      '<div role="alert"><h2>Payment declined</h2><p>Your bank declined this payment.</p></div>' +
      '<h1>Northgate Ceramics</h1><dl><dt>Transaction ID</dt><dd>7QX12345AB678901C</dd><dt>Amount</dt><dd>$129.99 USD</dd></dl>';
    main.appendChild(failure);
    for (let i = 215; i < 260; i++) main.appendChild(section(i));
    const r = detectPage(doc, 'https://www.paypal.com/myaccount/activity/');
    expectValid(r);
    expect(r).toMatchObject({ kind: 'failed-transaction', transaction: { id: '7QX12345AB678901C', amount: '129.99', currency: 'USD' } });
  }, 120_000);

  it('10,000 levels of nesting', () => {
    const doc = parse('<!doctype html><body></body>');
    let el: Element = doc.body;
    for (let i = 0; i < 10_000; i++) {
      const div = doc.createElement('div');
      el.appendChild(div);
      el = div;
    }
    el.insertAdjacentHTML('beforeend', '<span class="status">Declined</span><p>Transaction ID: ABC12345</p>');
    const r = detectPage(doc, 'https://wallet.example/tx/1');
    expectValid(r);
  });

  it('a document without body, a frameset, an empty document', () => {
    const noBody = parse('<!doctype html><html></html>');
    noBody.body?.remove();
    expectValid(detectPage(noBody, 'https://www.paypal.com/'));
    expectValid(detect('<frameset><frame src="a.html"><frame src="b.html"></frameset>'));
    const empty = parse('');
    empty.documentElement?.remove();
    const r = detectPage(empty, 'https://www.paypal.com/us/cshelp/personal');
    expectValid(r);
    expect(r.siteId).toBe('paypal');
  });

  it('SVG and MathML documents', () => {
    const svg = new DOMParser().parseFromString(
      '<svg xmlns="http://www.w3.org/2000/svg"><title>Payment failed</title><text class="status">Failed</text></svg>',
      'image/svg+xml',
    );
    expectValid(detectPage(svg, 'https://etherscan.io/tx/0x00'));
    const math = new DOMParser().parseFromString('<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math>', 'application/xml');
    expectValid(detectPage(math, 'https://etherscan.io/'));
    const inline = detect('<body><svg><text class="badge">Fail</text></svg><math><mi>y</mi></math></body>');
    expectValid(inline);
  });

  it('control characters, zero-width marks, RTL, emoji, lone surrogates', () => {
    const r = detect(
      `<body dir="rtl"><h1>Pay\u200bment\u0000 fa\u200diled \u202e🚫</h1><p>\ud800 Reference: \u0007ZX-90210 💸 -$12.00</p>` +
        '<p dir="rtl">فشلت عملية الدفع</p></body>',
    );
    expectValid(r);
    expect(r.kind).toBe('failed-transaction');
  });

  it('a 1 MB text node', () => {
    const big = 'lorem ipsum failed '.repeat(60_000);
    const doc = parse(`<body><p></p>${FAIL_BANNER}</body>`);
    doc.querySelector('p')!.textContent = big;
    const r = detectPage(doc, 'https://wallet.example/pay');
    expectValid(r);
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction!.message!.length).toBeLessThanOrEqual(300);
  });

  it('malformed and odd URLs give siteId null, never an exception', () => {
    const doc = parse(`<body>${FAIL_BANNER}</body>`);
    for (const url of [
      '',
      'not a url',
      'http://',
      '://paypal.com',
      'javascript:alert(1)',
      'data:text/html,x',
      'about:blank',
      'https://%%%.com/',
      'https://paypal.com.evil.example/',
      'https://[::1]/help',
      `https://${'a'.repeat(5000)}.com/`,
      null as unknown as string,
      undefined as unknown as string,
      42 as unknown as string,
    ]) {
      const r = detectPage(doc, url);
      expectValid(r);
      expect(r.siteId).toBeNull();
    }
  });

  it('no document at all', () => {
    for (const doc of [null, undefined, {}, { body: 5 }]) expectValid(detectPage(doc as unknown as Document, 'https://www.paypal.com/'));
  });

  it('a site lookup that throws, or returns junk', () => {
    const doc = parse(`<body>${FAIL_BANNER}</body>`);
    expectValid(
      detectPageWith(doc, 'https://x.example/', () => {
        throw new Error('boom');
      }),
    );
    const junk = detectPageWith(doc, 'https://x.example/', () => ({ id: 7 }) as never);
    expectValid(junk);
    expect(junk.siteId).toBeNull();
  });

  it('elements whose attribute reads throw', () => {
    const doc = parse(`<body><div id="trap">${FAIL_BANNER}</div></body>`);
    const trap = doc.getElementById('trap')!;
    Object.defineProperty(trap, 'getAttribute', {
      value: () => {
        throw new Error('trap');
      },
    });
    Object.defineProperty(trap, 'textContent', {
      get: () => {
        throw new Error('trap');
      },
    });
    expectValid(detectPage(doc, 'https://www.paypal.com/'));
  });

  it('scripts, styles and templates are not page text', () => {
    const r = detect(
      '<body><script>const s = "Payment failed"; if (error) throw new Error("Transaction failed")</script>' +
        '<style>.failed::after { content: "Declined" }</style><template><div role="alert">Payment declined</div></template>' +
        '<noscript>Payment failed</noscript><p>Welcome back.</p></body>',
    );
    expect(r.kind).toBe('none');
  });

  it('hidden failure templates do not count', () => {
    for (const hide of ['hidden', 'aria-hidden="true"', 'style="display: none"', 'style="visibility:hidden"', 'class="toast hidden"']) {
      const r = detect(
        `<body><div ${hide}><div role="alert">Payment failed. Transaction ID: AB123456</div></div><h1>Send money</h1></body>`,
      );
      expect(r.kind, hide).toBe('none');
    }
    const closed = detect('<body><details><summary>Details</summary><div role="alert">Payment failed</div></details></body>');
    expect(closed.kind).toBe('none');
  });
});
