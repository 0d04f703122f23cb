import { setupDetectionBadge } from '@/lib/background/badge';

export default defineBackground(() => {
  setupDetectionBadge();
});
