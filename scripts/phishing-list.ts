// The offline phishing list: MetaMask's eth-phishing-detect configuration, read from the npm
// package pinned in package.json (a dev dependency) and written into every build as
// protect/phishing-list.json (wxt.config.ts, hook build:publicAssets). The extension never
// fetches it from the network; to refresh it, update the pinned package and rebuild.
// `npx tsx scripts/phishing-list.ts` prints what the build would ship.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PhishingListData } from '../lib/protect/phishing-list';

/** Where the built extension finds the list (lib/background/protection.ts loads it). */
export const PHISHING_LIST_FILE = 'protect/phishing-list.json';

interface LegacyConfig {
  version: number;
  tolerance: number;
  fuzzylist: string[];
  whitelist: string[];
  blacklist: string[];
}

/** The list as the build ships it: the package's config, keys renamed, entries lowercased and deduplicated. */
export function phishingListData(): PhishingListData {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('eth-phishing-detect/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string };
  const config = JSON.parse(readFileSync(require.resolve('eth-phishing-detect/src/config.json'), 'utf8')) as LegacyConfig;
  const clean = (xs: string[]) => [...new Set(xs.map((x) => x.trim().toLowerCase()).filter(Boolean))].sort();
  return {
    source: `eth-phishing-detect@${pkg.version}`,
    tolerance: config.tolerance,
    fuzzylist: clean(config.fuzzylist),
    allowlist: clean(config.whitelist),
    blocklist: clean(config.blacklist),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const d = phishingListData();
  const size = JSON.stringify(d).length;
  console.log(
    `${d.source}: ${d.blocklist.length} blocked, ${d.allowlist.length} allowed, ${d.fuzzylist.length} fuzzy targets (tolerance ${d.tolerance}); ${(size / 1000).toFixed(0)} kB`,
  );
}
