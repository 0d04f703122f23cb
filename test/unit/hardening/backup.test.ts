// @vitest-environment node
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../../lib/cases/new-case';
import type { ParsedBackup } from '../../../lib/archive/backup-read';
import { databaseContents, restoreBackup } from '../../../lib/archive/backup-restore';
import { exportBackup } from '../../../lib/archive/backup-write';
import { ArchiveError, type ArchiveErrorCode } from '../../../lib/archive/errors';
import { readBackupFile } from '../../../lib/archive/read-file';
import { db } from '../../../lib/db';
import { installSigner } from '../../../lib/db/keys';
import { updateCase } from '../../../lib/db/cases';
import { addCapture, getBlob, verifyLog } from '../../../lib/db/evidence';
import { getProfile, setSetting } from '../../../lib/db/settings';
import { sha256Hex } from '../../../lib/evidence/hash';
import { sampleBundle } from '../evidence/bundle-helpers';
import { html, meta } from '../evidence/helpers';
import { freshDb, fullDump, populate } from './populate';

// biome-ignore lint/suspicious/noExplicitAny: tests edit arbitrary JSON paths of a manifest
type Json = Record<string, any>;

const NOW = new Date('2026-11-27T01:00:00Z');
const backupOf = () => exportBackup({ now: NOW, extensionVersion: '0.1.0' });

/** Unpack, change (the parsed backup.json `m`, or the files), repack; `fixSums` rewrites
 * SHA256SUMS as a careful forger would. A change that sets files['backup.json'] itself wins. */
async function edit(bytes: Uint8Array, change: (files: Record<string, Uint8Array>, m: Json) => void, fixSums = true): Promise<Uint8Array> {
  const files = unzipSync(bytes);
  const original = files['backup.json']!;
  const m = JSON.parse(new TextDecoder().decode(original));
  change(files, m);
  if (files['backup.json'] === original) files['backup.json'] = strToU8(JSON.stringify(m));
  if (fixSums) {
    let sums = '';
    for (const path of Object.keys(files).filter((p) => p !== 'SHA256SUMS')) sums += `${await sha256Hex(files[path]!)}  ${path}\n`;
    files.SHA256SUMS = strToU8(sums);
  }
  return zipSync(files);
}

/** Read and restore as the UI does; returns the refusal code, or null when it restored. */
const readBackup = (bytes: Uint8Array, limits = {}) => readBackupFile(bytes, db().verno, limits);

async function restoreFile(bytes: Uint8Array, replace = false): Promise<ArchiveErrorCode | null> {
  try {
    await restoreBackup(await readBackup(bytes), { replace });
    return null;
  } catch (err) {
    if (!(err instanceof ArchiveError)) throw err;
    return err.code;
  }
}

describe('backup and restore', () => {
  it('round-trips every record, blob and digest into a clean database, and the chain verifies', async () => {
    const source = await populate();
    const before = await fullDump(source);
    expect(before.cases.length).toBe(3);
    expect(before.imports).toHaveLength(1);
    expect(before.imports[0]!.records.length).toBeGreaterThan(0);
    expect(before.evidence.some((r) => r.kind === 'tombstone')).toBe(true);
    const bytes = await backupOf();

    const target = freshDb();
    expect(await restoreFile(bytes)).toBeNull();
    const after = await fullDump(target);
    expect(after).toEqual(before);
    expect(await verifyLog()).toEqual({ ok: true });
    expect((await getProfile()).name).toBe('张伟');
    for (const r of after.evidence) {
      for (const a of r.artifacts) {
        const blob = await getBlob(a.blobId);
        if (blob) expect(await sha256Hex(blob)).toBe(a.sha256);
      }
    }
    // And the restored database backs up to the same content.
    const json = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(unzipSync(b)['backup.json']));
    expect(json(await backupOf())).toEqual(json(bytes));
  });

  it('writes one ZIP that sha256sum -c can check: backup.json, blobs/<id>, SHA256SUMS', async () => {
    const d = await populate();
    const files = unzipSync(await backupOf());
    const blobIds = (await d.blobs.toArray()).map((b) => `blobs/${b.id}`);
    expect(Object.keys(files).sort()).toEqual(['SHA256SUMS', 'backup.json', ...blobIds].sort());
    const sums = new TextDecoder().decode(files.SHA256SUMS).trim().split('\n');
    expect(sums).toHaveLength(Object.keys(files).length - 1);
    for (const line of sums) {
      const [sha, path] = line.split('  ');
      expect(await sha256Hex(files[path!]!)).toBe(sha);
    }
    const m = JSON.parse(new TextDecoder().decode(files['backup.json']));
    expect(m).toMatchObject({
      format: 'wallet-witness-backup',
      version: 1,
      dbVersion: 4,
      chain: { ok: true },
      counts: { cases: 3, settings: 4, imports: 1 },
    });
  });

  it('round-trips values at the edge of what the extension accepts', async () => {
    const { d, kase } = await sampleBundle();
    await addCapture({
      caseId: kase.id,
      meta: meta({ title: 'T'.repeat(20_000), url: `https://www.paypal.com/?q=${'x'.repeat(50_000)}`, note: '注'.repeat(120_000) }),
      artifacts: [{ name: 'page.html', type: 'text/html', blob: html('big') }],
    });
    await updateCase(kase.id, {
      letter: 'L'.repeat(300_000),
      contacts: [{ channel: '<svg onload=alert(1)>' as never, at: '2026-11-26T12:00:00.000+08:00' }],
    });
    await d.settings.put({ key: 'some-future-setting', value: { nested: [1, 'two', null] } });
    const before = await fullDump(d);
    const bytes = await backupOf();
    const target = freshDb();
    expect(await restoreFile(bytes)).toBeNull();
    expect(await fullDump(target)).toEqual(before);
  });

  it('restores a backup written by database version 1 (before imports and keys had tables)', async () => {
    await populate();
    const v1 = await edit(await backupOf(), (_f, m) => {
      m.dbVersion = 1;
      delete m.imports;
      delete m.counts.imports;
      m.cases = m.cases.filter((c: { id: string }) => m.evidence.some((e: { caseId: string }) => e.caseId === c.id));
      m.events = m.events.filter((e: { caseId: string }) => m.cases.some((c: { id: string }) => c.id === e.caseId));
      m.counts.cases = m.cases.length;
      m.counts.events = m.events.length;
    });
    const target = freshDb();
    expect(await restoreFile(v1)).toBeNull();
    expect(await target.cases.count()).toBe(2);
    expect(await target.imports.count()).toBe(0);
    expect(await verifyLog()).toEqual({ ok: true });
  });

  it("never carries the signing key: a restore keeps this browser's own key", async () => {
    const source = await populate();
    expect(await source.keys.count()).toBe(1);
    const bytes = await backupOf();
    expect(new TextDecoder().decode(unzipSync(bytes)['backup.json'])).not.toContain((await installSigner()).fingerprint);
    const target = freshDb();
    const own = await installSigner();
    expect(await restoreFile(bytes, true)).toBeNull();
    expect((await target.keys.get('install'))?.fingerprint).toBe(own.fingerprint);
  });

  it('keeps prototype-shaped keys in any JSON value as plain data', async () => {
    const d = freshDb();
    await d.settings.put({ key: 'future', value: JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"p":1}}}') });
    const bytes = await backupOf();
    const target = freshDb();
    expect(await restoreFile(bytes)).toBeNull();
    const value = (await target.settings.get('future'))!.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('backs up and restores an empty database', async () => {
    freshDb();
    const bytes = await backupOf();
    const target = freshDb();
    expect(await restoreFile(bytes)).toBeNull();
    expect(await databaseContents()).toEqual({ cases: 0, events: 0, evidence: 0, blobs: 0, settings: 0 });
    expect(await target.settings.count()).toBe(0);
  });

  it('keeps a chain that was already broken exactly as broken, and refuses one broken differently', async () => {
    const d = await populate();
    const victim = (await d.evidence.orderBy('seq').first())!;
    await d.evidence.update(victim.id, { 'meta.title': 'edited later' } as never);
    const broken = await verifyLog();
    expect(broken.ok).toBe(false);
    const bytes = await backupOf();
    expect(JSON.parse(new TextDecoder().decode(unzipSync(bytes)['backup.json'])).chain.ok).toBe(false);
    freshDb();
    expect(await restoreFile(bytes)).toBeNull();
    expect(await verifyLog()).toEqual(broken);
    const repaired = await edit(bytes, (_f, m) => void (m.evidence[0].meta.title = 'page 0'));
    freshDb();
    expect(await restoreFile(repaired)).toBe('chain-mismatch');
  });
});

describe('a bad backup is refused and changes nothing', () => {
  let good: Uint8Array;
  const cases: [string, () => Promise<Uint8Array>, ArchiveErrorCode][] = [
    ['not a ZIP at all', async () => strToU8('{"format":"wallet-witness-backup"}'), 'not-zip'],
    ['an evidence bundle of one case', async () => (await sampleBundle()).bytes, 'not-backup'],
    ['a ZIP of something else', async () => zipSync({ 'notes.txt': strToU8('hello') }), 'not-backup'],
    ['truncated to half', async () => good.slice(0, good.length >> 1), 'truncated'],
    ['truncated by one byte', async () => good.slice(0, good.length - 1), 'truncated'],
    [
      'a flipped byte in a blob (SHA256SUMS catches it)',
      () =>
        edit(
          good,
          (f) => {
            const name = Object.keys(f).find((p) => p.startsWith('blobs/'))!;
            f[name]![0]! ^= 0xff;
          },
          false,
        ),
      'digest-mismatch',
    ],
    [
      'a changed blob with SHA256SUMS recomputed',
      () =>
        edit(good, (f, m) => {
          f[m.blobs[0].file]![0]! ^= 0xff;
        }),
      'digest-mismatch',
    ],
    [
      'a changed blob with SHA256SUMS and its row re-hashed',
      async () => {
        const files = unzipSync(good);
        const m = JSON.parse(new TextDecoder().decode(files['backup.json']));
        const local = new Set(m.evidence.flatMap((e: { artifacts: { blobId: string }[] }) => e.artifacts.map((a) => a.blobId)));
        const b = m.blobs.find((x: { id: string; type: string }) => x.type === 'text/html' && local.has(x.id));
        files[b.file] = strToU8('<p>forged</p>');
        b.size = files[b.file]!.byteLength;
        b.sha256 = await sha256Hex(files[b.file]!);
        return edit(zipSync({ ...files, 'backup.json': strToU8(JSON.stringify(m)) }), () => undefined);
      },
      'chain-mismatch',
    ],
    [
      'a changed file of an imported bundle with SHA256SUMS and its row re-hashed (not in the chain, checked all the same)',
      async () => {
        const files = unzipSync(good);
        const m = JSON.parse(new TextDecoder().decode(files['backup.json']));
        const page = m.imports[0].files.find((f: { path: string }) => f.path.endsWith('page.html'));
        const b = m.blobs.find((x: { id: string }) => x.id === page.blobId);
        files[b.file] = strToU8('<p>forged</p>');
        b.size = files[b.file]!.byteLength;
        b.sha256 = await sha256Hex(files[b.file]!);
        return edit(zipSync({ ...files, 'backup.json': strToU8(JSON.stringify(m)) }), () => undefined);
      },
      'chain-mismatch',
    ],
    [
      'an edited case title with sums fixed: still valid (cases are not chained)',
      () => edit(good, (_f, m) => void (m.cases[0].title = 'renamed')),
      null as never,
    ],
    [
      'an edited evidence URL with sums fixed',
      () => edit(good, (_f, m) => void (m.evidence[0].meta.url = 'https://evil.example/')),
      'chain-mismatch',
    ],
    [
      'a removed evidence record',
      () =>
        edit(good, (_f, m) => {
          m.evidence.splice(1, 1);
          m.counts.evidence--;
        }),
      'chain-mismatch',
    ],
    ['another format', () => edit(good, (_f, m) => void (m.format = 'wallet-witness-bundle')), 'not-backup'],
    ['a newer backup format version', () => edit(good, (_f, m) => void (m.version = 2)), 'wrong-version'],
    ['a newer database version', () => edit(good, (_f, m) => void (m.dbVersion = 99)), 'wrong-version'],
    ['a missing blob file', () => edit(good, (f, m) => void delete f[m.blobs[0].file]), 'missing-file'],
    ['a missing SHA256SUMS', () => edit(good, (f) => void delete f.SHA256SUMS, false), 'missing-file'],
    ['an extra file', () => edit(good, (f) => void (f['blobs/extra'] = strToU8('x'))), 'unexpected-file'],
    ['a path escaping the folder', () => edit(good, (f) => void (f['../evil'] = strToU8('x'))), 'unsafe-path'],
    ['manifest is not JSON', () => edit(good, (f) => void (f['backup.json'] = strToU8('{oops'))), 'bad-manifest'],
    ['a bad enum in a case', () => edit(good, (_f, m) => void (m.cases[0].status = 'pwned')), 'bad-manifest'],
    ['a case without its transactions list', () => edit(good, (_f, m) => void delete m.cases[0].transactions), 'bad-manifest'],
    ['an unsafe blob id', () => edit(good, (_f, m) => void (m.blobs[0].id = '../../x')), 'bad-manifest'],
    [
      'a profile that is not an object',
      () => edit(good, (_f, m) => void (m.settings.find((s: { key: string }) => s.key === 'profile').value = 'x')),
      'bad-manifest',
    ],
    [
      'user sites that are not host names',
      () => edit(good, (_f, m) => void (m.settings.find((s: { key: string }) => s.key === 'user-sites').value = ['<script>'])),
      'bad-manifest',
    ],
    ['counts that do not match', () => edit(good, (_f, m) => void (m.counts.cases = 7)), 'bad-manifest'],
    [
      'a repeated case id',
      () =>
        edit(good, (_f, m) => {
          m.cases.push(m.cases[0]);
          m.counts.cases++;
        }),
      'duplicate-id',
    ],
    ['a repeated event id', () => edit(good, (_f, m) => void (m.events[1].id = m.events[0].id)), 'duplicate-id'],
  ];

  it.each(cases.filter(([, , code]) => code !== null).map(([name, make, code]) => ({ name, make, code })))(
    '$name → $code',
    async ({ make, code }) => {
      await populate();
      good = await backupOf();
      const bad = await make();
      const target = freshDb();
      await createCase({
        siteId: null,
        provider: 'X',
        title: 'already here',
        situation: 'other',
        transactions: [],
        remedy: 'other',
        region: 'US',
        status: 'draft',
      });
      const before = await fullDump(target);
      expect(await restoreFile(bad, true)).toBe(code);
      expect(await fullDump(target)).toEqual(before);
    },
  );

  it('accepts a case edited outside the chain: cases are not evidence', async () => {
    await populate();
    good = await backupOf();
    freshDb();
    expect(await restoreFile(await cases.find(([, , c]) => c === null)![1]())).toBeNull();
  });

  it('refuses an oversized file, an oversized entry and too many entries before unpacking', async () => {
    await populate();
    const bytes = await backupOf();
    await expect(readBackup(bytes, { maxBytes: 100 })).rejects.toMatchObject({ code: 'too-large' });
    await expect(readBackup(bytes, { maxEntryBytes: 10 })).rejects.toMatchObject({ code: 'too-large' });
    await expect(readBackup(bytes, { maxEntries: 3 })).rejects.toMatchObject({ code: 'too-many-entries' });
    await expect(readBackup(bytes, { maxManifestBytes: 100 })).rejects.toMatchObject({ code: 'too-large' });
    await expect(exportBackup({ now: NOW, extensionVersion: '0.1.0', limits: { maxTotalBytes: 10 } })).rejects.toMatchObject({
      code: 'too-large',
    });
  });

  it('refuses to restore into a database that holds data unless told to replace it', async () => {
    const source = await populate();
    const bytes = await backupOf();
    const wanted = await fullDump(source);
    const target = freshDb();
    await setSetting('profile', { name: 'Someone', email: '', phone: '', accounts: {} });
    const before = await fullDump(target);
    expect(await restoreFile(bytes)).toBe('not-empty');
    expect(await fullDump(target)).toEqual(before);
    expect(await restoreFile(bytes, true)).toBeNull();
    expect(await fullDump(target)).toEqual(wanted);
  });

  it('rolls a replace back completely when a write fails inside the transaction', async () => {
    await populate();
    const parsed = await readBackup(await backupOf());
    const target = await populate();
    const before = await fullDump(target);
    // Two records with one seq: the unique index fails the last bulkAdd, after the clears.
    const clash: ParsedBackup = { ...parsed, evidence: [...parsed.evidence, { ...parsed.evidence[0]!, id: 'clash' }] };
    await expect(restoreBackup(clash, { replace: true })).rejects.toMatchObject({ name: 'ArchiveError', code: 'failed' });
    expect(await fullDump(target)).toEqual(before);
  });
});
