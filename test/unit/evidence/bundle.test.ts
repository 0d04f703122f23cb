// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importBundleIntoDb, verifyLog, evidenceForCase, getBlob } from '../../../lib/db/evidence';
import { importCaseBundle } from '../../../lib/evidence/bundle';
import { BundleError } from '../../../lib/evidence/errors';
import { sha256Hex } from '../../../lib/evidence/hash';
import { declareSize, editManifest, repack, sampleBundle } from './bundle-helpers';
import { dump, freshDb } from './helpers';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('evidence bundle', () => {
  it('holds manifest, artifacts, report and SHA256SUMS over every other file', async () => {
    const { bytes, recs, kase } = await sampleBundle();
    const files = unzipSync(bytes);
    const d1 = `evidence/1-${recs[0]!.id}`;
    expect(Object.keys(files).sort()).toEqual(
      [
        'SHA256SUMS',
        `${d1}/page.html`,
        `${d1}/screenshot.png`,
        `evidence/3-${recs[2]!.id}/page.html`,
        `evidence/3-${recs[2]!.id}/screenshot.png`,
        'manifest.json',
        'report.html',
      ].sort(),
    );
    const m = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(m).toMatchObject({
      format: 'wallet-witness-bundle',
      version: 1,
      exportedAt: expect.stringMatching(/[+-]\d\d:\d\d$/),
      case: { id: kase.id },
    });
    expect(m.evidence.map((e: { seq: number; kind: string }) => [e.seq, e.kind])).toEqual([
      [1, 'capture'],
      [2, 'capture'],
      [3, 'capture'],
      [4, 'tombstone'],
    ]);
    expect(m.evidence[0]).toMatchObject({
      meta: { url: expect.any(String), title: 'page 1', capturedAt: '2026-11-26T12:00:00.000+08:00' },
      digest: recs[0]!.digest,
      prevDigest: recs[0]!.prevDigest,
    });
    expect(m.evidence[1].artifacts[0]).toMatchObject({ file: null, sha256: recs[1]!.artifacts[0]!.sha256 });
    const sums = new TextDecoder().decode(files.SHA256SUMS);
    expect(sums.trim().split('\n')).toHaveLength(Object.keys(files).length - 1);
    expect(sums).toMatch(/^[0-9a-f]{64} {2}manifest\.json$/m);
  });

  it.skipIf(!has('sha256sum'))('verifies with sha256sum -c in the unpacked folder', async () => {
    const { bytes } = await sampleBundle();
    const dir = mkdtempSync(join(tmpdir(), 'ww-bundle-'));
    try {
      writeFileSync(join(dir, 'bundle.zip'), bytes);
      for (const [path, data] of Object.entries(unzipSync(bytes))) {
        mkdirSync(dirname(join(dir, 'x', path)), { recursive: true });
        writeFileSync(join(dir, 'x', path), data);
      }
      const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'x'), encoding: 'utf8' });
      expect(out).toMatch(/manifest\.json: OK/);
      expect(out).not.toMatch(/FAILED/);
      if (has('python3')) execFileSync('python3', ['-m', 'zipfile', '-t', join(dir, 'bundle.zip')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('round-trips into another browser: same ids, digests and blobs, local log verifies', async () => {
    const { bytes, recs, kase } = await sampleBundle();
    const parsed = await importCaseBundle(bytes);
    expect(parsed.evidence.map((r) => r.digest)).toEqual([...recs.map((r) => r.digest), expect.any(String)]);
    const d2 = freshDb();
    const stored = await importBundleIntoDb(parsed);
    expect(await d2.cases.get(kase.id)).toMatchObject({ title: kase.title });
    expect(stored.map((r) => r.origin?.digest)).toEqual(parsed.evidence.map((r) => r.digest));
    expect(await verifyLog()).toEqual({ ok: true });
    const [first] = await evidenceForCase(kase.id);
    expect(await sha256Hex((await getBlob(first!.artifacts[0]!.blobId))!)).toBe(recs[0]!.artifacts[0]!.sha256);
    expect(await d2.events.where('caseId').equals(kase.id).count()).toBe(5);
    // And again: export from here, import into a third browser; the first origin survives.
    const { loadCaseForExport } = await import('../../../lib/db/evidence');
    const { exportCaseBundle } = await import('../../../lib/evidence/bundle');
    const again = await exportCaseBundle({
      ...(await loadCaseForExport(kase.id)),
      locale: 'zh-CN',
      extensionVersion: '0.1.0',
      now: new Date(),
    });
    freshDb();
    const third = await importBundleIntoDb(await importCaseBundle(again));
    expect(third[0]!.origin).toEqual({ seq: 1, prevDigest: recs[0]!.prevDigest, digest: recs[0]!.digest });
    expect(await verifyLog()).toEqual({ ok: true });
  });

  it('refuses a case that already exists, changing nothing', async () => {
    const { bytes, d } = await sampleBundle();
    const before = await dump(d);
    const err = await importCaseBundle(bytes)
      .then(importBundleIntoDb)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'BundleError', code: 'case-exists' });
    expect(await dump(d)).toEqual(before);
  });
});

describe('bundle import refusals (nothing changes)', () => {
  const cases: [string, (b: Uint8Array) => Promise<Uint8Array> | Uint8Array, string, object?][] = [
    ['not a zip', () => strToU8('<html>hello</html>'), 'not-zip'],
    ['a truncated zip', (b) => b.slice(0, Math.floor(b.length * 0.6)), 'truncated'],
    ['a zip bomb by declared size', (b) => declareSize(b, 'manifest.json', 600 * 2 ** 20), 'too-large'],
    [
      'a real zip bomb over small limits',
      () => zipSync({ 'manifest.json': new Uint8Array(2 ** 20) }),
      'too-large',
      { maxTotalBytes: 100_000 },
    ],
    [
      'too many entries',
      (b) =>
        repack(b, (f) => {
          for (let i = 0; i < 30; i++) f[`evidence/x/${i}`] = new Uint8Array(1);
        }),
      'too-many-entries',
      { maxEntries: 20 },
    ],
    [
      'a ../ path',
      (b) =>
        repack(b, (f) => {
          f['../evil.sh'] = strToU8('rm -rf ~');
        }),
      'unsafe-path',
    ],
    [
      'an absolute path',
      (b) =>
        repack(b, (f) => {
          f['/etc/passwd'] = strToU8('x');
        }),
      'unsafe-path',
    ],
    [
      'a backslash path',
      (b) =>
        repack(b, (f) => {
          f['evidence\\..\\x'] = strToU8('x');
        }),
      'unsafe-path',
    ],
    [
      'no SHA256SUMS',
      (b) =>
        repack(b, (f) => {
          delete f.SHA256SUMS;
        }),
      'missing-file',
    ],
    [
      'no manifest',
      (b) =>
        repack(
          b,
          (f) => {
            delete f['manifest.json'];
          },
          true,
        ),
      'missing-file',
    ],
    [
      'an unlisted extra file',
      (b) =>
        repack(b, (f) => {
          f['extra.txt'] = strToU8('x');
        }),
      'unexpected-file',
    ],
    [
      'a tampered artifact',
      (b) =>
        repack(b, (f) => {
          const k = Object.keys(f).find((p) => p.endsWith('.png'))!;
          f[k]![4]! ^= 1;
        }),
      'digest-mismatch',
    ],
    [
      'a tampered artifact with SHA256SUMS recomputed',
      (b) =>
        repack(
          b,
          (f) => {
            const k = Object.keys(f).find((p) => p.endsWith('.png'))!;
            f[k]![4]! ^= 1;
          },
          true,
        ),
      'digest-mismatch',
    ],
    [
      'a manifest that is not JSON',
      (b) =>
        repack(
          b,
          (f) => {
            f['manifest.json'] = strToU8('{"format":');
          },
          true,
        ),
      'bad-manifest',
    ],
    [
      'a manifest failing the schema',
      (b) =>
        repack(
          b,
          editManifest((m) => {
            m.version = 2;
          }),
          true,
        ),
      'bad-manifest',
    ],
    [
      'a manifest with a hostile artifact name',
      (b) =>
        repack(
          b,
          editManifest((m) => {
            m.evidence[0].artifacts[0].name = '../x';
          }),
          true,
        ),
      'bad-manifest',
    ],
    [
      'an edited title with SHA256SUMS recomputed',
      (b) =>
        repack(
          b,
          editManifest((m) => {
            m.evidence[0].meta.title = 'forged';
          }),
          true,
        ),
      'chain-mismatch',
    ],
    [
      'a record removed from under its tombstone',
      (b) =>
        repack(
          b,
          editManifest((m) => {
            m.evidence.splice(1, 1);
          }),
          true,
        ),
      'chain-mismatch',
    ],
    [
      'a swapped pair of records',
      (b) =>
        repack(
          b,
          editManifest((m) => {
            const [x, y] = [m.evidence[0], m.evidence[2]];
            [x.meta, y.meta] = [y.meta, x.meta];
          }),
          true,
        ),
      'chain-mismatch',
    ],
    [
      'a duplicate id',
      (b) =>
        repack(
          b,
          editManifest((m) => {
            m.evidence[2].id = m.evidence[0].id;
          }),
          true,
        ),
      'duplicate-id',
    ],
  ];
  for (const [what, make, code, limits] of cases) {
    it(`refuses ${what} (${code})`, async () => {
      const { bytes, d } = await sampleBundle();
      const before = await dump(d);
      const err = await importCaseBundle(await make(bytes), limits)
        .then(importBundleIntoDb)
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BundleError);
      expect(err).toMatchObject({ code });
      expect((err as BundleError).text('zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(await dump(d)).toEqual(before);
    });
  }
});
