import { hostParts } from './domain';
import { listTrusted, setTrustedDomain } from './trusted-store';

/** The registrable domain trust is kept under, or null for what is not a web page. */
const trustKey = (url: string): string | null => hostParts(url)?.domain ?? null;

export async function isTrusted(url: string): Promise<boolean> {
  const key = trustKey(url);
  return key !== null && (await listTrusted()).some((t) => t.domain === key);
}

/** Trust (or stop trusting) the site of `url`. */
export async function setTrusted(url: string, trusted: boolean, now = Date.now()): Promise<void> {
  const key = trustKey(url);
  if (key) await setTrustedDomain(key, trusted, now);
}
