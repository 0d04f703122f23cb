import { runGuard } from '@/lib/content/guard';
import { contentLifetime } from '@/lib/content/lifetime';

// The opt-in guard: not in the manifest. Registered at run time for every site when the user
// turns protection on (lib/protect/guard-setting.ts). An unlisted script rather than a WXT
// content script: WXT's content-script wrapper announces itself to the page, and the guard must
// leave no trace a page can observe beyond its banner.
export default defineUnlistedScript(() => {
  runGuard(contentLifetime('guard'));
});
