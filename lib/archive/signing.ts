import { p256 } from '@noble/curves/nist.js';
import { sha256Hex } from '../evidence/hash';

/**
 * Bundle signatures: ECDSA P-256 with SHA-256 (WebCrypto in Chrome and Firefox) over the exact
 * bytes of manifest.json. The bundle carries the public key as `signing-key.pem` (SPKI) and the
 * signature as `manifest.json.sig` (DER), the forms OpenSSL reads:
 *   openssl dgst -sha256 -verify signing-key.pem -signature manifest.json.sig manifest.json
 * A valid signature proves the manifest was made by the holder of that key; it says nothing
 * about whether what the manifest describes is true.
 */
export const KEY_FILE = 'signing-key.pem';
export const SIGNATURE_FILE = 'manifest.json.sig';
export const SIGNATURE_ALGORITHM = 'ECDSA P-256 SHA-256';

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** What signs a bundle: the install's private key (never extractable) and its public half. */
export interface Signer {
  privateKey: CryptoKey;
  /** SubjectPublicKeyInfo (DER) of the public key. */
  spki: Uint8Array;
  /** SHA-256 of `spki`, hex. */
  fingerprint: string;
}

/** SHA-256 of the public key's SPKI DER: what `openssl pkey -pubin -outform DER | sha256sum` prints. */
export const keyFingerprint = (spki: Uint8Array): Promise<string> => sha256Hex(spki);

/** A new key pair whose private half cannot be exported (kept as a CryptoKey in IndexedDB). */
export async function newSigner(): Promise<Signer & { publicKey: CryptoKey }> {
  const pair = await crypto.subtle.generateKey(ECDSA, false, ['sign', 'verify']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { privateKey: pair.privateKey, publicKey: pair.publicKey, spki, fingerprint: await keyFingerprint(spki) };
}

/** The DER signature of `data`. */
export async function signBytes(signer: Signer, data: Uint8Array): Promise<Uint8Array> {
  const raw = new Uint8Array(await crypto.subtle.sign(SIGN, signer.privateKey, data as BufferSource));
  return p256.Signature.fromBytes(raw, 'compact').toBytes('der');
}

/** The fingerprint of the key in `pem` when `der` is its valid signature of `data`, else null. */
export async function verifyBytes(pem: Uint8Array, der: Uint8Array, data: Uint8Array): Promise<{ fingerprint: string } | null> {
  try {
    const spki = pemToSpki(new TextDecoder('utf-8', { fatal: true }).decode(pem));
    const key = await crypto.subtle.importKey('spki', spki as BufferSource, ECDSA, false, ['verify']);
    const raw = p256.Signature.fromBytes(der, 'der').toBytes('compact');
    const ok = await crypto.subtle.verify(SIGN, key, raw as BufferSource, data as BufferSource);
    return ok ? { fingerprint: await keyFingerprint(spki) } : null;
  } catch {
    return null;
  }
}

export function spkiToPem(spki: Uint8Array): string {
  const b64 = btoa(String.fromCharCode(...spki));
  return `-----BEGIN PUBLIC KEY-----\n${b64.replace(/.{64}/g, '$&\n').replace(/\n$/, '')}\n-----END PUBLIC KEY-----\n`;
}

function pemToSpki(pem: string): Uint8Array {
  const m = /^-----BEGIN PUBLIC KEY-----\r?\n([A-Za-z0-9+/=\r\n]{1,2000})-----END PUBLIC KEY-----\r?\n?$/.exec(pem);
  if (!m) throw new Error('not a PEM public key');
  return Uint8Array.from(atob(m[1]!.replace(/\s/g, '')), (c) => c.charCodeAt(0));
}
