// @vitest-environment node
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../lib/archive/errors';
import type { ArchiveLimits } from '../../../lib/archive/limits';
import { readBundleFile } from '../../../lib/archive/read-file';
import { saveImport } from '../../../lib/db/imports';
import { declareSize, editManifest, repack, sampleBundle } from '../evidence/bundle-helpers';
import { dump } from '../evidence/helpers';
import { simpleZip } from './zip-craft';

type Make = (b: Uint8Array) => Promise<Uint8Array> | Uint8Array;

/** Files that cannot be read as a sound bundle are refused whole: nothing is stored. */
describe('bundle import refusals (nothing changes)', () => {
  const cases: [string, Make, string, Partial<ArchiveLimits>?][] = [
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
    ['a ../ path', (b) => repack(b, (f) => void (f['../evil.sh'] = strToU8('rm -rf ~'))), 'unsafe-path'],
    ['no SHA256SUMS', (b) => repack(b, (f) => void delete f.SHA256SUMS), 'missing-file'],
    ['no manifest', (b) => repack(b, (f) => void delete f['manifest.json'], true), 'missing-file'],
    ['a backup instead of a bundle', () => simpleZip({ 'backup.json': '{}', SHA256SUMS: '' }), 'not-bundle'],
    ['an unlisted extra file', (b) => repack(b, (f) => void (f['extra.txt'] = strToU8('x'))), 'unexpected-file'],
    [
      'an extra file listed in SHA256SUMS but not in the manifest',
      (b) => repack(b, (f) => void (f['extra.txt'] = strToU8('x')), true),
      'unexpected-file',
    ],
    ['SHA256SUMS naming a file that is not there', (b) => repack(b, (f) => void delete f['report.html']), 'missing-file'],
    ['a manifest that is not JSON', (b) => repack(b, (f) => void (f['manifest.json'] = strToU8('{"format":')), true), 'bad-manifest'],
    [
      'a manifest of another format',
      (b) =>
        repack(
          b,
          editManifest((m) => void (m.format = 'other')),
          true,
        ),
      'not-bundle',
    ],
    [
      'a manifest from a newer version',
      (b) =>
        repack(
          b,
          editManifest((m) => void (m.version = 3)),
          true,
        ),
      'wrong-version',
    ],
    [
      'a manifest failing the schema',
      (b) =>
        repack(
          b,
          editManifest((m) => void (m.case.status = 42)),
          true,
        ),
      'bad-manifest',
    ],
    [
      'a hostile artifact name',
      (b) =>
        repack(
          b,
          editManifest((m) => void (m.evidence[0].artifacts[0].name = '../x')),
          true,
        ),
      'bad-manifest',
    ],
    [
      "an artifact pointing at another record's file",
      (b) =>
        repack(
          b,
          editManifest((m) => void (m.evidence[0].artifacts[0].file = m.evidence[2].artifacts[0].file)),
          true,
        ),
      'bad-manifest',
    ],
    [
      'a duplicate id',
      (b) =>
        repack(
          b,
          editManifest((m) => void (m.evidence[2].id = m.evidence[0].id)),
          true,
        ),
      'duplicate-id',
    ],
    [
      'a seq listed twice',
      (b) =>
        repack(
          b,
          editManifest((m) => void m.links.push({ ...m.evidence[0], meta: undefined })),
          true,
        ),
      'duplicate-id',
    ],
    [
      'a record of another case',
      (b) =>
        repack(
          b,
          editManifest((m) => void (m.evidence[0].caseId = 'someone-else')),
          true,
        ),
      'bad-manifest',
    ],
  ];
  for (const [what, make, code, limits] of cases) {
    it(`refuses ${what} (${code})`, async () => {
      const { bytes, d } = await sampleBundle();
      const before = await dump(d);
      const err = await readBundleFile(await make(bytes), null, limits)
        .then((read) => saveImport(read, 'x.zip'))
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ArchiveError);
      expect(err).toMatchObject({ code });
      expect((err as ArchiveError).text('zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(await dump(d)).toEqual(before);
      expect(await d.imports.count()).toBe(0);
    });
  }
});
