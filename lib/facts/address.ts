import { base58, bech32, bech32m, createBase58check } from '@scure/base';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Network } from './types';

// Audited codecs only (@scure/base, @noble/hashes): no hand-written checksum code here.
const b58check = createBase58check(sha256);
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/;

export interface AddressVerdict {
  network: Network;
  /** Checksum verdict (Solana: decodes to 32 bytes); undefined when the form has none (EVM all one case). */
  valid?: boolean;
}

/** EIP-55: a letter is upper case exactly when the matching nibble of keccak256(lower-case hex) is ≥ 8. */
function eip55(addr: string): boolean | undefined {
  const hex = addr.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return undefined;
  const hash = keccak_256(new TextEncoder().encode(hex.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const c = hex[i]!;
    if (!/[a-fA-F]/.test(c)) continue;
    const nibble = (hash[i >> 1]! >> (i % 2 ? 0 : 4)) & 15;
    if (nibble >= 8 !== (c === c.toUpperCase())) return false;
  }
  return true;
}

/** BIP-173 / BIP-350: witness v0 in bech32 (20 or 32 bytes), v1–16 in bech32m (2–40 bytes). */
function segwit(addr: string): boolean {
  const lower = addr.toLowerCase();
  if (addr !== lower && addr !== addr.toUpperCase()) return false;
  const hrp = lower.slice(0, lower.lastIndexOf('1'));
  if (hrp !== 'bc' && hrp !== 'tb') return false;
  for (const [codec, v0] of [
    [bech32, true],
    [bech32m, false],
  ] as const) {
    try {
      const { words } = codec.decode(lower as `${string}1${string}`, 90);
      const version = words[0];
      if (version === undefined || version > 16 || (version === 0) !== v0) continue;
      const program = codec.fromWords(words.slice(1));
      if (program.length < 2 || program.length > 40) continue;
      if (version === 0 && program.length !== 20 && program.length !== 32) continue;
      return true;
    } catch {
      // not this encoding (or a bad checksum); the other one is tried
    }
  }
  return false;
}

function checked(addr: string): Uint8Array | null {
  try {
    return b58check.decode(addr);
  } catch {
    return null;
  }
}

function decoded58(addr: string): Uint8Array | null {
  try {
    return base58.decode(addr);
  } catch {
    return null;
  }
}

// Bitcoin legacy version bytes: P2PKH 0x00, P2SH 0x05 (mainnet), 0x6f / 0xc4 (testnet).
const BITCOIN_VERSIONS = new Set([0x00, 0x05, 0x6f, 0xc4]);

/**
 * The network of an address as written and its checksum verdict, or null when the text is no
 * address of a known form. A form that is recognised but does not validate comes back with
 * `valid: false` (never dropped: a hand-typed address is worth a warning).
 */
export function checkAddress(text: string): AddressVerdict | null {
  if (/^0x[0-9a-fA-F]{40}$/.test(text)) {
    const valid = eip55(text);
    return valid === undefined ? { network: 'evm' } : { network: 'evm', valid };
  }
  if (/^(?:bc|tb)1[02-9ac-hj-np-z]{6,87}$/i.test(text)) return { network: 'bitcoin', valid: segwit(text) };
  if (!BASE58.test(text) || text.length < 25 || text.length > 44) return null;
  const payload = checked(text);
  // Tron: base58check of 0x41 + 20 bytes (TRON's address format).
  if (text[0] === 'T' && text.length === 34) {
    if (payload?.length === 21 && payload[0] === 0x41) return { network: 'tron', valid: true };
    if (decoded58(text)?.length !== 32) return { network: 'tron', valid: false };
  }
  if ((text[0] === '1' || text[0] === '3' || text[0] === 'm' || text[0] === 'n' || text[0] === '2') && text.length <= 35) {
    if (payload?.length === 21 && BITCOIN_VERSIONS.has(payload[0]!)) return { network: 'bitcoin', valid: true };
    if (decoded58(text)?.length !== 32) return text[0] === '1' || text[0] === '3' ? { network: 'bitcoin', valid: false } : null;
  }
  // Solana: an ed25519 public key, base58 of exactly 32 bytes; it has no checksum, the length is the check.
  if (text.length >= 32) return { network: 'solana', valid: decoded58(text)?.length === 32 };
  return null;
}
