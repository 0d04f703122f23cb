/** Name of the isolated-world global the probe script (entrypoints/probe.ts) installs. */
export const PROBE_GLOBAL = '__walletWitnessProbe';
/** The content script's message asking it to run that probe (lib/content/probe-relay.ts). */
export const RUN_PROBE = 'wallet-witness:run-probe';

/**
 * In the page's isolated world: the probe `name` of this `version`, run (`run`) or only looked
 * for; null when the document has none (or another version's). Self-contained, because the
 * background hands it to scripting.executeScript; the content script calls it directly.
 */
export const installedProbe = (name: string, version: string, run: boolean): unknown => {
  const probe = (globalThis as unknown as Record<string, ((() => unknown) & { version?: string }) | undefined>)[name];
  if (typeof probe !== 'function' || probe.version !== version) return null;
  return run ? probe() : true;
};
