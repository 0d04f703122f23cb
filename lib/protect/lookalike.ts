import { distance } from 'fastest-levenshtein';
import { isOwnHost, MARKS, OWN_HOSTS, type Brand } from './brands';
import { ABUSED_TLDS, HOSTING_SUFFIXES, LURE_TOKENS, PATH_HOSTS } from './domain-words';
import { hostParts, type HostParts } from './domain';
import type { PhishingList } from './phishing-list';
import { skeleton } from './skeleton';

/** Why a domain is judged a look-alike (shown to the user as the reason, in words). */
type LookalikeRule = 'phishing-list' | 'confusable' | 'typo' | 'brand-elsewhere' | 'free-hosting';

export interface LookalikeFinding {
  rule: LookalikeRule;
  /** The registry site it imitates, when one is recognisable. */
  siteId: string | null;
  /** That site's real registrable domain (`paypal.com`). */
  imitates: string | null;
  /** The page's host as a person reads it (IDN decoded). */
  host: string;
}

/**
 * English words and other companies' names one edit from a mark (found by running the typo rule
 * over a dictionary, plus names met while building the legitimate-domain corpus): never typos.
 */
const TYPO_EXCEPTIONS = new Set([
  'papal',
  'revolt',
  'shrill',
  'skill',
  'krill',
  'finance',
  'venom',
  'paypay',
  'allpay',
  'unionbay',
  'googleplay',
  'webchat',
  'krakend',
]);

/** GitHub and GitLab pages are named after their account: `paypal.github.io` is PayPal's own. */
const ACCOUNT_HOSTING = new Set(['github.io', 'gitlab.io']);

type Mark = (typeof MARKS)[number];

/** One transposition of neighbours (`paypla`), which Levenshtein counts as two edits. */
function adjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * A mark inside `text` (hyphens and dots removed): anywhere for marks of five letters or more;
 * shorter ones as a whole token, or joined to a lure word ("okxrefund"), never inside a word.
 */
function markIn(text: string, tokens: string[], skel: boolean): Mark | null {
  const compact = text.replace(/[-.]/g, '');
  for (const m of MARKS) {
    const mark = skel ? m.skeleton : m.mark;
    if (m.mark.length >= 5 ? compact.includes(mark) : tokens.some((t) => t === mark || shortJoined(t, mark))) return m;
  }
  return null;
}

/** "okxrefund", "kefuokx": a short mark joined to a lure word and nothing else. */
function shortJoined(token: string, mark: string): boolean {
  if (token.startsWith(mark)) return LURE_TOKENS.has(token.slice(mark.length));
  return token.endsWith(mark) && LURE_TOKENS.has(token.slice(0, -mark.length));
}

/** Lure words in what is left of a label once the mark is taken out ("secure-login", "verify"). */
function hasLure(rest: string): boolean {
  const tokens = rest.split(/[-.]/).filter(Boolean);
  // A bare number next to a brand ("paypal24", "binance-365") is a lure too.
  if (tokens.some((t) => LURE_TOKENS.has(t) || /^\d+$/.test(t))) return true;
  const compact = tokens.join('');
  for (const w of LURE_TOKENS) if (w.length >= 4 && (compact.startsWith(w) || compact.endsWith(w))) return true;
  return false;
}

/** "paypal-com", "metamask.io.": the provider's own domain spelled inside another one. */
const spellsDomain = (rest: string, brand: Brand) => brand.domains.some((d) => rest.split(/[-.]/).includes(d.split('.').pop()!));

const finding = (rule: LookalikeRule, m: Mark | null, p: HostParts): LookalikeFinding => ({
  rule,
  siteId: m?.brand.siteId ?? null,
  imitates: m?.brand.domains[0] ?? null,
  host: p.unicode,
});

/** The registry mark a look-alike label is one slip away from (typo or confusable characters). */
function nearMark(label: string): { rule: LookalikeRule; mark: Mark } | null {
  const compact = label.replaceAll('-', '');
  const skel = skeleton(compact);
  for (const m of MARKS) {
    if (compact === m.mark) return label === m.mark ? null : { rule: 'typo', mark: m };
    if (skel === m.skeleton) return { rule: 'confusable', mark: m };
  }
  if (!/^[a-z0-9]+$/.test(compact) || TYPO_EXCEPTIONS.has(compact)) return null;
  for (const m of MARKS) {
    if (m.mark.length < 5 || Math.abs(m.mark.length - compact.length) > 2) continue;
    const d = distance(compact, m.mark);
    if (d === 1 || (d === 2 && m.mark.length >= 9) || adjacentSwap(compact, m.mark)) return { rule: 'typo', mark: m };
  }
  return null;
}

/** A registry host spelled out in the subdomains ("paypal.com.help-center.com"). */
function ownHostInSub(p: HostParts): Mark | null {
  const sub = `.${p.sub.join('.')}.`;
  for (const host of OWN_HOSTS) {
    if (!sub.includes(`.${host}.`)) continue;
    const site = MARKS.find((m) => m.brand.domains.some((d) => host === d || host.endsWith(`.${d}`)));
    if (site) return site;
  }
  return null;
}

/** A brand name where the brand does not live: in another domain, its subdomains or a free host. */
function brandElsewhere(p: HostParts): LookalikeFinding | null {
  const spelled = p.sub.length > 1 ? ownHostInSub(p) : null;
  if (spelled) return finding('brand-elsewhere', spelled, p);
  const tld = p.suffix.split('.').pop()!;
  const hostedSuffix = HOSTING_SUFFIXES.has(p.suffix) ? p.suffix : HOSTING_SUFFIXES.has(p.domain) ? p.domain : null;
  // The skeleton pass only where a label holds digits or non-ASCII letters ("binаnce-login").
  const passes = /[^a-z.-]/.test([p.label, ...p.sub].join('.')) ? [false, true] : [false];
  for (const skel of passes) {
    const norm = (s: string) => (skel ? skeleton(s) : s);
    const rule = (r: LookalikeRule): LookalikeRule => (skel ? 'confusable' : r);
    const label = norm(p.label);
    const sub = p.sub.map(norm);
    // Free hosting and form services: the site's own name is its subdomain (or label, under a
    // private suffix) or, on path-hosted services, its first path segments.
    if (hostedSuffix || PATH_HOSTS.has(p.host)) {
      const site = [...(hostedSuffix === p.suffix ? [label] : []), ...sub, ...(PATH_HOSTS.has(p.host) ? p.path.map(norm) : [])];
      const text = site.join('.');
      const m = markIn(text, text.split(/[-.]/), skel);
      const ownAccount = ACCOUNT_HOSTING.has(p.suffix) && m && site.length === 1 && label === (skel ? m.skeleton : m.mark);
      if (m && !ownAccount) return finding(rule('free-hosting'), m, p);
      continue;
    }
    const inLabel = markIn(label, label.split('-'), skel);
    if (inLabel) {
      const mark = skel ? inLabel.skeleton : inLabel.mark;
      const rest = label.replaceAll('-', '').replace(mark, '-').replace(/^-|-$/g, '');
      const exact = label === mark;
      if (exact && (ABUSED_TLDS.has(tld) || (skel && p.label !== label))) return finding(rule('brand-elsewhere'), inLabel, p);
      if (!exact && (hasLure(label.replace(mark, '-')) || hasLure(rest) || spellsDomain(label, inLabel.brand) || ABUSED_TLDS.has(tld)))
        return finding(rule('brand-elsewhere'), inLabel, p);
      continue;
    }
    const subText = sub.join('.');
    const inSub = markIn(subText, subText.split(/[-.]/), skel);
    if (inSub && (spellsDomain(subText, inSub.brand) || hasLure(subText) || hasLure(label) || ABUSED_TLDS.has(tld)))
      return finding(rule('brand-elsewhere'), inSub, p);
  }
  return null;
}

/**
 * Whether `url` imitates a registry site, and how. Pure; `list` is the offline phishing list
 * (null while it is not loaded: the other rules still run). The registry's own hosts, and hosts
 * the list allows, are never warned about.
 */
export function checkLookalike(url: string, list: PhishingList | null): LookalikeFinding | null {
  const p = hostParts(url);
  if (!p || isOwnHost(p.host)) return null;
  const listed = list?.check(p.host) ?? null;
  if (listed?.type === 'allow') return null;
  const near = nearMark(p.label);
  const own = near ? finding(near.rule, near.mark, p) : brandElsewhere(p);
  if (own || !listed) return own;
  // On the list only: name the provider when the list's near-match is one of the registry's.
  const match = listed.type === 'fuzzy' ? listed.match : null;
  const m = match ? (MARKS.find((x) => x.brand.domains.includes(match)) ?? null) : null;
  return { ...finding('phishing-list', m, p), imitates: m ? m.brand.domains[0]! : match };
}
