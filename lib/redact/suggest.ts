import type { Profile } from '../db/types';

/** Personal data a page commonly shows: e-mail addresses, phone numbers, account and card-like
 * numbers (6+ digits, spaces or dashes between), IBANs. Names and postal addresses have no shape
 * to find: the user's own come from their profile, the rest are typed in. */
const SHAPES = [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, /\+?\d[\d -]{6,}\d/g, /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g];

/** What to offer for redaction in a page's text, the profile's own data first, each once. */
export function suggestTerms(text: string, profile: Profile | null): string[] {
  const own = profile ? [profile.name, profile.email, profile.phone, ...Object.values(profile.accounts)] : [];
  const found = SHAPES.flatMap((re) => text.match(re) ?? []);
  const seen = new Set<string>();
  return [...own.filter((v) => v && text.includes(v)), ...found]
    .map((v) => v.trim())
    .filter((v) => v.length >= 2 && !seen.has(v) && seen.add(v));
}
