import { describe, expect, it } from 'vitest';
import { secretKind } from '../../../lib/protect/secret';

// BIP-39 test vectors' phrases (public, hold nothing).
const TWELVE = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
const TWENTY_FOUR =
  'letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless';

describe('secretKind: what the paste guard warns about', () => {
  it('a 12- or 24-word BIP-39 phrase, however it is written down', () => {
    expect(secretKind(TWELVE)).toBe('recovery-phrase');
    expect(secretKind(TWENTY_FOUR)).toBe('recovery-phrase');
    expect(secretKind(TWELVE.toUpperCase().replaceAll(' ', '\n'))).toBe('recovery-phrase');
    expect(
      secretKind(
        TWELVE.split(' ')
          .map((w, i) => `${i + 1}. ${w}`)
          .join(' '),
      ),
    ).toBe('recovery-phrase');
  });

  it('a raw private key: 64 hex digits, with or without 0x', () => {
    const key = '4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318';
    expect(secretKind(key)).toBe('private-key');
    expect(secretKind(`0x${key.toUpperCase()}`)).toBe('private-key');
  });

  it('not ordinary text, short word runs, words off the list, or other lengths of hex', () => {
    expect(secretKind('I paid 120 USD to the seller on Monday and the payment failed twice, please help me')).toBeNull();
    expect(secretKind(TWELVE.split(' ').slice(0, 11).join(' '))).toBeNull();
    expect(secretKind(TWELVE.replace('sausage', 'sausages'))).toBeNull();
    expect(secretKind('4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f3623')).toBeNull();
    expect(secretKind(`${TWENTY_FOUR} ${TWELVE}`)).toBeNull();
  });
});
