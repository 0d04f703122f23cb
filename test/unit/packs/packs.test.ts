import { describe, expect, it } from 'vitest';
import { DESTINATIONS, destinationsFor } from '../../../lib/packs/available';
import { buildPack } from '../../../lib/packs/pack';
import { narrative } from '../../../lib/packs/narrative';
import type { Destination, DestinationId } from '../../../lib/packs/types';
import { parseHtml } from '../prefill/dom';
import { collectFields } from '../../../lib/prefill/collect';
import { planFill } from '../../../lib/prefill/plan';
import { caseToFillData } from '../../../lib/prefill/fill-data';
import { siteById } from '../../../lib/sites';
import { failedCase, profile, zhProfile } from '../prefill/case-data';
import { ADDRESS, cryptoCase, events, FACTS, records, TXID } from './fixtures';

const dest = (id: DestinationId): Destination => DESTINATIONS.find((d) => d.id === id)!;
const pack = (id: DestinationId, over: Partial<typeof cryptoCase> = {}, p = profile) => {
  const c = { ...cryptoCase, ...over };
  return buildPack({ case: c, events, records, profile: p, destination: dest(id), site: siteById(c.siteId) });
};
const values = (p: ReturnType<typeof pack>) => Object.fromEntries(p.fields.map((f) => [f.id, f.value]));

describe('which destinations a case is offered (the guidance’s coverage rules)', () => {
  const ids = (c: Partial<typeof cryptoCase>) =>
    destinationsFor({ ...cryptoCase, ...c }, siteById(c.siteId ?? cryptoCase.siteId)).offered.map((d) => d.id);

  it('no FOS for a crypto exchange in the UK, and the reason says why', () => {
    const r = destinationsFor({ ...cryptoCase, region: 'UK', situation: 'failed-transfer' }, siteById('binance'));
    expect(r.offered.map((d) => d.id)).toEqual(['provider']);
    expect(r.absent.find((a) => a.id === 'uk-fos')?.why.en).toMatch(/crypto-asset complaints/);
    expect(r.absent.find((a) => a.id === 'uk-report-fraud')?.why.en).toMatch(/not marked as fraud/);
    expect(r.absent.find((a) => a.id === 'us-cfpb')?.why.en).toMatch(/Only for complaints in United States/);
  });
  it('FOS for a UK payment app; Report Fraud too once the case is fraud', () => {
    expect(ids({ region: 'UK', siteId: 'paypal', situation: 'failed-transfer' })).toEqual(['provider', 'uk-fos']);
    expect(ids({ region: 'UK', siteId: 'paypal', situation: 'fraud' })).toEqual(['provider', 'uk-fos', 'uk-report-fraud']);
  });
  it('no 12315 / 12378 / 12363 for a crypto exchange in mainland China: the police route is named', () => {
    const r = destinationsFor({ ...cryptoCase, region: 'CN' }, siteById('binance'));
    expect(r.offered.map((d) => d.id)).toEqual(['provider']);
    expect(r.absent.find((a) => a.id === 'cn-12315')?.why.zh).toMatch(/110/);
  });
  it('12363 for Alipay, 12315 for a merchant, CFPB and IC3 for a US crypto fraud', () => {
    expect(ids({ region: 'CN', siteId: 'alipay', situation: 'failed-transfer' })).toEqual(['provider', 'cn-12363']);
    expect(destinationsFor({ ...cryptoCase, region: 'CN', siteId: null, situation: 'refund' }, null).offered.map((d) => d.id)).toEqual([
      'provider',
      'cn-12315',
    ]);
    expect(ids({})).toEqual(['provider', 'us-cfpb', 'us-ic3']);
  });
  it('the provider’s own form speaks the region’s language, and needs a provider', () => {
    expect(destinationsFor({ ...cryptoCase, region: 'CN', siteId: 'alipay' }, siteById('alipay')).offered[0]?.lang).toBe('zh');
    const none = destinationsFor({ ...cryptoCase, provider: ' ', siteId: null }, null);
    expect(none.absent.find((a) => a.id === 'provider')?.why.en).toMatch(/names no provider/);
  });
});

describe('field mapping per destination', () => {
  it('IC3: the crypto fields come from the facts, one a line', () => {
    const v = values(pack('us-ic3'));
    expect(v.hashes).toBe(TXID);
    expect(v.addresses).toBe(`${ADDRESS} (evm)\nTR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj7t (tron)`);
    // The mistyped one is kept, with a warning.
    expect(pack('us-ic3').fields.find((f) => f.id === 'addresses')?.invalid).toEqual(['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj7t']);
    expect(pack('us-ic3').fields.find((f) => f.id === 'hashes')?.invalid).toBeUndefined();
    expect(v.amounts).toBe('250.00 USDT');
    expect(v.dates).toBe('2026-11-26T14:03:22+08:00');
    expect(v.exchanges).toBe('Binance');
    expect(v.websites).toBe(FACTS.at(-1)!.value);
    expect(v.subject).toBe('');
    expect(v.name).toBe('Alex Morgan');
    expect(v.description).toContain('I had a fraudulent transaction with Binance');
    expect(pack('us-ic3').fields.map((f) => f.label.en)).toEqual(dest('us-ic3').fields.map((f) => f.label.en));
  });
  it('CFPB: what happened, amount, date, desired resolution, company', () => {
    const v = values(pack('us-cfpb'));
    expect(v.lost).toBe('250.00');
    expect(v.when).toBe('26 November 2026, 14:03 (UTC+08:00)');
    expect(v.resolution).toBe('Please reverse the transaction of 250.00 USDT.');
    expect(v.company).toBe('Binance');
    expect(v.issue).toBe('a fraudulent transaction');
  });
  it('FOS: the name split as the form asks, references, the final response date', () => {
    const v = values(pack('uk-fos', { region: 'UK', siteId: 'paypal', provider: 'PayPal' }));
    expect([v['first-name'], v.surname]).toEqual(['Alex', 'Morgan']);
    expect(v.reference).toBe('BN-7781\n88412095');
    expect(v['final-response']).toBe('1 December 2026');
    expect(v.account).toBe('alex.morgan@example.com');
  });
  it('12315 in Chinese: 事实经过 and 具体投诉请求 in zh, unknown fields empty', () => {
    const v = values(
      pack('cn-12315', { region: 'CN', siteId: null, provider: '某网店', situation: 'refund', remedy: 'refund' }, zhProfile),
    );
    expect(v.name).toBe('王小明');
    expect(v.respondent).toBe('某网店');
    expect(v.claim).toBe('请将款项（250.00 USDT）全额退还给我。');
    expect(v.facts).toMatch(/^2026年11月26日 14:03（UTC\+08:00），我在某网店遇到一笔尚未收到的退款。/);
    expect(v.date).toBe('2026年11月26日 14:03（UTC+08:00）');
    // The registry's Chinese name for a registry provider; a typed name stays as typed.
    expect(values(pack('cn-12363', { siteId: 'alipay', provider: 'Alipay' })).institution).toBe('支付宝');
    const blank = values(pack('cn-12363', { transactions: [] }, { ...zhProfile, phone: '' }));
    expect(blank.phone).toBe('');
    expect(blank.amount).toBe('');
  });
  it('every destination’s fields have both languages and a value for each', () => {
    for (const d of DESTINATIONS) {
      const p = pack(d.id);
      expect(p.fields.length).toBe(d.fields.length);
      for (const f of d.fields) expect(f.label.en && f.label.zh, `${d.id}/${f.id}`).toBeTruthy();
      expect(d.fieldList.note.en && d.fieldList.note.zh).toBeTruthy();
      if (d.fieldList.read) expect(d.fieldList.read.source).toMatch(/^https:\/\//);
    }
  });
  it('the pack and the prefill put the same value in a box of the same type', () => {
    const fields = collectFields(
      parseHtml(
        '<form><label>Transaction ID <input name="tx"></label><label>Amount <input name="amt"></label><label>Email <input type="email" name="em"></label></form>',
      ),
    );
    const plan = planFill(fields, caseToFillData(cryptoCase, profile, '', 'en'));
    const v = values(pack('provider'));
    expect(plan.steps.map((s) => s.value)).toEqual([v.transaction, v.amount, v.email]);
  });
});

describe('evidence list', () => {
  it('captures and added files with their SHA-256, deleted ones left out', () => {
    const ev = pack('us-ic3').evidence;
    expect(ev.map((e) => [e.id, e.kind, e.title])).toEqual([
      ['ev-1', 'capture', 'Withdrawal Details'],
      ['ev-2', 'attachment', 'chat.png'],
    ]);
    expect(ev[0]!.files[0]).toMatchObject({ sha256: 'b'.repeat(64), path: 'evidence/3-ev-1/screenshot.png' });
  });
});

describe('narrative (what happened, what I asked, what they answered, what I want)', () => {
  const input = { case: cryptoCase, events, facts: FACTS };
  it('in English', () => {
    const n = narrative(input, 'en');
    expect(n.happened).toBe(
      `On 26 November 2026, 14:03 (UTC+08:00), I had a fraudulent transaction with Binance. The amount was 250.00 USDT. Its reference is ${TXID}. Addresses involved: ${ADDRESS} (evm), TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj7t (tron).`,
    );
    expect(n.asked).toBe('On 27 November 2026, 09:00 (UTC+08:00) I contacted them via online chat (reference BN-7781).');
    expect(n.answered).toBe(
      'On 28 November 2026, 10:00 (UTC+08:00) they answered: "We are reviewing your withdrawal.". Their final answer is dated 1 December 2026.',
    );
    expect(n.want).toBe('Please reverse the transaction of 250.00 USDT.');
  });
  it('in Chinese', () => {
    const n = narrative(input, 'zh');
    expect(n.happened).toBe(
      `2026年11月26日 14:03（UTC+08:00），我在Binance遇到一笔涉嫌诈骗的交易。金额为250.00 USDT。交易编号为${TXID}。涉及地址：${ADDRESS} (evm), TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj7t (tron)。`,
    );
    expect(n.asked).toBe('2026年11月27日 09:00（UTC+08:00），我通过在线客服联系了平台（工单号 BN-7781）。');
    expect(n.answered).toContain('对方答复：“We are reviewing your withdrawal.”');
    expect(n.want).toBe('请撤销该笔交易（250.00 USDT）。');
  });
  it('says so when nothing was asked or answered yet', () => {
    const bare = { case: { ...cryptoCase, contacts: [], finalAnswerAt: undefined }, events: [], facts: [] };
    expect(narrative(bare, 'en')).toMatchObject({
      asked: 'I have not yet been in contact with Binance about this.',
      answered: 'I have had no answer so far.',
    });
    expect(narrative(bare, 'zh')).toMatchObject({ asked: '我尚未就此联系Binance。', answered: '目前尚未收到答复。' });
  });
  it('the failed-payment case quotes the page’s message and the failure type', () => {
    const n = narrative({ case: failedCase, events: [], facts: [] }, 'en');
    expect(n.happened).toContain(
      'The page showed: "This payment was declined. (Code 10417)". Type of failure: declined by the recipient or the bank.',
    );
  });
});
