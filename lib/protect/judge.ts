import { SITES } from '../sites';
import { isOwnHost } from './brands';
import { hostParts } from './domain';
import { judgeFakeSupport } from './fake-support';
import { checkLookalike, type LookalikeFinding } from './lookalike';
import { isOfficialBody } from './official-hosts';
import type { ProtectReading } from './page-read';
import type { PageVerdict } from './page-verdict';
import type { PhishingList } from './phishing-list';
import { judgeRecovery } from './recovery';

/** What the protection checks found on a page: the DESIGN.md "Protection warnings" cases. */
export type ProtectVerdict = ({ kind: 'lookalike' } & LookalikeFinding) | (PageVerdict & { host: string });

/** The registry's own channel pages elsewhere (x.com/AskPayPal): the real support, by definition. */
const CHANNEL_PAGES = SITES.flatMap((s) => s.channels.map((c) => c.url).filter((u) => u.startsWith('https://'))).map((u) =>
  u.replace(/\/+$/, '').toLowerCase(),
);

/** Search engines: their result pages quote support pages (and ads for fake ones) without being one. */
const SEARCH_LABELS = new Set(['google', 'bing', 'baidu', 'duckduckgo', 'yahoo', 'yandex', 'sogou', 'so', 'naver', 'ecosia', 'brave']);

/** Whether a page's text is worth reading: not a registry site, public body, search page or listed channel. */
export function needsReading(url: string): boolean {
  const p = hostParts(url);
  if (!p || isOwnHost(p.host) || isOfficialBody(url) || SEARCH_LABELS.has(p.label)) return false;
  const bare = url.split(/[?#]/)[0]!.replace(/\/+$/, '').toLowerCase();
  return !CHANNEL_PAGES.some((c) => bare === c || bare.startsWith(`${c}/`));
}

/**
 * The protection verdict for a page: its address first (look-alike of a registry site), then,
 * when its text was read, a fund-recovery offer or a fake support page. Pure: the phishing list
 * and the reading are arguments; null when nothing is wrong (genuine sites, public bodies'
 * warnings, news).
 */
export function judgeProtection(url: string, reading: ProtectReading | null, list: PhishingList | null): ProtectVerdict | null {
  const lookalike = checkLookalike(url, list);
  if (lookalike) return { kind: 'lookalike', ...lookalike };
  if (!reading || !needsReading(url)) return null;
  const page = judgeRecovery(reading) ?? judgeFakeSupport(reading);
  return page ? { ...page, host: hostParts(url)!.unicode } : null;
}
