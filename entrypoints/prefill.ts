import { installPrefillAgent } from '@/lib/prefill/agent';

// Injected into the form's page when the user asks to prefill (scripting.executeScript).
export default defineUnlistedScript(() => {
  installPrefillAgent();
});
