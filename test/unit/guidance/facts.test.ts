import { describe, expect, it } from 'vitest';
import { BODIES, DEADLINE_RULES, channelsFor, guidanceFor, SITUATION_IDS } from '../../../lib/guidance';
import { CLAIM_RULES } from '../../../lib/guidance/claim-rules';
import { COVERAGE_NOTES } from '../../../lib/guidance/coverage';
import { SITES } from '../../../lib/sites';
import type { FactCheck, RegionId } from '../../../lib/sites/types';

// Issue 13 §3: every channel, phone number, e-mail, time limit and escalation body carries the
// page it was checked on and the date, or says it is unverified. The sources must be the
// provider's or the regulator's own pages (a user can open them and find the fact there).

/** Regulators' and public bodies' own domains (and their subdomains). */
const OFFICIAL_HOSTS = [
  'samr.gov.cn',
  '12315.cn',
  'nfra.gov.cn',
  'pbc.gov.cn',
  'mps.gov.cn',
  'financial-ombudsman.org.uk',
  'fca.org.uk',
  'reportfraud.police.uk',
  'scotland.police.uk',
  'ec.europa.eu',
  'eur-lex.europa.eu',
  'europol.europa.eu',
  'consumerfinance.gov',
  'ftc.gov',
  'ic3.gov',
  'psr.org.uk',
  // The Federal Reserve Regulatory Service: the Board's own publication of its regulations.
  'frrsdigital.com',
];

const REGIONS: RegionId[] = ['CN', 'US', 'UK', 'EU', 'GLOBAL'];

function within(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function isPastDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return d.toISOString().startsWith(s) && d.getTime() <= Date.now();
}

interface Named {
  where: string;
  fact: FactCheck;
  /** Domains the source must be on. */
  domains: readonly string[];
}

function allFacts(): Named[] {
  const out: Named[] = [];
  for (const site of SITES) {
    // The provider's hosts, and the hosts of the help pages the registry lists for it (Google
    // Pay's help lives on support.google.com, which the registry must not claim as a host).
    const domains = [...site.hosts, ...site.supportUrls.map((u) => new URL(u).hostname)];
    for (const c of site.channels) out.push({ where: `${site.id} channel ${c.url}`, fact: c, domains });
  }
  for (const b of BODIES) {
    out.push({ where: `body ${b.id}`, fact: b, domains: OFFICIAL_HOSTS });
    for (const c of b.contact) out.push({ where: `body ${b.id} contact ${c.href}`, fact: c, domains: OFFICIAL_HOSTS });
    for (const n of b.notes ?? []) out.push({ where: `body ${b.id} note "${n.en}"`, fact: n, domains: OFFICIAL_HOSTS });
  }
  for (const r of DEADLINE_RULES) out.push({ where: `rule ${r.id}`, fact: r, domains: OFFICIAL_HOSTS });
  // A provider's own terms (PayPal's dispute windows) come from its own pages.
  for (const r of CLAIM_RULES)
    out.push({ where: `claim rule ${r.id}`, fact: r, domains: [...OFFICIAL_HOSTS, ...(r.sites ?? []).map((id) => `${id}.com`)] });
  for (const n of COVERAGE_NOTES) out.push({ where: `coverage ${n.id}`, fact: n, domains: OFFICIAL_HOSTS });
  return out;
}

describe('registry and guidance facts', () => {
  const facts = allFacts();

  it('there are facts of every kind to check', () => {
    expect(facts.length).toBeGreaterThan(100);
    for (const kind of [/ channel /, /^body \S+$/, / contact /, / note /, /^rule /, /^coverage /]) {
      expect(
        facts.some((f) => kind.test(f.where)),
        String(kind),
      ).toBe(true);
    }
  });

  it('every fact has an https source on the provider’s or regulator’s own domain', () => {
    for (const { where, fact, domains } of facts) {
      const url = new URL(fact.source);
      expect(url.protocol, where).toBe('https:');
      expect(
        domains.some((d) => within(url.hostname, d)),
        `${where}: ${url.hostname} is not an official page`,
      ).toBe(true);
    }
  });

  it('every fact has a check date, or is marked unverified; never both, never neither', () => {
    for (const { where, fact } of facts) {
      if (fact.unverified === true) expect(fact.checked, where).toBeUndefined();
      else expect(isPastDate(fact.checked ?? ''), `${where}: checked "${fact.checked}"`).toBe(true);
    }
  });

  it('the known corrections hold: Report Fraud, not Action Fraud; 12378’s rule by its name', () => {
    const text = JSON.stringify([BODIES, DEADLINE_RULES]);
    expect(text).not.toMatch(/actionfraud/i);
    expect(text).toContain('reportfraud.police.uk');
    expect(text).toContain('银行业保险业消费投诉处理管理办法');
    expect(text).not.toContain('银行保险机构消费投诉处理管理办法');
    const cfpb = DEADLINE_RULES.find((r) => r.id === 'us-cfpb-15d')!;
    expect(cfpb.label.en).toMatch(/generally/);
    expect(DEADLINE_RULES.find((r) => r.id === 'us-cfpb-60d')!.label.en).toMatch(/at most/);
  });

  it('what the popup resolves keeps every fact’s source and status', () => {
    for (const site of [...SITES, null]) {
      for (const region of REGIONS) {
        for (const situation of SITUATION_IDS) {
          for (const ch of channelsFor(site, { situation, region })) {
            expect(ch.fact.source, `${site?.id} ${ch.href}`).toMatch(/^https:\/\//);
            expect(ch.fact.unverified === true || isPastDate(ch.fact.checked ?? '')).toBe(true);
          }
          const bodyHrefs = new Set(BODIES.flatMap((b) => b.contact.map((c) => c.href)));
          for (const step of guidanceFor({ situation, site, region }).steps) {
            if (step.link && bodyHrefs.has(step.link.href)) expect(step.fact, `${situation} ${region} ${step.id}`).toBeDefined();
          }
        }
      }
    }
  });
});
