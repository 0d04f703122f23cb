import { WALLET_MATCHES } from '@/lib/sites/cores.generated';
import { contentLifetime } from '@/lib/content/lifetime';
import { setupWalletWatcher } from '@/lib/content/watch';

// matches are generated from the registry (lib/sites/cores.generated.ts, scripts/site-cores.ts) as
// a literal: the bundle carries neither the registry nor code to derive them on every page load.
export default defineContentScript({
  matches: [...WALLET_MATCHES],
  // Evaluated before the page parses, idle until it has loaded (lib/content/watch.ts); user-added
  // sites get the same (lib/user-sites.ts CONTENT_SCRIPT_RUN_AT).
  runAt: 'document_start',
  // WXT's ctx is not used: a page can forge its invalidation event (lib/content/lifetime.ts).
  main() {
    const life = contentLifetime();
    setupWalletWatcher(life);
  },
});
