import { describe, expect, it } from 'vitest';
import { wrongSite } from '@/lib/prefill/run';

const paypalCase = { siteId: 'paypal', provider: 'PayPal' };

describe('prefill refuses a page that is not a site of the case provider', () => {
  it('fills on the provider own pages', () => {
    expect(wrongSite('https://www.paypal.com/us/smarthelp/contact-us/form', paypalCase, 'en')).toBeNull();
  });
  it('refuses another wallet, a look-alike host, an unknown site and a case without a known provider', () => {
    for (const url of [
      'https://wise.com/help/contact',
      'https://paypal.com.evil.example/form',
      'https://www.paypal-support.example/form',
      'not a url',
    ]) {
      expect(wrongSite(url, paypalCase, 'en'), url).toEqual(expect.any(String));
    }
    expect(wrongSite('https://wise.com/help/contact', paypalCase, 'en')).toBe(
      'this page (wise.com) is not a site of PayPal, the provider of this complaint: nothing was filled',
    );
    expect(wrongSite('https://www.paypal.com/form', { siteId: null, provider: 'PayPal' }, 'en')).toEqual(expect.any(String));
  });
});
