// What the URL alone says: a help-centre path or host, a transaction page, a failure route.
// Malformed URLs give `null`, never an exception.
import type { SiteCore } from '../sites/types';

export interface UrlParts {
  host: string;
  /** Lower-cased, percent-decoded path segments (plus `#/…` fragment routes). */
  segments: string[];
  /** Path + fragment as written (case kept: transaction hashes are case-sensitive). */
  rawPath: string;
}

export function parseUrl(url: string): UrlParts | null {
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  let route = parsed.pathname;
  if (parsed.hash.startsWith('#/')) route += parsed.hash.slice(1).split('?')[0];
  const segments = route
    .split('/')
    .filter(Boolean)
    .map((seg) => {
      try {
        return decodeURIComponent(seg).toLowerCase();
      } catch {
        return seg.toLowerCase();
      }
    });
  return { host, segments, rawPath: parsed.pathname + parsed.hash };
}

const SUPPORT_SEGMENT =
  /^(?:help|helps|helpcenter|help[-_]cent(?:er|re)|support|supports|support[-_]cent(?:er|re)|contact|contact[-_]?us|cshelp|smarthelp|customer[-_]?(?:service|support|care)|dispute|disputes|complaint|complaints|complain|ticket|tickets|faq|faqs|kefu|bangzhu|tousu|feedback|resolution[-_]?cent(?:er|re)|service[-_]?cent(?:er|re)|hc|claims?|appeals?)$/;
const SUPPORT_SEGMENT_ZH = /客服|帮助|幫助|投诉|投訴|联系我们|聯絡我們|工单|工單|申诉|申訴|常见问题|常見問題/;
const SUPPORT_HOST_LABEL =
  /^(?:help|helpcenter|help-center|support|kefu|kf|cshall|cshelp|customerservice|customercare|care|contact|faq|complaints?)$/;

/** Why the URL is a help / contact / dispute page, or null. Generic rules plus the site's hints. */
export function supportUrlReason(
  url: string,
  parts: UrlParts,
  site: SiteCore | null,
  siteCheck: ((url: string, site: SiteCore) => boolean) | null,
): string | null {
  if (site && siteCheck) {
    try {
      if (siteCheck(url, site)) return `URL is one of the site's help pages (${shortUrl(parts)})`;
    } catch {
      // A broken hint must not break detection; the generic rules below still apply.
    }
  }
  const first = parts.host.split('.')[0] ?? '';
  if (parts.host.includes('.') && SUPPORT_HOST_LABEL.test(first)) return `URL is on a help-centre host (${parts.host})`;
  for (const seg of parts.segments) {
    const bare = seg.replace(/\.(?:html?|php|aspx?|jsp)$/, '');
    if (SUPPORT_SEGMENT.test(bare) || SUPPORT_SEGMENT_ZH.test(bare)) return `URL is a help-centre path (/${bare})`;
  }
  return null;
}

function shortUrl(parts: UrlParts): string {
  const path = parts.segments.slice(0, 3).join('/');
  const text = path ? `${parts.host}/${path}` : parts.host;
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

// Sections of a provider's site that publish articles, news or service status: what they say
// about failures is about failures in general, never the reader's own transaction.
const EDITORIAL_SEGMENT =
  /^(?:blogs?|academy|learn|learning|university|news|newsroom|press|press-releases?|insights|stories|magazine|research|announcements?|incidents?|zixun|xinwen|xueyuan|baike|community|forums?|posts?|threads?|discuss(?:ions?)?)$/;
const EDITORIAL_HOST = /^(?:blog|blogs|academy|learn|news|newsroom|press|research|status|stories)$|(?:^|-)status$/;

/** The URL is an editorial section (blog, academy, news, status page), or null. */
export function editorialUrlReason(parts: UrlParts): string | null {
  const labels = parts.host.split('.');
  // The host's labels before its registrable name: status.kraken.com, www.paypal-status.com.
  const named = labels.slice(0, -1).find((l) => EDITORIAL_HOST.test(l));
  if (named) return `URL is on an editorial or status host (${parts.host})`;
  const seg = parts.segments.find((s) => EDITORIAL_SEGMENT.test(s));
  if (seg) return `URL is an editorial or status section (/${seg})`;
  const dated = DATED_PATH.exec(parts.segments.join('/'));
  return dated ? `URL is a dated publication (/${dated[1]})` : null;
}

// A publication date in the path before the piece itself (/2026-11-28/doc-…, /2024/02/06/slug,
// /2022-02/10/content_…): how news sites and blogs file articles; a transaction's page is filed
// under its id, not under a day.
const DATED_PATH = /(?:^|\/)((?:19|20)\d{2}[-/](?:0?[1-9]|1[0-2])[-/](?:0?[1-9]|[12]\d|3[01]))\/[^/]/;

const FAIL_SEGMENT = /(?:^|[-_.])(?:fail|failed|failure|declined|rejected|error)(?:$|[-_.])/;

/** The URL's route names a failure (`/send/failed`, `pay-error.htm`). */
export function failureUrlReason(parts: UrlParts): string | null {
  // Short route names only: a help article's slug ("why-was-my-payment-declined") is no failure.
  const hit = parts.segments.find((seg) => seg.length <= 24 && FAIL_SEGMENT.test(seg));
  return hit ? `URL path suggests a failure (/${hit})` : null;
}

// An id: a hash or a long reference, or a UUID (what app back ends name their records by).
const GENERIC_TX =
  /\/(?:tx|txn|txs|transaction|transactions)\/([A-Za-z0-9]{16,128}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[/?#]|$)/i;

/** On a transaction page (explorer `/tx/<hash>`), the id in the URL; else null. */
export function txIdFromUrl(parts: UrlParts, site: SiteCore | null): string | null {
  for (const prefix of site?.hints?.txPaths ?? []) {
    const at = parts.rawPath.indexOf(prefix);
    if (at < 0) continue;
    // Multi-chain explorers put the chain first: /explorer/transactions/btc/<hash>.
    const rest = parts.rawPath
      .slice(at + prefix.length)
      .split(/[/?#]/)
      .filter(Boolean)
      .slice(0, 2);
    const id = rest.find((seg) => /^[A-Za-z0-9]{16,128}$/.test(seg));
    if (id) return id;
  }
  const generic = GENERIC_TX.exec(parts.rawPath);
  return generic ? generic[1]! : null;
}
