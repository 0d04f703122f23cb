import { describe, expect, it } from 'vitest';
import { BODIES, REGIONS, bodiesFor, escalationSuggestion, providerKindFor, regulatorFor, safeHref } from '../../../lib/guidance';
import { siteById } from '../../../lib/sites';

describe('escalation bodies', () => {
  it('every body has an https source, safe contacts and a purpose', () => {
    const ids = BODIES.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of BODIES) {
      expect(new URL(b.source).protocol, b.id).toBe('https:');
      expect(b.sourceName.length).toBeGreaterThan(0);
      expect(b.contact.length).toBeGreaterThan(0);
      for (const c of b.contact) expect(safeHref(c.href), c.href).toBe(c.href);
    }
  });

  it('each named region has bodies; GLOBAL has general advice instead', () => {
    for (const r of ['CN', 'US', 'UK', 'EU'] as const) expect(bodiesFor(r).length).toBeGreaterThan(0);
    expect(bodiesFor('GLOBAL')).toEqual([]);
    expect(REGIONS.GLOBAL.general.en).toMatch(/police/);
  });

  it('the China hotlines carry the numbers people search for', () => {
    const tels = bodiesFor('CN').flatMap((b) => b.contact.map((c) => c.href));
    expect(tels).toEqual(expect.arrayContaining(['tel:12315', 'tel:12378', 'tel:12363', 'tel:110', 'tel:96110']));
  });

  it('12363 shows no time limit figure (Order No. 5 not confirmed)', () => {
    const b = BODIES.find((x) => x.id === 'cn-12363')!;
    for (const n of b.notes ?? []) {
      expect(n.en).not.toMatch(/\d+\s*(business |working )?days?/i);
      expect(n.zh).not.toMatch(/\d+\s*(个)?(工作)?日/);
    }
  });
});

describe('escalation routing', () => {
  it('China routes by provider: payment institutions 12363, banks 12378, merchants 12315', () => {
    expect(regulatorFor('CN', providerKindFor(siteById('alipay')))!.id).toBe('cn-12363');
    expect(regulatorFor('CN', providerKindFor(siteById('wechatpay')))!.id).toBe('cn-12363');
    expect(regulatorFor('CN', providerKindFor(siteById('unionpay')))!.id).toBe('cn-12363');
    expect(regulatorFor('CN', 'bank')!.id).toBe('cn-12378');
    expect(regulatorFor('CN', 'merchant')!.id).toBe('cn-12315');
  });

  it('explorers and self-custody wallets are crypto with no firm behind them', () => {
    expect(providerKindFor(siteById('etherscan'))).toBe('crypto');
    expect(providerKindFor(siteById('metamask'))).toBe('crypto');
    expect(providerKindFor(siteById('binance'))).toBe('exchange');
    expect(providerKindFor(siteById('wise'))).toBe('payment-app');
    expect(providerKindFor(null)).toBeUndefined();
  });

  it('crypto: no ombudsman in the UK, no 12315 / 12378 in China; the reason is shown instead', () => {
    for (const kind of ['exchange', 'crypto'] as const) {
      expect(regulatorFor('UK', kind), kind).toBeNull();
      expect(regulatorFor('CN', kind), kind).toBeNull();
      const uk = escalationSuggestion('UK', 'refund', kind);
      expect(
        uk.map((s) => s.id),
        kind,
      ).not.toContain('uk-fos');
      const ukNote = uk.find((s) => s.id === 'uk-crypto-not-covered')!;
      expect(ukNote.text.en).toMatch(/anti-money-laundering/);
      expect(ukNote.fact?.source).toMatch(/^https:\/\/www\.fca\.org\.uk\//);
      // In China the route is the police, whatever the situation.
      const cn = escalationSuggestion('CN', 'failed-transfer', kind).map((s) => s.id);
      expect(cn, kind).toEqual(['provider-higher-level', 'cn-110', 'cn-96110', 'cn-crypto-police', 'know-your-rights']);
    }
    expect(regulatorFor('US', 'exchange')!.id).toBe('us-cfpb');
    expect(regulatorFor('UK', 'payment-app')!.id).toBe('uk-fos');
  });

  it('UK fraud: Report Fraud, and Police Scotland on 101 for Scotland', () => {
    const ids = escalationSuggestion('UK', 'fraud', 'payment-app').map((s) => s.id);
    expect(ids).toEqual(['provider-higher-level', 'uk-report-fraud', 'uk-police-scotland', 'uk-fos', 'know-your-rights']);
    const rf = BODIES.find((b) => b.id === 'uk-report-fraud')!;
    expect(rf.contact.map((c) => c.href)).toEqual(['https://www.reportfraud.police.uk/', 'tel:+443001232040']);
    expect(BODIES.find((b) => b.id === 'uk-police-scotland')!.contact.map((c) => c.href)).toEqual(['tel:101']);
    expect(JSON.stringify(BODIES)).not.toMatch(/actionfraud/i);
  });

  it('suggestions: provider first, then police for fraud, then the body; ends with rights', () => {
    const cn = escalationSuggestion('CN', 'fraud', 'payment-app').map((s) => s.id);
    expect(cn).toEqual(['provider-higher-level', 'cn-110', 'cn-96110', 'cn-12363', 'know-your-rights']);
    expect(escalationSuggestion('CN', 'refund', 'bank').map((s) => s.id)).toContain('cn-12378');
    expect(escalationSuggestion('CN', 'refund', 'merchant').map((s) => s.id)).toContain('cn-12315');
    expect(escalationSuggestion('UK', 'failed-transfer', 'wallet').map((s) => s.id)).toContain('uk-fos');
    expect(escalationSuggestion('EU', 'failed-transfer', 'wallet').map((s) => s.id)).toContain('eu-adr');
    const us = escalationSuggestion('US', 'fraud', 'payment-app');
    expect(us.map((s) => s.id)).toEqual(['provider-higher-level', 'us-ic3', 'us-ftc', 'us-cfpb', 'know-your-rights']);
    expect(us.find((s) => s.id === 'us-cfpb')!.text.en).toContain('Money transfer, virtual currency, or money service');
  });

  it('GLOBAL: no bodies, general advice', () => {
    const g = escalationSuggestion('GLOBAL', 'fraud', 'wallet');
    expect(g.every((s) => !s.body)).toBe(true);
    expect(g.at(-1)!.text).toEqual(REGIONS.GLOBAL.general);
  });
});
