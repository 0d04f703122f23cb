// punycode ships no types; only the decoder is used (lib/protect/domain.ts).
declare module 'punycode/punycode.es6.js' {
  export function toUnicode(domain: string): string;
}
