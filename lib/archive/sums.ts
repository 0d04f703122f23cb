import { sha256Hex } from '../evidence/hash';
import { ArchiveError } from './errors';

export const SUMS_FILE = 'SHA256SUMS';

/** SHA256SUMS in coreutils format over `files` (sorted by path), so `sha256sum -c` checks them. */
export async function writeSums(files: Map<string, Uint8Array>): Promise<Uint8Array> {
  let out = '';
  for (const path of [...files.keys()].sort()) out += `${await sha256Hex(files.get(path)!)}  ${path}\n`;
  return new TextEncoder().encode(out);
}

/**
 * Check SHA256SUMS against the archive's files: it must list exactly every other file (else the
 * archive is refused), and returns the paths whose bytes do not match their line, the listed
 * digests and the digests found (path → sha256; each file is hashed once, here).
 */
export async function checkSums(
  files: Map<string, Uint8Array>,
): Promise<{ listed: Map<string, string>; found: Map<string, string>; mismatched: string[] }> {
  const raw = files.get(SUMS_FILE);
  if (!raw) throw new ArchiveError('missing-file', SUMS_FILE);
  const listed = new Map<string, string>();
  for (const [n, line] of new TextDecoder().decode(raw).split('\n').entries()) {
    if (!line) continue;
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!m || listed.has(m[2]!)) throw new ArchiveError('bad-manifest', `${SUMS_FILE} line ${n + 1}`);
    listed.set(m[2]!, m[1]!.toLowerCase());
  }
  for (const path of files.keys())
    if (path !== SUMS_FILE && !listed.has(path)) throw new ArchiveError('unexpected-file', `${path} is not in ${SUMS_FILE}`);
  const mismatched: string[] = [];
  const found = new Map<string, string>();
  for (const [path, sha] of listed) {
    const data = files.get(path);
    if (!data) throw new ArchiveError('missing-file', `${path} (listed in ${SUMS_FILE})`);
    found.set(path, await sha256Hex(data));
    if (found.get(path) !== sha) mismatched.push(path);
  }
  return { listed, found, mismatched };
}
