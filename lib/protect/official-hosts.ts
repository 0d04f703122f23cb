import { hostParts } from './domain';

/**
 * Public bodies: governments, police, regulators, ombudsmen and consumer bodies. Their warning
 * pages describe recovery scams and fake support in the scammers' own words, and are never
 * judged to be one.
 */
const OFFICIAL_SUFFIXES = [
  'gov',
  'mil',
  'gov.uk',
  'police.uk',
  'europa.eu',
  'gov.cn',
  'gov.hk',
  'gov.sg',
  'gov.au',
  'gc.ca',
  'gouv.fr',
  'bund.de',
  'go.jp',
  'gov.in',
  'gob.es',
  'gov.it',
  'admin.ch',
  'govt.nz',
];
const OFFICIAL_DOMAINS = new Set([
  'fca.org.uk',
  'financial-ombudsman.org.uk',
  'citizensadvice.org.uk',
  'which.co.uk',
  'ukfinance.org.uk',
  'finra.org',
  'bbb.org',
  'sfc.hk',
  '12315.cn',
  '12321.cn',
  'bafin.de',
  'amf-france.org',
  'consob.it',
  'cnmv.es',
  'afm.nl',
  'finma.ch',
]);

/** Whether the URL belongs to a public body (see above). */
export function isOfficialBody(url: string): boolean {
  const p = hostParts(url);
  if (!p) return false;
  return (
    OFFICIAL_DOMAINS.has(p.domain) ||
    OFFICIAL_SUFFIXES.some((s) => p.suffix === s || p.suffix.endsWith(`.${s}`) || p.domain.endsWith(`.${s}`))
  );
}
