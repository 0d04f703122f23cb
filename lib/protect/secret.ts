import { wordlist } from '@scure/bip39/wordlists/english.js';

const WORDS = new Set(wordlist);

/** What a typed or pasted value looks like, as far as the paste guard cares. */
export type SecretKind = 'recovery-phrase' | 'private-key';

/**
 * Whether `value` looks like a wallet's recovery phrase (12 to 24 words, all from the BIP-39
 * English list) or a raw private key (64 hex digits). Pure; the value is neither kept nor sent.
 */
export function secretKind(value: string): SecretKind | null {
  const v = value.trim();
  if (v.length < 47 || v.length > 300) return null;
  if (/^(0x)?[0-9a-fA-F]{64}$/.test(v)) return 'private-key';
  // Numbered lists ("1. abandon 2. ability …") are how phrases are often written down.
  const words = v
    .toLowerCase()
    .split(/[\s,]+/)
    .map((w) => w.replace(/^\d+[.)]/, ''))
    .filter(Boolean);
  if (words.length < 12 || words.length > 24) return null;
  return words.every((w) => WORDS.has(w)) ? 'recovery-phrase' : null;
}
