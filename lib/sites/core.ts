import { SITE_CORES } from './cores.generated';
import { buildHostIndex, lookupUrl } from './lookup';
import type { SiteCore } from './types';

export { SITE_CORES } from './cores.generated';

const coreIndex = buildHostIndex(SITE_CORES);

/** The registry site (detection data only) serving `url`, or null. */
export function coreForUrl(url: string, index: Map<string, SiteCore> = coreIndex): SiteCore | null {
  return lookupUrl(url, index);
}
