/**
 * The only link forms guidance ever shows: `https:` pages, `tel:` numbers, `mailto:` addresses.
 * Anything else (`javascript:`, `data:`, `http:`, relative paths, credentials in a URL) is refused,
 * so a bad registry entry can never become a clickable script or a downgrade to plain HTTP.
 */
const TEL = /^tel:\+?[0-9][0-9\-\s().]{1,30}$/;
const MAILTO = /^mailto:[^\s@:/?#]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(\?[^\s]*)?$/;

/** `href` normalised if it is a safe `https:`, `tel:` or `mailto:` link, else null. */
export function safeHref(href: string | null | undefined): string | null {
  if (typeof href !== 'string') return null;
  const value = href.trim();
  if (value !== href || value.length === 0 || value.length > 2048) return null;
  const lower = value.toLowerCase();
  if (lower.startsWith('tel:')) return TEL.test(value) ? value : null;
  if (lower.startsWith('mailto:')) return MAILTO.test(value) ? value : null;
  if (!lower.startsWith('https://')) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !url.hostname.includes('.')) return null;
  if (url.username || url.password) return null;
  return value;
}

export function isSafeHref(href: string | null | undefined): boolean {
  return safeHref(href) !== null;
}
