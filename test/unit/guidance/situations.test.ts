import { describe, expect, it } from 'vitest';
import type { FailureReason } from '../../../lib/detection/types';
import { BODIES, REGIONS, SITUATION_IDS, guidanceFor, safeHref } from '../../../lib/guidance';
import { SITES, siteById } from '../../../lib/sites';
import type { RegionId } from '../../../lib/sites/types';
import { alipayLike, makeSite, noChannels } from './fixtures';

const REGION_IDS = Object.keys(REGIONS) as RegionId[];
const REASONS: FailureReason[] = [
  'insufficient-funds',
  'verification-required',
  'network-or-system',
  'declined-by-recipient-or-bank',
  'unknown',
];

describe('situations', () => {
  it('every step id is unique within a situation, for every reason, region and site', () => {
    for (const region of REGION_IDS) {
      for (const site of [null, noChannels, ...SITES]) {
        for (const situation of SITUATION_IDS) {
          for (const reason of REASONS) {
            const ids = guidanceFor({ situation, reason, site, region }).steps.map((s) => s.id);
            expect(new Set(ids).size, `${situation}/${reason}/${region}`).toBe(ids.length);
            expect(ids.length).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('failed transfer: the first step depends on the detected reason', () => {
    const firsts = REASONS.map((reason) => guidanceFor({ situation: 'failed-transfer', reason, region: 'US' }).steps[0]!);
    expect(new Set(firsts.map((s) => s.id)).size).toBe(REASONS.length);
    expect(new Set(firsts.map((s) => s.text.en)).size).toBe(REASONS.length);
    const byReason = Object.fromEntries(REASONS.map((r, i) => [r, firsts[i]!.text.en]));
    expect(byReason['insufficient-funds']).toMatch(/fees/);
    expect(byReason['network-or-system']).toMatch(/stable network/);
    expect(byReason['verification-required']).toMatch(/official app/);
    expect(byReason['declined-by-recipient-or-bank']).toMatch(/declined/);
    expect(byReason.unknown).toMatch(/connection/);
  });

  it('failed transfer: the other checks follow in order, then "ask support for the exact error"', () => {
    const ids = guidanceFor({ situation: 'failed-transfer', reason: 'unknown', region: 'UK' }).steps.map((s) => s.id);
    expect(ids.slice(0, 5)).toEqual(['check-network', 'check-balance', 'check-status', 'check-security', 'ask-support']);
    const funds = guidanceFor({ situation: 'failed-transfer', reason: 'insufficient-funds', region: 'UK' }).steps;
    expect(funds.map((s) => s.id).slice(0, 5)).toEqual(['lead-balance', 'check-network', 'check-status', 'check-security', 'ask-support']);
    const ask = funds.find((s) => s.id === 'ask-support')!;
    expect(ask.text.en).toMatch(/exact error code/);
    expect(ask.action).toBe('channels');
  });

  it('network-or-system links the site’s registry status page, and says something else without one', () => {
    const paypal = siteById('paypal')!;
    const withStatus = guidanceFor({ situation: 'failed-transfer', reason: 'network-or-system', site: paypal, region: 'US' });
    expect(withStatus.steps[0]!.link?.href).toBe(paypal.statusUrl);
    expect(withStatus.steps[0]!.text.en).toContain('PayPal');
    const without = guidanceFor({ situation: 'failed-transfer', reason: 'network-or-system', site: noChannels, region: 'US' });
    expect(without.steps[0]!.link).toBeUndefined();
    expect(without.steps[0]!.text.en).toMatch(/notices/);
  });

  it('a status URL that is not https is never linked', () => {
    for (const statusUrl of ['javascript:alert(1)', 'http://status.example.com/', 'tel:123', '/status']) {
      const site = makeSite({ id: 'evil', statusUrl });
      const g = guidanceFor({ situation: 'failed-transfer', reason: 'network-or-system', site, region: 'EU' });
      expect(g.steps.every((s) => !s.link)).toBe(true);
    }
  });

  it('fraud is urgent, starts with freezing, and names the region’s police and anti-fraud contacts', () => {
    const expected: Record<RegionId, string[]> = {
      CN: ['tel:110', 'tel:96110'],
      US: ['https://reportfraud.ftc.gov/', 'https://www.ic3.gov/'],
      UK: ['https://www.reportfraud.police.uk/', 'tel:101'],
      EU: ['https://www.europol.europa.eu/report-a-crime/report-cybercrime-online'],
      GLOBAL: [],
    };
    for (const region of REGION_IDS) {
      const g = guidanceFor({ situation: 'fraud', site: alipayLike, region });
      expect(g.urgent).toBe(true);
      expect(g.steps[0]!.id).toBe('freeze');
      expect(g.steps[0]!.action).toBe('channels');
      const hrefs = g.steps.flatMap((s) => (s.link ? [s.link.href] : []));
      for (const href of expected[region]) expect(hrefs, region).toContain(href);
    }
    const global = guidanceFor({ situation: 'fraud', region: 'GLOBAL' });
    expect(global.steps.find((s) => s.id === 'report-police')!.text.en).toMatch(/local police/);
  });

  it('CN fraud: 12363 for a payment institution, no consumer-dispute body for an unknown provider', () => {
    const viaAlipay = guidanceFor({ situation: 'fraud', site: siteById('alipay'), region: 'CN' });
    expect(viaAlipay.steps.find((s) => s.id === 'report-regulator')!.link?.href).toBe('tel:12363');
    const unknown = guidanceFor({ situation: 'fraud', region: 'CN' });
    const hrefs = unknown.steps.flatMap((s) => (s.link ? [s.link.href] : []));
    expect(hrefs).not.toContain('tel:12315');
  });

  it('crypto exchange fraud in China: police and 96110, and why 12315 / 12378 do not apply', () => {
    const g = guidanceFor({ situation: 'fraud', site: siteById('binance'), region: 'CN' });
    const hrefs = g.steps.flatMap((s) => (s.link ? [s.link.href] : []));
    expect(hrefs).toEqual(expect.arrayContaining(['tel:110', 'tel:96110']));
    for (const no of ['tel:12315', 'tel:12378', 'tel:12363']) expect(hrefs).not.toContain(no);
    const regulator = g.steps.find((s) => s.id === 'report-regulator')!;
    expect(regulator.text.zh).toMatch(/非法金融活动/);
    expect(regulator.fact).toMatchObject({ unverified: true });
    const followUp = guidanceFor({ situation: 'follow-up', site: siteById('okx'), region: 'CN' });
    expect(followUp.steps.find((s) => s.id === 'escalate-external')!.link).toBeUndefined();
  });

  it('a step that links a body carries where its number was checked', () => {
    const g = guidanceFor({ situation: 'fraud', site: siteById('paypal'), region: 'US' });
    const ic3 = g.steps.find((s) => s.link?.href === 'https://www.ic3.gov/')!;
    expect(ic3.fact).toMatchObject({ source: 'https://www.ic3.gov/', checked: '2026-12-07' });
    const ftc = g.steps.find((s) => s.link?.href === 'https://reportfraud.ftc.gov/')!;
    expect(ftc.fact).toMatchObject({ unverified: true });
    for (const s of g.steps.filter((x) => x.link?.href.startsWith('tel:') || x.link?.href.includes('.gov'))) {
      expect(s.fact, s.id).toBeDefined();
    }
  });

  it('every link is a safe href from the bodies or the site registry, never anything else', () => {
    const known = new Set(BODIES.flatMap((b) => b.contact.map((c) => c.href)));
    for (const site of [null, ...SITES]) {
      if (site?.statusUrl) known.add(site.statusUrl);
      for (const region of REGION_IDS) {
        for (const situation of SITUATION_IDS) {
          for (const reason of REASONS) {
            for (const s of guidanceFor({ situation, reason, site, region }).steps) {
              if (!s.link) continue;
              expect(safeHref(s.link.href)).toBe(s.link.href);
              expect(known.has(s.link.href), s.link.href).toBe(true);
            }
          }
        }
      }
    }
  });

  it('a site with no channels, or no site at all, still gets general guidance', () => {
    for (const site of [noChannels, null]) {
      const g = guidanceFor({ situation: 'general', site, region: 'CN' });
      expect(g.steps.map((s) => s.action)).toEqual(expect.arrayContaining(['capture', 'start-complaint']));
      expect(g.title.zh).toMatch(/[\u3400-\u9fff]/);
    }
    // A registry site offers its channels; off the registry there are none to list, and the
    // intro does not claim the page was checked (the content script never ran there).
    expect(guidanceFor({ situation: 'general', site: noChannels, region: 'CN' }).steps.map((s) => s.action)).toContain('channels');
    const offRegistry = guidanceFor({ situation: 'general', site: null, region: 'US' });
    expect(offRegistry.steps.map((s) => s.action)).not.toContain('channels');
    expect(offRegistry.intro.en).not.toMatch(/detected/);
    expect(offRegistry.title.en).toBe('Trouble with a payment?');
  });

  it('follow-up ends with the region’s rights and escalates to the region’s body', () => {
    const uk = guidanceFor({ situation: 'follow-up', site: siteById('paypal'), region: 'UK' });
    expect(uk.steps.find((s) => s.id === 'escalate-external')!.link?.href).toContain('financial-ombudsman.org.uk');
    expect(uk.steps.at(-1)!.text).toEqual(REGIONS.UK.general);
    const global = guidanceFor({ situation: 'follow-up', region: 'GLOBAL' });
    expect(global.steps.find((s) => s.id === 'escalate-external')!.link).toBeUndefined();
  });

  it('refund escalation in China goes to 12315 (a merchant dispute), whatever the wallet', () => {
    const g = guidanceFor({ situation: 'refund', site: siteById('alipay'), region: 'CN' });
    expect(g.steps.at(-1)!.link?.href).toBe('tel:12315');
    expect(g.steps.at(-1)!.action).toBe('escalation');
  });
});
