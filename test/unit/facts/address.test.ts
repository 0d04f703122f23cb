import { describe, expect, it } from 'vitest';
import { checkAddress } from '@/lib/facts/address';

// EIP-55's own test cases (ethereum/ERCs, ERCS/erc-55.md, "Test Cases").
const EIP55_MIXED = [
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
  '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
  '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
];
const EIP55_ONE_CASE = [
  '0x52908400098527886E0F7030069857D2E4169EE7',
  '0x8617E340B3D01FA5F11F306F4090FD50E238070D',
  '0xde709f2102306220921060314715629080e2fb77',
  '0x27b1fdb04752bbc536007a920d24acb045561c26',
];
// BIP-350 "Test vectors for v0-v16 native segregated witness addresses" (valid, then invalid).
const SEGWIT_VALID = [
  'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4',
  'tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7',
  'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y',
  'BC1SW50QGDZ25J',
  'bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs',
  'tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy',
  'tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c',
  'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
];
const SEGWIT_INVALID = [
  'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd', // bech32 instead of bech32m
  'tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf',
  'BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL',
  'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh', // bech32m instead of bech32
  'tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47',
  'bc1pw5dgrnzv', // program of 1 byte
  'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav', // 41 bytes
  'BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P', // v0 of 16 bytes
  'tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq', // mixed case
  'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf', // padding
  'tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j',
];
/** Flip the case of the first letter after `from` (an EIP-55 checksum error). */
const flipCase = (s: string, from = 2) => {
  const i = [...s].findIndex((c, k) => k >= from && /[a-fA-F]/.test(c));
  const c = s[i]!;
  return s.slice(0, i) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + s.slice(i + 1);
};
/** Replace one character by another of the same alphabet (a typo). */
const typo = (s: string, at: number, alphabet: string) => {
  const c = s[at]!;
  const next = alphabet[(alphabet.indexOf(c) + 1) % alphabet.length]!;
  return s.slice(0, at) + next + s.slice(at + 1);
};
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

describe('EVM addresses (EIP-55)', () => {
  it.each(EIP55_MIXED)('%s validates', (a) => expect(checkAddress(a)).toEqual({ network: 'evm', valid: true }));
  it.each(EIP55_ONE_CASE)('%s has no checksum to check', (a) => expect(checkAddress(a)).toEqual({ network: 'evm' }));
  it.each(EIP55_MIXED)('%s with one letter of the wrong case fails', (a) => {
    expect(checkAddress(flipCase(a))).toEqual({ network: 'evm', valid: false });
    expect(checkAddress(flipCase(a, 30))).toEqual({ network: 'evm', valid: false });
  });
});

describe('SegWit addresses (BIP-173 / BIP-350)', () => {
  it.each(SEGWIT_VALID)('%s validates', (a) => expect(checkAddress(a)).toEqual({ network: 'bitcoin', valid: true }));
  it.each(SEGWIT_INVALID)('%s does not', (a) => expect(checkAddress(a)).toEqual({ network: 'bitcoin', valid: false }));
  it('a one-character typo fails', () => {
    const a = SEGWIT_VALID[7]!;
    expect(checkAddress(typo(a, 20, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'))).toEqual({ network: 'bitcoin', valid: false });
  });
});

describe('base58check (Bitcoin legacy, Tron) and Solana', () => {
  // The Bitcoin wiki's address examples (P2PKH, P2SH); Tron's USDT contract; Solana's programs.
  it.each(['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'])('%s is a valid Bitcoin address', (a) =>
    expect(checkAddress(a)).toEqual({ network: 'bitcoin', valid: true }),
  );
  it('a Bitcoin address with one character changed fails', () => {
    expect(checkAddress(typo('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 10, B58))).toEqual({ network: 'bitcoin', valid: false });
    expect(checkAddress(typo('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 33, B58))).toEqual({ network: 'bitcoin', valid: false });
  });
  it('Tron: base58check with the 0x41 prefix', () => {
    expect(checkAddress('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t')).toEqual({ network: 'tron', valid: true });
    expect(checkAddress(typo('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 12, B58))).toEqual({ network: 'tron', valid: false });
  });
  it('Solana: base58 of exactly 32 bytes', () => {
    expect(checkAddress('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA')).toEqual({ network: 'solana', valid: true });
    expect(checkAddress('11111111111111111111111111111111')).toEqual({ network: 'solana', valid: true });
    // One character too many: 33 bytes.
    expect(checkAddress('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DAz')).toEqual({ network: 'solana', valid: false });
  });
  it('text that is no address of any form is none', () => {
    for (const s of ['hello', '0x1234', 'bc1', 'OIl0OIl0OIl0OIl0OIl0OIl0OIl0OIl0', '1BvBMSEY']) expect(checkAddress(s)).toBeNull();
  });
});
