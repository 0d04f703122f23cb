import { distance } from 'fastest-levenshtein';

/**
 * The offline copy of MetaMask's eth-phishing-detect configuration that the build writes
 * (scripts/phishing-list.ts, from the pinned npm package): never fetched at run time.
 */
export interface PhishingListData {
  source: string;
  tolerance: number;
  fuzzylist: string[];
  allowlist: string[];
  blocklist: string[];
}

/** `allow`: the list vouches for the host (its allowlist holds near-misses that are real sites). */
type ListMatch = { type: 'allow' } | { type: 'blocklist' } | { type: 'fuzzy'; match: string };

/** The list, indexed: set lookups per label instead of the package's scan of every entry. */
export interface PhishingList {
  source: string;
  check(host: string): ListMatch | null;
}

/** host, then each parent domain: `a.b.c` → `a.b.c`, `b.c`, `c`. */
function* suffixes(host: string): Generator<string> {
  let h = host;
  for (;;) {
    yield h;
    const dot = h.indexOf('.');
    if (dot < 0) return;
    h = h.slice(dot + 1);
  }
}

/** Everything but the last label ("fuzzy form" in eth-phishing-detect's detector). */
const fuzzyForm = (host: string) => host.split('.').slice(0, -1).join('.');

/**
 * Same verdicts as eth-phishing-detect's PhishingDetector.check (a host or any parent on the
 * allowlist passes; on the blocklist fails; else within `tolerance` edits of a fuzzylist entry,
 * TLD dropped and the first "www." removed, fails). test/unit/protect/phishing-list.test.ts
 * holds the two to the same answers.
 */
export function indexPhishingList(data: PhishingListData): PhishingList {
  const allow = new Set(data.allowlist);
  const block = new Set(data.blocklist);
  const fuzzy = data.fuzzylist.map((f) => ({ host: f, form: fuzzyForm(f) }));
  return {
    source: data.source,
    check(raw) {
      const host = raw.endsWith('.') ? raw.slice(0, -1) : raw;
      for (const h of suffixes(host)) if (allow.has(h)) return { type: 'allow' };
      for (const h of suffixes(host)) if (block.has(h)) return { type: 'blocklist' };
      if (data.tolerance > 0) {
        const form = fuzzyForm(host).replace('www.', '');
        const hit = fuzzy.find((f) => distance(form, f.form) <= data.tolerance);
        if (hit) return { type: 'fuzzy', match: hit.host };
      }
      return null;
    },
  };
}
