import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

// Rules from batch-06's misses (test/blind/README.md), each cut down from the page that needed it:
// failures said of a condition or of many people, articles filed by date or under the help
// centre, and a withdrawal's headline amount with its coin set apart before the number.

describe('failure wording that is no failure of the reader', () => {
  const receipt = (tip: string) =>
    '<body><div class="head"><div class="amt">-1,280.00</div><div>转账成功</div></div>' +
    '<div class="cell"><span>转账金额</span><span>1,280.00元</span></div>' +
    '<div class="cell"><span>流水号</span><span>20261204200040011100780061844210</span></div>' +
    `<div class="tip">${tip}</div></body>`;

  it('a condition opened by a bare 如 ("如转账失败，资金将原路退回") on a successful transfer (batch-06 p17)', () => {
    expect(detect(receipt('如转账失败，资金将原路退回。本笔转账已到账。')).kind).toBe('none');
    // The same receipt stating the failure as a fact is failed.
    const r = detect(receipt('本笔转账失败，资金将原路退回。'));
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ amount: '1280.00', currency: 'CNY' });
  });

  it('如下 / 例如 introduce what is, not a condition', () => {
    expect(detect('<body><div role="alert">原因如下：转账失败，收款账户已注销。</div></body>').kind).toBe('failed-transaction');
  });

  it('a failure said of some users is news about failures in general (batch-06 p46)', () => {
    const page = (h1: string) => `<body><h1>${h1}</h1><p>2026年11月28日 21:46</p></body>`;
    expect(detect(page('支付宝回应短暂故障：部分用户支付失败已恢复')).kind).toBe('none');
    expect(detect(page('Some users’ card payments were declined on Friday evening')).kind).toBe('none');
    expect(detect(page('Your card payment was declined')).kind).toBe('failed-transaction');
  });
});

describe('articles by their URL', () => {
  const news = '<body><h1>支付宝回应短暂故障：支付失败已恢复</h1><p>有网友反映在使用支付宝付款时提示"支付失败，请稍后重试"。</p></body>';

  it('a page filed under a publication date is an article (batch-06 p46)', () => {
    for (const url of [
      'https://finance.example.cn/tech/2026-11-28/doc-inaxkqpr4418273.shtml',
      'https://www.news.example/tech/2024/02/06/solana-outage',
      'https://xiaofei.example.cn/xfzx/content/2022-02/10/content_9338733.htm',
    ])
      expect(detect(news, url).kind, url).toBe('none');
    // Without the date the same headline reads as the page's own failure.
    expect(detect(news, 'https://finance.example.cn/tech/doc-inaxkqpr4418273.shtml').kind).toBe('failed-transaction');
  });

  it('an announcement filed under the help centre is no help page (batch-06 p26)', () => {
    const page =
      '<body><h1>币安已完成以太坊（ETH）网络钱包维护</h1><p>币安已完成以太坊（ETH）网络的钱包维护，并已恢复该网络的充值及提现业务。</p>' +
      '<p>维护期间提交的提现请求，如未能成功广播，已被系统自动取消并将资产退回用户现货钱包。</p></body>';
    const r = detect(page, 'https://www.binance.com/zh-CN/support/announcement/detail/3b9f2c7a41d84e6f9a0c5e21d7b8f413');
    expect(r).toMatchObject({ kind: 'none', siteId: 'binance' });
    // An FAQ in the same help centre is still a help page.
    expect(detect(page, 'https://www.binance.com/zh-CN/support/faq/detail/3b9f2c7a41d84e6f').kind).toBe('support-page');
  });
});

describe("a withdrawal's headline amount with its coin set apart before the number", () => {
  it('"USDT" | "-250" in a detail sheet, the fee\'s "1 USDT" no amount (batch-06 p25)', () => {
    const r = detect(
      '<body><div role="dialog" aria-label="提现详情"><h3>提现详情</h3>' +
        '<div><span class="coin-name">USDT</span><span class="coin-amount">-250</span></div>' +
        '<div><span>状态</span><span class="fail">失败</span></div>' +
        '<div><span>原因</span><span>您的提现请求未通过风控审核，请完成身份认证后重新提交。</span></div>' +
        '<div><span>网络</span><span>TRX Tron (TRC20)</span></div>' +
        '<div><span>手续费</span><span>1 USDT</span></div></div></body>',
    );
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction).toMatchObject({ amount: '250', currency: 'USDT', reason: 'verification-required' });
  });

  const okx = (headline: string) =>
    `<body><div class="card">${headline}<div>≈ $1,650.22</div></div>` +
    '<ol><li>✓ 提币申请已提交 12-06 03:12</li><li class="fail">✕ 提币失败 12-06 03:41</li></ol>' +
    '<div class="card"><div><span>状态</span><span class="fail">失败</span></div>' +
    '<div><span>失败原因</span><span>链上网络拥堵，节点广播超时。</span></div>' +
    '<div><span>手续费</span><span>0.0012 ETH</span></div><div><span>到账数量</span><span>0.4988 ETH</span></div>' +
    '<div><span>提币ID</span><span>91847362018</span></div></div></body>';

  it('the amount sent beats what would have arrived after the fee (batch-06 p29)', () => {
    const r = detect(okx('<div><span>ETH</span><span>ERC20</span></div><div class="amt">0.5</div>'));
    expect(r.transaction).toMatchObject({ id: '91847362018', amount: '0.5', currency: 'ETH', reason: 'network-or-system' });
    // With no sent amount shown, the received one is all there is; "≈ $1,650.22" is no amount.
    expect(detect(okx('')).transaction).toMatchObject({ amount: '0.4988', currency: 'ETH' });
  });

  it('a token standard is no coin: "ERC20" | "0.5" alone has no currency of its own', () => {
    const r = detect(okx('<div><span>ERC20</span></div><div class="amt">0.5</div>'));
    expect(r.transaction).toMatchObject({ amount: '0.4988', currency: 'ETH' });
  });
});
