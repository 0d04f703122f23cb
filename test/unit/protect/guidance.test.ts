import { describe, expect, it } from 'vitest';
import { guidanceFor, SITUATIONS } from '../../../lib/guidance';
import type { RegionId } from '../../../lib/sites/types';

describe('guidance: offers to get your money back (recovery scams)', () => {
  it('is urgent, says no genuine body charges a fee, in both languages', () => {
    const g = guidanceFor({ situation: 'recovery-scam', region: 'US' });
    expect(g.urgent).toBe(true);
    expect(g.intro.en).toMatch(/No genuine police force, regulator or provider charges a fee/);
    expect(g.intro.zh).toMatch(/不收取任何费用/);
    expect(g.steps[0]!.id).toBe('pay-nothing');
  });

  it('sends the report where each region’s police and fraud service take it', () => {
    const links = (region: RegionId) =>
      guidanceFor({ situation: 'recovery-scam', region }).steps.flatMap((s) => (s.link ? [s.link.href] : []));
    expect(links('US')).toEqual(expect.arrayContaining(['https://www.ic3.gov/', 'https://reportfraud.ftc.gov/']));
    expect(links('CN')).toEqual(expect.arrayContaining(['tel:110', 'tel:96110']));
    expect(links('UK').length).toBeGreaterThan(0);
  });

  it('names its sources: FBI IC3, FTC, FCA and Chinese police, all https', () => {
    const sources = SITUATIONS['recovery-scam'].sources ?? [];
    expect(sources.map((s) => s.name).join(' ')).toMatch(/IC3[\s\S]*FTC[\s\S]*FCA[\s\S]*公安/);
    for (const s of sources) expect(new URL(s.url).protocol).toBe('https:');
  });
});
