import { describe, expect, it } from 'vitest';
import { CHANNEL_GOOD_FOR, channelsFor, isSafeHref, safeHref } from '../../../lib/guidance';
import { SITES, siteById } from '../../../lib/sites';
import { channel, makeSite, noChannels } from './fixtures';

const mixed = makeSite({
  id: 'mixed',
  channels: [
    channel('forum', 'https://forum.mixed.example/'),
    channel('chat', 'https://help.mixed.example/chat'),
    channel('email', 'mailto:help@mixed.example'),
    channel('phone', 'tel:+1 800 555 0100', { region: 'US' }),
    channel('phone', 'tel:+44 20 7946 0000', { region: 'UK' }),
    channel('social', 'https://x.com/mixed'),
    channel('chat', 'javascript:alert(1)'),
    channel('chat', 'http://insecure.mixed.example/'),
    channel('form', 'data:text/html,<b>x</b>'),
    channel('form', 'https://user:pw@help.mixed.example/form'),
    channel('email', 'mailto:not-an-address'),
    channel('form', 'https://help.mixed.example/form', { source: 'http://help.mixed.example/' }),
  ],
});

describe('safeHref', () => {
  it('accepts https, tel and mailto only', () => {
    for (const ok of ['https://a.example/x', 'tel:110', 'tel:+1 (800) 555-0100', 'mailto:a@b.example']) {
      expect(isSafeHref(ok), ok).toBe(true);
    }
    for (const bad of [
      'http://a.example/',
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '/relative',
      'https://user:pw@a.example/',
      ' https://a.example/',
      'tel:abc',
      'mailto:',
      'ftp://a.example/',
      '',
      'https://localhost/',
    ]) {
      expect(safeHref(bad), bad).toBeNull();
    }
  });
});

describe('channelsFor', () => {
  it('only safe hrefs with https sources pass', () => {
    const out = channelsFor(mixed, { situation: 'general', region: 'GLOBAL' });
    for (const c of out) {
      expect(safeHref(c.href)).toBe(c.href);
      expect(c.fact.source.startsWith('https://')).toBe(true);
    }
    expect(out.map((c) => c.href)).not.toContain('https://help.mixed.example/form');
    expect(out).toHaveLength(6);
  });

  it('each channel keeps its source and check: a date, or "unverified" and no date', () => {
    const site = makeSite({
      id: 'checks',
      channels: [channel('phone', 'tel:+15550100', { unverified: true }), channel('chat', 'https://help.checks.example/chat')],
    });
    const [phone, chat] = channelsFor(site, { situation: 'fraud', region: 'GLOBAL' });
    expect(phone!.fact).toEqual({ source: 'https://help.example.com/contact', unverified: true });
    expect(chat!.fact).toEqual({ source: 'https://help.example.com/contact', checked: '2026-11-26' });
  });

  it('fraud: phone first, then chat', () => {
    const out = channelsFor(mixed, { situation: 'fraud', region: 'US' });
    expect(out.map((c) => c.kind)).toEqual(['phone', 'chat', 'email', 'social', 'forum']);
    expect(out[0]!.href).toBe('tel:+1 800 555 0100');
    expect(out[0]!.goodFor).toEqual(CHANNEL_GOOD_FOR.phone);
  });

  it('keeps global channels and the user’s region’s, drops other regions’', () => {
    const uk = channelsFor(mixed, { situation: 'fraud', region: 'UK' }).filter((c) => c.kind === 'phone');
    expect(uk.map((c) => c.href)).toEqual(['tel:+44 20 7946 0000']);
    const cn = channelsFor(mixed, { situation: 'fraud', region: 'CN' });
    expect(cn.some((c) => c.kind === 'phone')).toBe(false);
    expect(cn.map((c) => c.kind)).toContain('chat');
  });

  it('every registry site: fraud order puts any phone before any chat; every channel has goodFor', () => {
    for (const site of SITES) {
      const out = channelsFor(site, { situation: 'fraud', region: 'GLOBAL' });
      const kinds = out.map((c) => c.kind);
      if (kinds.includes('phone') && kinds.includes('chat')) {
        expect(kinds.indexOf('phone'), site.id).toBeLessThan(kinds.indexOf('chat'));
      }
      for (const c of out) expect(c.goodFor.zh.length).toBeGreaterThan(0);
    }
  });

  it('refund puts written channels first', () => {
    const paypal = siteById('paypal')!;
    expect(channelsFor(paypal, { situation: 'refund', region: 'US' })[0]!.kind).toBe('form');
  });

  it('no site or no channels: an empty list, not an error', () => {
    expect(channelsFor(null, { situation: 'fraud', region: 'CN' })).toEqual([]);
    expect(channelsFor(noChannels, { situation: 'fraud', region: 'CN' })).toEqual([]);
  });

  it("falls back to every channel when none serves the user's region (a UK user of Alipay)", () => {
    const alipay = siteById('alipay')!;
    expect(alipay.channels.every((c) => c.region === 'CN' || !c.region)).toBe(true);
    const uk = channelsFor(alipay, { situation: 'failed-transfer', region: 'UK' });
    expect(uk.length).toBeGreaterThan(0);
    expect(uk.map((c) => c.href)).toEqual(channelsFor(alipay, { situation: 'failed-transfer', region: 'CN' }).map((c) => c.href));
  });
});
