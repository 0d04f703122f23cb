import { probeAfterNextFrame } from '@/lib/capture/page-probe';

// Injected by each capture with ONE scripting.executeScript (lib/capture/probe-tab.ts) into the
// extension's isolated world of the captured page, where page scripts cannot see or replace it.
// What main returns (a promise, awaited by the browser) is what executeScript hands back.
export default defineUnlistedScript(() => probeAfterNextFrame(document, window));
