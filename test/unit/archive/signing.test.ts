// @vitest-environment node
import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyFingerprint, newSigner, signBytes, spkiToPem, verifyBytes } from '../../../lib/archive/signing';
import { sha256Hex } from '../../../lib/evidence/hash';

const enc = (s: string) => new TextEncoder().encode(s);

describe('bundle signatures', () => {
  it("a private key that cannot be exported; a DER signature that Node's own crypto verifies", async () => {
    const s = await newSigner();
    expect(s.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', s.privateKey)).rejects.toThrow();
    const data = enc('{"manifest":1}');
    const der = await signBytes(s, data);
    expect(der[0]).toBe(0x30);
    const key = createPublicKey({ key: Buffer.from(spkiToPem(s.spki)), format: 'pem' });
    expect(verify('sha256', data, { key, dsaEncoding: 'der' }, der)).toBe(true);
    expect(s.fingerprint).toBe(await sha256Hex(s.spki));
    expect(await keyFingerprint(new Uint8Array(key.export({ type: 'spki', format: 'der' })))).toBe(s.fingerprint);
  });

  it('verifies only the exact bytes, with the key that signed them', async () => {
    const [a, b] = [await newSigner(), await newSigner()];
    const data = enc('manifest');
    const der = await signBytes(a, data);
    const pem = (s: typeof a) => enc(spkiToPem(s.spki));
    expect(await verifyBytes(pem(a), der, data)).toEqual({ fingerprint: a.fingerprint });
    expect(await verifyBytes(pem(b), der, data)).toBeNull();
    expect(await verifyBytes(pem(a), der, enc('manifesT'))).toBeNull();
    const flipped = der.slice();
    flipped[10]! ^= 1;
    expect(await verifyBytes(pem(a), flipped, data)).toBeNull();
  });

  it('answers null, never throws, for malformed keys and signatures', async () => {
    const a = await newSigner();
    const der = await signBytes(a, enc('x'));
    const pem = enc(spkiToPem(a.spki));
    for (const [k, s] of [
      [enc('not a key'), der],
      [enc('-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n'), der],
      [pem, new Uint8Array()],
      [pem, new Uint8Array(64)],
      [pem, new Uint8Array([0x30, 0x06, 2, 1, 0, 2, 1, 1])],
      [new Uint8Array([0xff, 0xfe]), der],
    ] as const) {
      expect(await verifyBytes(k, s, enc('x'))).toBeNull();
    }
  });
});
