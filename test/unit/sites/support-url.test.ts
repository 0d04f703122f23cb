import { describe, expect, it } from 'vitest';
import { isSupportUrl, siteById, type WalletSite } from '@/lib/sites';

function site(id: string): WalletSite {
  const s = siteById(id);
  if (!s) throw new Error(`no site ${id}`);
  return s;
}

describe('isSupportUrl', () => {
  it.each([
    ['paypal', 'https://www.paypal.com/us/cshelp/personal'],
    ['paypal', 'https://www.paypal.com/disputes/'],
    ['paypal', 'https://www.paypal.com/US/SmartHelp/contact-us'],
    ['paypal', 'https://www.paypal-community.com/t5/Transactions/bd-p/transactions'],
    ['binance', 'https://www.binance.com/en/support/faq'],
    ['binance', 'https://www.binance.com/zh-CN/support/faq/abc123'],
    ['binance', 'https://www.binance.com/en/official-verification'],
    ['wise', 'https://wise.com/gb/help/articles/2235393/how-do-i-make-a-complaint'],
    ['revolut', 'https://www.revolut.com/en-GR/business/help/making-payments/'],
    ['payoneer', 'https://www.payoneer.com/ru/about/transaction-or-transfer-error/'],
    ['coinbase', 'https://help.coinbase.com/en/contact-us'],
    ['kraken', 'https://SUPPORT.Kraken.com./hc/en-us'],
    ['alipay', 'https://cshall.alipay.com/'],
    ['wechatpay', 'https://kf.qq.com/faq/123.html'],
    ['etherscan', 'https://etherscan.io/contactus'],
    ['etherscan', 'https://info.etherscan.com/'],
    ['tronscan', 'https://support.tronscan.org/hc/en-us'],
  ])('%s: %s is a support page', (id, url) => {
    expect(isSupportUrl(url, site(id))).toBe(true);
  });

  it.each([
    ['paypal', 'https://www.paypal.com/myaccount/summary'],
    ['paypal', 'https://www.paypal.com/us/cshelpers'],
    ['binance', 'https://www.binance.com/en/supported-coins'],
    ['binance', 'https://www.binance.com/en/trade/BTC_USDT?type=spot#/support'],
    ['alipay', 'https://consumeprod.alipay.com/record/standard.htm'],
    ['etherscan', 'https://etherscan.io/tx/0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060'],
    ['coinbase', 'https://www.coinbase.com/transactions'],
    ['googlepay', 'https://pay.google.com/gp/w/home/activity'],
  ])('%s: %s is not a support page', (id, url) => {
    expect(isSupportUrl(url, site(id))).toBe(false);
  });

  it("is false for another site's or a stranger's support page", () => {
    expect(isSupportUrl('https://evil.example/cshelp', site('paypal'))).toBe(false);
    expect(isSupportUrl('https://paypal.com.evil.example/cshelp', site('paypal'))).toBe(false);
    expect(isSupportUrl('https://help.coinbase.com/en/contact-us', site('kraken'))).toBe(false);
    expect(isSupportUrl('https://support.google.com/googlepay/', site('googlepay'))).toBe(false);
  });

  it('is false for what is not a web URL', () => {
    expect(isSupportUrl('', site('paypal'))).toBe(false);
    expect(isSupportUrl('cshelp', site('paypal'))).toBe(false);
    expect(isSupportUrl('javascript:void("https://www.paypal.com/cshelp")', site('paypal'))).toBe(false);
  });

  it('reads fragment routes only on sites that route there', () => {
    const hints = { supportPaths: ['/contact'] };
    const spa: WalletSite = { ...site('tronscan'), hints: { ...hints, hashRouting: true } };
    const plain: WalletSite = { ...site('tronscan'), hints };
    expect(isSupportUrl('https://tronscan.org/#/contact?lang=en', spa)).toBe(true);
    expect(isSupportUrl('https://tronscan.org/#/transaction/abc', spa)).toBe(false);
    expect(isSupportUrl('https://tronscan.org/#/contact', plain)).toBe(false);
  });
});
