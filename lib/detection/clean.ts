// Text normalisation shared by every reader: what the eye sees, not what the DOM stores.

export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
export const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
export const ODD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Control characters become spaces, zero-width and bidi marks vanish, whitespace collapses. */
export function clean(text: string): string {
  let s = text;
  if (ODD.test(s)) s = s.replace(CONTROL, ' ').replace(INVISIBLE, '');
  // Curly apostrophes become straight ones so "can’t" and "can't" read alike.
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .trim();
}
