import { setupDetectionBadge } from '@/lib/background/badge';
import { setupCapture } from '@/lib/background/capture';
import { setupContextMenu } from '@/lib/background/context-menu';
import { setupProtection } from '@/lib/background/protection';
import { setupReminders } from '@/lib/background/reminders';
import { ensurePersistence } from '@/lib/db/persistence';

// The background is a list of concerns; each lives in lib/background/.
export default defineBackground(() => {
  setupDetectionBadge();
  setupCapture();
  setupContextMenu();
  setupReminders();
  setupProtection();
  // Firefox's background is a page, where persist() exists (granted without a prompt with
  // unlimitedStorage); Chrome's service worker has none, and the dashboard asks there.
  void ensurePersistence();
});
