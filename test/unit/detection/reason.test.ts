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
  // Explorers' errors, by what the sender can do (reason.ts).
  ['network-or-system', 'Error in Main Txn : out of gas'],
  ['network-or-system', 'Warning! Error encountered during contract execution [out of gas]'],
  ['network-or-system', 'Result: OUT_OF_ENERGY'],
  ['network-or-system', 'Transaction failed: OUT_OF_BANDWIDTH'],
  ['network-or-system', "Fail with error 'PancakeRouter: INSUFFICIENT_OUTPUT_AMOUNT'"],
  ['network-or-system', 'Swap failed: execution reverted: Too little received'],
  ['network-or-system', "This send couldn't be completed. The transaction was dropped from the network after high congestion."],
  ['network-or-system', 'Double spend detected. A conflicting transaction was mined instead (replace-by-fee).'],
  ['network-or-system', '提币失败：网络拥堵，交易超时'],
  ['network-or-system', '交易失败：合约执行时能量不足'],
  ['insufficient-funds', "Fail with error 'ERC20: transfer amount exceeds balance'"],
  ['insufficient-funds', 'Transaction failed: Transfer: insufficient lamports 891880, need 2500000000'],
  ['declined-by-recipient-or-bank', "Your transfer was returned. Lukas's bank sent it back to us because the account has been closed."],
  ['declined-by-recipient-or-bank', 'Withdrawal failed. The IBAN is not valid or the account name does not match.'],
  ['declined-by-recipient-or-bank', '汇款已退回：被收款行退回，收款人户名与账号不符'],
  ['declined-by-recipient-or-bank', '转账失败：收款行退回，收款账户已销户'],
  ['verification-required', '支付失败：持卡人身份信息验证失败（证件号或预留手机号与发卡行登记信息不一致）'],
  ['verification-required', 'Withdrawal failed: exceeds your daily withdrawal limit.'],
  ['verification-required', 'Transfer failed: our compliance team is reviewing your account.'],
  ['verification-required', '提款失败，资金已退回。为保障账户安全，您的账户需要完成额外验证后才能继续提款。'],
  ['declined-by-recipient-or-bank', '退款失败：退款到银行发现用户的卡作废或者冻结了，导致原路退款银行卡失败。'],
  ['declined-by-recipient-or-bank', 'Withdrawal failed: the destination address rejected the transaction (destination tag required).'],
  ['declined-by-recipient-or-bank', 'Withdrawal failed. The receiving platform did not accept the funds.'],
];

describe('failure reasons, English and Chinese', () => {
  it('a cause stated in a labelled field decides first ("失败原因", "Reason", "Result")', () => {
    const r = detect(
      '<body><div role="alert">支付失败</div><table><tr><td>失败原因：</td><td>持卡人身份信息验证失败</td></tr><tr><td>交易流水号：</td><td>512506021648</td></tr></table><p>请联系发卡行</p></body>',
    );
    expect(r.transaction?.reason).toBe('verification-required');
  });

  it('a return with no cause given was refused by the receiving side; funds returned to the balance are not that', () => {
    expect(detect('<body><div role="alert">Your transfer was returned.</div><p>Reference: TX-90001</p></body>').transaction?.reason).toBe(
      'declined-by-recipient-or-bank',
    );
    expect(detect('<body><div role="alert">提现失败，资金已退回至您的账户</div><p>订单号：TX90001</p></body>').transaction?.reason).toBe(
      'unknown',
    );
  });

  it("an explorer's program logs a card below the status field still give the reason", () => {
    const filler = Array.from({ length: 14 }, (_, i) => `<div><span>Field ${i}</span><span>value ${i}</span></div>`).join('');
    const r = detect(
      `<body><div><span>Result</span><span class="tag-err">Error</span></div><p>Signature 5hK9xYp2</p>${filler}<div role="log">Program log: Transfer: insufficient lamports 891880, need 2500000000</div></body>`,
    );
    expect(r.transaction?.reason).toBe('insufficient-funds');
  });

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
