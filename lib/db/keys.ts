import { newSigner, type Signer } from '../archive/signing';
import { isoWithOffset } from './cases';
import { db } from './index';

/**
 * This install's signing key, made on first use. The private key is a non-extractable
 * CryptoKey stored as it is (IndexedDB keeps CryptoKeys): no script, ours included, can read its
 * bytes, and it never goes into a backup (a restore elsewhere signs with that browser's key).
 */
export async function installSigner(now = new Date()): Promise<Signer> {
  const d = db();
  let row = await d.keys.get('install');
  if (!row) {
    const fresh = await newSigner();
    // Two pages may make one at once: the first one stored wins, the other reads it back.
    await d.keys
      .add({ id: 'install', privateKey: fresh.privateKey, spki: fresh.spki, fingerprint: fresh.fingerprint, createdAt: isoWithOffset(now) })
      .catch(() => undefined);
    row = await d.keys.get('install');
    if (!row) throw new Error('the signing key could not be stored');
  }
  return { privateKey: row.privateKey, spki: row.spki, fingerprint: row.fingerprint };
}

/** The fingerprint of this install's key, or null before it has one (nothing exported yet). */
export async function installFingerprint(): Promise<string | null> {
  return (await db().keys.get('install'))?.fingerprint ?? null;
}
