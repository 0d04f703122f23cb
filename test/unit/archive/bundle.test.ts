// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { keyFingerprint } from '../../../lib/archive/signing';
import { evidenceForCase, getBlob, verifyLog } from '../../../lib/db/evidence';
import { importsForCase, recheckImport } from '../../../lib/db/imports';
import { installFingerprint } from '../../../lib/db/keys';
import { sha256Hex } from '../../../lib/evidence/hash';
import { exportCase, importBytes, repack, sampleBundle } from '../evidence/bundle-helpers';
import { dump, freshDb } from '../evidence/helpers';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function unpack(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'ww-bundle-'));
  writeFileSync(join(dir, 'bundle.zip'), bytes);
  for (const [path, data] of Object.entries(unzipSync(bytes))) {
    mkdirSync(dirname(join(dir, 'x', path)), { recursive: true });
    writeFileSync(join(dir, 'x', path), data);
  }
  return dir;
}

describe('evidence bundle: contents', () => {
  it('holds manifest, artifacts, report, signature, public key and SHA256SUMS over every other file', async () => {
    const { bytes, recs, kase, fingerprint } = await sampleBundle();
    const files = unzipSync(bytes);
    const d1 = `evidence/1-${recs[0]!.id}`;
    const d3 = `evidence/3-${recs[2]!.id}`;
    expect(Object.keys(files).sort()).toEqual(
      [
        'SHA256SUMS',
        `${d1}/page.html`,
        `${d1}/screenshot.png`,
        `${d3}/page.html`,
        `${d3}/screenshot.png`,
        'manifest.json',
        'manifest.json.sig',
        'report.html',
        'signing-key.pem',
      ].sort(),
    );
    const m = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(m).toMatchObject({
      format: 'wallet-witness-bundle',
      version: 2,
      exportedAt: expect.stringMatching(/[+-]\d\d:\d\d$/),
      case: { id: kase.id },
      signing: { algorithm: 'ECDSA P-256 SHA-256', key: 'signing-key.pem', signature: 'manifest.json.sig', fingerprint },
      report: { file: 'report.html', sha256: await sha256Hex(files['report.html']!) },
      links: [],
      imported: [],
    });
    expect(m.evidence.map((e: { seq: number; kind: string }) => [e.seq, e.kind])).toEqual([
      [1, 'capture'],
      [2, 'capture'],
      [3, 'capture'],
      [4, 'tombstone'],
    ]);
    expect(m.evidence[0]).toMatchObject({ digest: recs[0]!.digest, prevDigest: recs[0]!.prevDigest, meta: { title: 'page 1' } });
    expect(m.evidence[1].artifacts[0]).toMatchObject({ file: null, sha256: recs[1]!.artifacts[0]!.sha256 });
    const sums = new TextDecoder().decode(files.SHA256SUMS);
    expect(sums.trim().split('\n')).toHaveLength(Object.keys(files).length - 1);
    // The fingerprint is the SHA-256 of the public key's DER, printed in the report.
    const pem = new TextDecoder().decode(files['signing-key.pem']);
    const spki = Uint8Array.from(atob(pem.replace(/-----[^-]+-----|\s/g, '')), (c) => c.charCodeAt(0));
    expect(await keyFingerprint(spki)).toBe(fingerprint);
    expect(new TextDecoder().decode(files['report.html'])).toContain(fingerprint);
  });

  it('carries the case as stored, without the due date the database derives from it', async () => {
    const { kase, bytes } = await sampleBundle();
    const { getCase } = await import('../../../lib/db/cases');
    const stored = (await getCase(kase.id))!;
    expect(stored.dueMs).toEqual(expect.any(Number));
    const m = JSON.parse(new TextDecoder().decode(unzipSync(bytes)['manifest.json']));
    expect(m.case).not.toHaveProperty('dueMs');
    const { dueMs: _due, ...rest } = stored;
    expect(m.case).toEqual(JSON.parse(JSON.stringify(rest)));
  });

  it('lists the records of other cases between the case records by chain values only, so the chain has no gap', async () => {
    const { kase, recs } = await sampleBundle();
    const { addCapture } = await import('../../../lib/db/evidence');
    const { createCase } = await import('../../../lib/cases/new-case');
    const other = await createCase({
      siteId: null,
      provider: 'X',
      title: 'other',
      situation: 'other',
      transactions: [],
      remedy: 'other',
      region: 'US',
      status: 'draft',
    });
    const between = await addCapture({
      caseId: other.id,
      meta: (await evidenceForCase(kase.id))[0]!.meta!,
      artifacts: [{ name: 'page.html', type: 'text/html', blob: new Blob(['secret of another case']) }],
    });
    await addCapture({ caseId: kase.id, meta: recs[0]!.meta!, artifacts: [] });
    const bytes = await exportCase(kase.id);
    const m = JSON.parse(new TextDecoder().decode(unzipSync(bytes)['manifest.json']));
    expect(m.links).toEqual([{ seq: between.seq, prevDigest: between.prevDigest, digest: between.digest }]);
    expect(new TextDecoder().decode(unzipSync(bytes)['manifest.json'])).not.toContain('secret of another case');
    freshDb();
    const { read } = await importBytes(bytes);
    expect(read.check.items.flatMap((i) => i.flags)).toEqual([]);
  });

  it.skipIf(!has('sha256sum'))('verifies with sha256sum -c in the unpacked folder, and the ZIP tests clean', async () => {
    const dir = unpack((await sampleBundle()).bytes);
    try {
      const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'x'), encoding: 'utf8' });
      expect(out).toMatch(/manifest\.json: OK/);
      expect(out).toMatch(/manifest\.json\.sig: OK/);
      expect(out).not.toMatch(/FAILED/);
      if (has('python3')) execFileSync('python3', ['-m', 'zipfile', '-t', join(dir, 'bundle.zip')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!has('openssl'))(
    'the signature verifies with openssl, and the fingerprint is the SHA-256 of the key openssl reads',
    async () => {
      const { bytes, fingerprint } = await sampleBundle();
      const dir = unpack(bytes);
      const cwd = join(dir, 'x');
      try {
        const ok = execFileSync(
          'openssl',
          ['dgst', '-sha256', '-verify', 'signing-key.pem', '-signature', 'manifest.json.sig', 'manifest.json'],
          {
            cwd,
            encoding: 'utf8',
          },
        );
        expect(ok.trim()).toBe('Verified OK');
        const der = execFileSync('openssl', ['pkey', '-pubin', '-in', 'signing-key.pem', '-outform', 'DER'], { cwd });
        expect(await sha256Hex(new Uint8Array(der))).toBe(fingerprint);
        writeFileSync(join(cwd, 'manifest.json'), `${unzipSync(bytes)['manifest.json']!.toString()} `);
        const bad = spawnSync(
          'openssl',
          ['dgst', '-sha256', '-verify', 'signing-key.pem', '-signature', 'manifest.json.sig', 'manifest.json'],
          {
            cwd,
            encoding: 'utf8',
          },
        );
        expect(bad.stdout).toMatch(/Verification failure/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('evidence bundle: import', () => {
  it('into another browser: kept apart from its log, every record as the bundle has it, "another install" with the fingerprint', async () => {
    const { bytes, recs, kase, fingerprint } = await sampleBundle();
    const d2 = freshDb();
    const { read, saved } = await importBytes(bytes, 'paypal-case.zip', new Date('2026-11-28T02:00:00Z'));
    expect(read.check.signature).toEqual({ state: 'other', fingerprint });
    expect(saved).toEqual({ caseId: kase.id, records: 4 });
    // Nothing joined this browser's log: no local seq, no link.
    expect(await d2.evidence.count()).toBe(0);
    expect(await verifyLog()).toEqual({ ok: true });
    const [row] = await importsForCase(kase.id);
    expect(row).toMatchObject({ fileName: 'paypal-case.zip', importedAt: '2026-11-28T02:00:00.000+00:00', problems: [] });
    expect(row!.records.map((r) => [r.seq, r.digest, r.flags])).toEqual([
      [1, recs[0]!.digest, []],
      [2, recs[1]!.digest, []],
      [3, recs[2]!.digest, []],
      [4, expect.any(String), []],
    ]);
    const shot = row!.records[0]!.artifacts.find((a) => a.name === 'screenshot.png')!;
    expect(await sha256Hex((await getBlob(shot.blobId))!)).toBe(recs[0]!.artifacts[0]!.sha256);
    expect(await d2.events.where('caseId').equals(kase.id).count()).toBe(5);
    // Checked again from what was stored: the same verdict.
    const again = await recheckImport(row!, await installFingerprint());
    expect(again.signature).toEqual(read.check.signature);
    expect(again.items.flatMap((i) => i.flags)).toEqual([]);
  });

  it('back into the browser that made it: "this browser\'s key", as a case of its own next to the original', async () => {
    const { bytes, kase, d } = await sampleBundle();
    const before = await d.evidence.toArray();
    const { read, saved } = await importBytes(bytes);
    expect(read.check.signature).toEqual({ state: 'own', fingerprint: await installFingerprint() });
    expect(saved.caseId).not.toBe(kase.id);
    expect(await d.evidence.toArray()).toEqual(before);
    expect(await verifyLog()).toEqual({ ok: true });
  });

  it('an unsigned bundle imports as "Unsigned"', async () => {
    const { bytes } = await sampleBundle({ signer: null });
    expect(Object.keys(unzipSync(bytes))).not.toContain('manifest.json.sig');
    freshDb();
    expect((await importBytes(bytes)).read.check.signature).toEqual({ state: 'unsigned' });
  });

  it('the same bundle twice is refused and changes nothing', async () => {
    const { bytes } = await sampleBundle();
    const d2 = freshDb();
    await importBytes(bytes, 'a.zip');
    const before = await dump(d2);
    await expect(importBytes(bytes, 'b.zip')).rejects.toMatchObject({ name: 'ArchiveError', code: 'already-imported' });
    expect(await dump(d2)).toEqual(before);
    // A copy with one file changed (the manifest as it was) is another bundle: imported, and flagged.
    const edited = await repack(bytes, (f) => void (f['report.html'] = new TextEncoder().encode('<p>x</p>')), true);
    expect((await importBytes(edited, 'c.zip')).read.check.problems).toEqual([{ kind: 'file-digest', path: 'report.html' }]);
  });

  it('an imported case exported again carries the original bundle verbatim; a third browser checks both signatures', async () => {
    const first = await sampleBundle();
    freshDb();
    const { saved } = await importBytes(first.bytes, 'from-alice.zip', new Date('2026-11-28T02:00:00Z'));
    const second = await exportCase(saved.caseId);
    const files = unzipSync(second);
    for (const [path, data] of Object.entries(unzipSync(first.bytes))) expect(files[`imported/1/${path}`], path).toEqual(data);
    const m = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(m.imported).toEqual([
      {
        dir: 'imported/1',
        fileName: 'from-alice.zip',
        importedAt: '2026-11-28T02:00:00.000+00:00',
        signature: { state: 'other', fingerprint: first.fingerprint },
        manifestSha256: await sha256Hex(unzipSync(first.bytes)['manifest.json']!),
      },
    ]);
    // The report's text as a reader sees it (the HTML escapes quotes as character references).
    const report = new TextDecoder().decode(files['report.html']).replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)));
    expect(report).toContain(`Imported from from-alice.zip on 2026-11-28T02:00:00.000+00:00`);
    expect(report).toContain(`Signed by another install's key ${first.fingerprint!.slice(0, 16)}`);

    const d3 = freshDb();
    const { read } = await importBytes(second, 'from-bob.zip');
    expect(read.check.nested).toHaveLength(1);
    expect(read.check.nested[0]!.check.signature).toEqual({ state: 'other', fingerprint: first.fingerprint });
    const rows = (await d3.imports.toArray()).sort((a, b) => Number(Boolean(a.within)) - Number(Boolean(b.within)));
    expect(rows.map((r) => [r.fileName, Boolean(r.within), r.records.length])).toEqual([
      ['from-bob.zip', false, 0],
      ['from-alice.zip', true, 4],
    ]);
    expect(await d3.evidence.count()).toBe(0);
  });

  it('reads a version 1 bundle (unsigned, no links): its records verify, gaps between its seqs are named', async () => {
    const { bytes } = await sampleBundle({ signer: null });
    const { repack, editManifest } = await import('../evidence/bundle-helpers');
    const v1 = await repack(
      bytes,
      editManifest((m) => {
        m.version = 1;
        delete m.links;
        delete m.imported;
        delete m.report;
        delete m.coverage;
      }),
      true,
    );
    freshDb();
    const { read } = await importBytes(v1);
    expect(read.check.signature).toEqual({ state: 'unsigned' });
    expect(read.check.items.flatMap((i) => i.flags)).toEqual([]);
  });
});
