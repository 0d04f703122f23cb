import { sha256Hex } from '../evidence/hash';
import { recordDir } from '../evidence/names';
import { checkItems } from './bundle-items';
import { MANIFEST_FILE, type Manifest, type ManifestImport, type ManifestItem, manifestSchema, REPORT_FILE } from './bundle-schema';
import { ArchiveError } from './errors';
import { checked, parseJson } from './json';
import { BUNDLE_LIMITS } from './limits';
import { KEY_FILE, SIGNATURE_FILE, verifyBytes } from './signing';
import { checkSums, SUMS_FILE } from './sums';
import type { ItemFlag, SignatureVerdict } from './verdict';

/** One item of a checked bundle: the record exactly as the manifest holds it, and what is wrong with it. */
interface CheckedItem {
  record: ManifestItem;
  flags: ItemFlag[];
}

/** A bundle whose structure is sound, with the verdict on its signature and on every item. */
export interface BundleCheck {
  /** Where this bundle's files sit in the file that was read: '' or `imported/<n>/…` (carried inside another). */
  dir: string;
  manifestSha256: string;
  /** SHA-256 over every file's path and digest: the same bundle twice has the same one. */
  contentSha256: string;
  exportedAt: string;
  extensionVersion: string;
  signature: SignatureVerdict;
  /** Problems of files that belong to no item (manifest.json, report.html…). */
  problems: ItemFlag[];
  case: Manifest['case'];
  events: Manifest['events'];
  items: CheckedItem[];
  /** Every file of this bundle (those of bundles nested in it too), relative to `dir`. */
  paths: string[];
  /** Bundles that the exporting browser had imported into this case, carried verbatim. */
  nested: { entry: ManifestImport; check: BundleCheck }[];
}

const FIXED = new Set([MANIFEST_FILE, REPORT_FILE, SUMS_FILE, SIGNATURE_FILE, KEY_FILE]);
/** An extra file's name: one plain name at the bundle's top level. */
const EXTRA_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** A re-exported imported case carries its imports, which may carry theirs: this deep at most. */
const MAX_DEPTH = 3;

/**
 * Check an unpacked bundle. Refuses (throws ArchiveError) what cannot be read as a bundle at
 * all: missing or invalid manifest, SHA256SUMS not listing exactly its files, files the
 * manifest does not account for, repeated ids. Everything else is a verdict, kept with the
 * import: the signature (own key, another install's, none, or not matching) and, per item, a
 * file or record that does not match its digest or a gap in the chain.
 */
export async function checkBundle(
  files: Map<string, Uint8Array>,
  opts: { localFingerprint: string | null; dir?: string; depth?: number; maxManifestBytes?: number },
): Promise<BundleCheck> {
  const dir = opts.dir ?? '';
  const raw = files.get(MANIFEST_FILE);
  if (!raw) {
    if (files.has('backup.json')) throw new ArchiveError('not-bundle', 'this is a backup: restore it under "Restore from backup"');
    throw new ArchiveError('missing-file', `${dir}${MANIFEST_FILE}`);
  }
  if (raw.byteLength > (opts.maxManifestBytes ?? BUNDLE_LIMITS.maxManifestBytes))
    throw new ArchiveError('too-large', `${dir}${MANIFEST_FILE}`);
  const { found, mismatched } = await checkSums(files);
  const json = parseJson(raw, MANIFEST_FILE) as { format?: unknown; version?: unknown };
  if (json?.format !== 'wallet-witness-bundle') throw new ArchiveError('not-bundle', `${dir}${MANIFEST_FILE}`);
  if (typeof json.version === 'number' && json.version > 2) throw new ArchiveError('wrong-version', `bundle version ${json.version}`);
  const m = checked(manifestSchema, json, `${dir}${MANIFEST_FILE}`);
  const links = m.links ?? [];
  checkIds(m, links);

  const owner = new Map<string, number>();
  for (const [i, it] of m.evidence.entries()) {
    for (const a of it.artifacts) {
      if (a.file === null) continue;
      const expected = `${recordDir(it.seq, it.id)}/${a.name}`;
      if (a.file !== expected) throw new ArchiveError('bad-manifest', `evidence ${it.id}: file ${a.file} should be ${expected}`);
      owner.set(a.file, i);
    }
  }
  const dirs = (m.imported ?? []).map((e) => `${e.dir}/`);
  if (new Set(dirs).size !== dirs.length) throw new ArchiveError('duplicate-id', 'an imported bundle is listed twice');
  if (dirs.length && (opts.depth ?? 0) >= MAX_DEPTH) throw new ArchiveError('bad-manifest', 'imported bundles nested too deep');
  // Top-level files the manifest lists with their digests (a complaint pack's case.json).
  const extra = new Map((m.extra ?? []).map((e) => [e.file, e.sha256]));
  for (const name of extra.keys()) {
    if (!EXTRA_NAME.test(name) || FIXED.has(name) || owner.has(name)) throw new ArchiveError('bad-manifest', `extra file ${name}`);
  }
  for (const path of files.keys()) {
    if (!FIXED.has(path) && !extra.has(path) && !owner.has(path) && !dirs.some((d) => path.startsWith(d)))
      throw new ArchiveError('unexpected-file', `${dir}${path}`);
  }

  const signature = await checkSignature(files, raw, m, opts.localFingerprint);
  const flags = await checkItems(m.evidence, links, files, found);
  const problems: ItemFlag[] = [];
  for (const path of mismatched) {
    const i = owner.get(path);
    const flag: ItemFlag = { kind: 'file-digest', path };
    if (i === undefined) problems.push({ ...flag, path: `${dir}${path}` });
    else if (!flags[i]!.some((f) => f.kind === 'file-digest' && f.path === path)) flags[i]!.push(flag);
  }
  const report = files.get(REPORT_FILE);
  if (m.report && (!report || found.get(REPORT_FILE) !== m.report.sha256) && !mismatched.includes(REPORT_FILE))
    problems.push({ kind: report ? 'file-digest' : 'file-missing', path: `${dir}${REPORT_FILE}` });
  for (const [name, sha256] of extra) {
    if ((!files.has(name) || found.get(name) !== sha256) && !mismatched.includes(name))
      problems.push({ kind: files.has(name) ? 'file-digest' : 'file-missing', path: `${dir}${name}` });
  }
  if (signature.state === 'mismatch') for (const f of flags) f.unshift({ kind: 'signature-mismatch' });

  const nested = [];
  for (const entry of m.imported ?? []) {
    const prefix = `${entry.dir}/`;
    const sub = new Map([...files].flatMap(([p, d]) => (p.startsWith(prefix) ? [[p.slice(prefix.length), d] as const] : [])));
    const check = await checkBundle(sub, { localFingerprint: opts.localFingerprint, dir: `${dir}${prefix}`, depth: (opts.depth ?? 0) + 1 });
    nested.push({ entry, check });
  }
  return {
    dir,
    manifestSha256: found.get(MANIFEST_FILE) ?? (await sha256Hex(raw)),
    contentSha256: await sha256Hex(
      [...files.keys()]
        .sort()
        .map((p) => `${found.get(p) ?? ''}  ${p}\n`)
        .join(''),
    ),
    exportedAt: m.exportedAt,
    extensionVersion: m.extensionVersion,
    signature,
    problems,
    case: m.case,
    events: m.events,
    items: m.evidence.map((record, i) => ({ record, flags: flags[i]! })),
    paths: [...files.keys()],
    nested,
  };
}

function checkIds(m: Manifest, links: readonly { seq: number }[]): void {
  const ids = new Set<string>();
  const seqs = new Set<number>();
  for (const it of m.evidence) {
    if (ids.has(it.id) || seqs.has(it.seq)) throw new ArchiveError('duplicate-id', `evidence ${it.id} / seq ${it.seq}`);
    ids.add(it.id);
    seqs.add(it.seq);
  }
  // A record of another case (or none) is in the bundle only when a filing of this case names it,
  // or it is the deletion of such a record.
  const filed = new Set(m.evidence.flatMap((it) => (it.kind === 'filing' && it.caseId === m.case.id && it.filed ? [it.filed.id] : [])));
  for (const it of m.evidence) {
    const ok = it.caseId === m.case.id || filed.has(it.id) || (it.kind === 'tombstone' && it.deleted && filed.has(it.deleted.id));
    if (!ok) throw new ArchiveError('bad-manifest', `evidence ${it.id} belongs to another case`);
  }
  for (const l of links) {
    if (seqs.has(l.seq)) throw new ArchiveError('duplicate-id', `seq ${l.seq} listed twice`);
    seqs.add(l.seq);
  }
  if (m.events.some((e) => e.caseId !== m.case.id)) throw new ArchiveError('bad-manifest', 'an event belongs to another case');
}

/** Whose key made the signature over the exact bytes of manifest.json, if any did. */
async function checkSignature(
  files: Map<string, Uint8Array>,
  manifest: Uint8Array,
  m: Manifest,
  localFingerprint: string | null,
): Promise<SignatureVerdict> {
  const sig = files.get(SIGNATURE_FILE);
  const pem = files.get(KEY_FILE);
  if (!sig && !pem && !m.signing) return { state: 'unsigned' };
  const valid = sig && pem ? await verifyBytes(pem, sig, manifest) : null;
  // The manifest names its key too: a signature by any other key does not count for it.
  if (!valid || valid.fingerprint !== m.signing?.fingerprint) return { state: 'mismatch' };
  return { state: valid.fingerprint === localFingerprint ? 'own' : 'other', fingerprint: valid.fingerprint };
}
