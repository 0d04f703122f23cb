/** Name of the isolated-world global the probe script (entrypoints/probe.ts) installs. */
export const PROBE_GLOBAL = '__walletWitnessProbe';
/** The content script's message asking it to run that probe (lib/content/probe-relay.ts). */
export const RUN_PROBE = 'wallet-witness:run-probe';
