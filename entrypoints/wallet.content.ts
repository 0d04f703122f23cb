import { registryMatchPatterns } from '@/lib/sites';
import { setupWalletWatcher } from '@/lib/content/watch';

export default defineContentScript({
  matches: registryMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    setupWalletWatcher(ctx);
  },
});
