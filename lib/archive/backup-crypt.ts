import { ArchiveError } from './errors';

/**
 * Passphrase-protected backups: the backup ZIP sealed with AES-256-GCM under a key derived from
 * the passphrase with PBKDF2-HMAC-SHA-256. 600,000 iterations is OWASP's figure for
 * PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet, 2023). Layout:
 * `WWENC1` · iterations (uint32, big-endian) · salt (16 bytes) · IV (12 bytes) · ciphertext+tag.
 * The header is the cipher's additional data, so a changed iteration count or salt fails too.
 */
const MAGIC = new TextEncoder().encode('WWENC1');
export const PBKDF2_ITERATIONS = 600_000;
// A file asking for more is refused rather than keeping the page busy for minutes.
const MAX_ITERATIONS = 10_000_000;
const HEADER = MAGIC.length + 4 + 16 + 12;

/** The file's extension for a protected backup (restore accepts it next to .zip). */
export const PROTECTED_SUFFIX = '.wwbackup';

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Seal `zip` with `passphrase` (fresh random salt and IV each time). */
export async function sealBackup(zip: Uint8Array, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<Uint8Array> {
  if (!passphrase) throw new ArchiveError('failed', 'empty passphrase');
  const header = new Uint8Array(HEADER);
  header.set(MAGIC);
  new DataView(header.buffer).setUint32(MAGIC.length, iterations);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  header.set(salt, MAGIC.length + 4);
  header.set(iv, MAGIC.length + 20);
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, zip as BufferSource);
  const out = new Uint8Array(HEADER + sealed.byteLength);
  out.set(header);
  out.set(new Uint8Array(sealed), HEADER);
  return out;
}

/** Whether these first bytes start a protected backup (restore then asks for the passphrase). */
export function isSealed(head: Uint8Array): boolean {
  return head.length >= MAGIC.length && MAGIC.every((b, i) => head[i] === b);
}

/**
 * The backup ZIP inside a protected backup. A wrong passphrase, or a file altered anywhere,
 * fails the cipher's check and throws `wrong-passphrase`: nothing has been read or changed.
 */
export async function openBackup(file: Uint8Array, passphrase: string): Promise<Uint8Array> {
  if (!isSealed(file) || file.length < HEADER + 16) throw new ArchiveError('not-backup', 'not a protected backup');
  const header = file.subarray(0, HEADER);
  const iterations = new DataView(file.buffer, file.byteOffset).getUint32(MAGIC.length);
  if (iterations < PBKDF2_ITERATIONS || iterations > MAX_ITERATIONS)
    throw new ArchiveError('bad-manifest', `PBKDF2 iteration count ${iterations}`);
  const key = await deriveKey(passphrase, file.slice(MAGIC.length + 4, MAGIC.length + 20), iterations);
  try {
    const iv = file.slice(MAGIC.length + 20, HEADER);
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: header.slice() }, key, file.subarray(HEADER) as BufferSource),
    );
  } catch {
    throw new ArchiveError('wrong-passphrase');
  }
}
