import { SITE_CORES } from '@/lib/sites/core';
import { matchPatterns } from '@/lib/sites/lookup';
import { contentLifetime } from '@/lib/content/lifetime';
import { setupWalletWatcher } from '@/lib/content/watch';

// matches come from the registry's generated detection view (lib/sites/cores.generated.ts), the
// same data the detector uses, so the bundle does not carry the whole registry.
export default defineContentScript({
  matches: matchPatterns(SITE_CORES),
  // Evaluated before the page parses, idle until it has loaded (lib/content/watch.ts); user-added
  // sites get the same (lib/user-sites.ts CONTENT_SCRIPT_RUN_AT).
  runAt: 'document_start',
  // WXT's ctx is not used: a page can forge its invalidation event (lib/content/lifetime.ts).
  main() {
    const life = contentLifetime();
    setupWalletWatcher(life);
  },
});
