/**
 * How page.html is cut into parts for the redaction commitments (lib/redact/commit.ts): runs of
 * word characters (letters, digits, `_ @ . + -`, so an e-mail address or an account number is
 * one part), each Han character on its own (Chinese is written without spaces: a name is two or
 * three of them), and the runs in between (markup, spaces, punctuation). Joined, the parts give
 * the text back exactly. A redaction hides whole parts.
 */
const PART = /\p{sc=Han}|(?:(?!\p{sc=Han})[\p{L}\p{N}\p{M}_@.+-])+|[^\p{L}\p{N}\p{M}_@.+-]+/gu;

export function splitParts(text: string): string[] {
  return text.match(PART) ?? [];
}
