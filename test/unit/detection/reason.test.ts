import { describe, expect, it } from 'vitest';
import type { FailureReason } from '../../../lib/detection';
import { detect } from './helpers';

// Each message is shown as a page's failure alert; the reason must come from its wording.
const CASES: Array<[FailureReason, string]> = [
  ['insufficient-funds', 'Payment declined: insufficient funds.'],
  ['insufficient-funds', "Transfer failed. You don't have enough balance to cover this transfer and its fee."],
  ['insufficient-funds', 'Withdrawal failed: amount exceeds your available balance.'],
  ['insufficient-funds', 'Transaction failed: insufficient ETH for gas.'],
  ['insufficient-funds', '支付失败，账户余额不足'],
  ['insufficient-funds', '轉賬失敗：餘額不足'],
  ['insufficient-funds', '扣款失败，可用余额不足，请充值后重试'],
  ['verification-required', 'Payment failed. Please verify your identity to continue.'],
  ['verification-required', "We couldn't complete your payment: a security check is required."],
  ['verification-required', 'Withdrawal rejected. Complete KYC verification first.'],
  ['verification-required', 'Transfer failed: your account is limited.'],
  ['verification-required', 'Payment declined. Turn on two-factor authentication and try again.'],
  ['verification-required', '交易失败：需要进行身份验证'],
  ['verification-required', '转账失败，触发风控，请完成安全验证'],
  ['verification-required', '提现失败，账户已冻结'],
  ['network-or-system', 'Payment failed due to a network error. Please try again.'],
  ['network-or-system', 'Transaction failed: the request timed out.'],
  ['network-or-system', 'Transfer failed. Our service is temporarily unavailable.'],
  ['network-or-system', 'Withdrawal failed: scheduled maintenance in progress.'],
  ['network-or-system', '交易失败：系统繁忙，请稍后再试'],
  ['network-or-system', '付款失败，网络异常'],
  ['network-or-system', '提现失败：系统维护中'],
  ['network-or-system', '转账失败，服务暂不可用'],
  ['network-or-system', '支付失敗：網絡異常'],
  ['declined-by-recipient-or-bank', 'Payment declined by your bank.'],
  ['declined-by-recipient-or-bank', 'Your card issuer declined this payment.'],
  ['declined-by-recipient-or-bank', "Transfer failed: the recipient can't receive payments right now."],
  ['declined-by-recipient-or-bank', "Your transfer was returned: the recipient's bank details are incorrect."],
  ['declined-by-recipient-or-bank', '转账失败：对方账户异常，无法收款'],
  ['declined-by-recipient-or-bank', '交易失败：银行拒绝'],
  ['declined-by-recipient-or-bank', '付款失败，发卡行拒绝交易'],
  ['declined-by-recipient-or-bank', '转账失败，收款方账户状态异常'],
  ['declined-by-recipient-or-bank', '转账失败：对方账户暂时无法收款'],
  ['declined-by-recipient-or-bank', "Payment failed: the recipient's account cannot accept this payment."],
  ['verification-required', "Payment unsuccessful. We've put a hold on this payment while we review it."],
  ['unknown', 'Payment failed.'],
  ['unknown', '交易失败'],
  ['unknown', 'Transaction failed: execution reverted'],
  ['unknown', 'Error in Main Txn : out of gas'],
];

describe('failure reasons, English and Chinese', () => {
  for (const [reason, message] of CASES) {
    it(`${message} → ${reason}`, () => {
      const r = detect(`<body><main><div role="alert">${message}</div><p>Reference: TX-90001</p></main></body>`);
      expect(r.kind).toBe('failed-transaction');
      expect(r.transaction?.reason).toBe(reason);
    });
  }

  it('the message decides before the text around it', () => {
    const r = detect(
      '<body><div role="alert">Payment declined by your bank.</div><p>Tip: keep enough balance for fees.</p><p>Network: Ethereum</p></body>',
    );
    expect(r.transaction?.reason).toBe('declined-by-recipient-or-bank');
  });

  it('a crypto "Network" field is not a network error', () => {
    const r = detect(
      '<body><div><span>状态</span><span class="tag">失败</span></div><div><span>网络</span><span>TRX Tron (TRC20)</span></div></body>',
    );
    expect(r.kind).toBe('failed-transaction');
    expect(r.transaction?.reason).toBe('unknown');
  });
});
