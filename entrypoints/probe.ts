import { browser } from 'wxt/browser';
import { PROBE_GLOBAL, probePage } from '@/lib/capture/probe';

// Injected on demand (scripting.executeScript, activeTab) before the first capture of a document;
// installs the probe in the extension's isolated world, where page scripts cannot see or replace
// it. Later captures of the document call it directly. It carries the extension version, so a
// probe left behind by an older version of the extension is not used after an update.
export default defineUnlistedScript(() => {
  Object.defineProperty(globalThis, PROBE_GLOBAL, {
    value: Object.assign(() => probePage(document, window), { version: browser.runtime.getManifest().version }),
    configurable: true,
  });
});
