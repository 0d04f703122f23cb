import { getSetting, setSetting } from '../db/settings';

const KEY = 'protect-trusted';

/** A site the user said they trust ("I trust this site"): no warning there until they undo it. */
export interface TrustedSite {
  /** Registrable domain (`example.co.uk`): the trust covers its subdomains. */
  domain: string;
  /** When it was trusted (epoch ms). */
  at: number;
}

export const listTrusted = (): Promise<TrustedSite[]> => getSetting(KEY);

/** Trust (or stop trusting) a registrable domain; the dashboard's undo works on it directly. */
export async function setTrustedDomain(domain: string, trusted: boolean, now = Date.now()): Promise<void> {
  const rest = (await listTrusted()).filter((t) => t.domain !== domain);
  await setSetting(KEY, trusted ? [...rest, { domain, at: now }] : rest);
}
