import { setupDetectionBadge } from '@/lib/background/badge';
import { setupCapture } from '@/lib/background/capture';
import { setupContextMenu } from '@/lib/background/context-menu';
import { setupProtection } from '@/lib/background/protection';
import { setupReminders } from '@/lib/background/reminders';

// The background is a list of concerns; each lives in lib/background/.
export default defineBackground(() => {
  setupDetectionBadge();
  setupCapture();
  setupContextMenu();
  setupReminders();
  setupProtection();
});
