import { PROBE_GLOBAL, probePage } from '@/lib/capture/probe';

// Injected on demand (scripting.executeScript, activeTab) before a capture; installs the probe
// in the extension's isolated world, where page scripts cannot see or replace it.
export default defineUnlistedScript(() => {
  Object.defineProperty(globalThis, PROBE_GLOBAL, {
    value: () => probePage(document, window),
    configurable: true,
  });
});
