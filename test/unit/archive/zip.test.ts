// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../lib/archive/errors';
import { BUNDLE_LIMITS, type ArchiveLimits } from '../../../lib/archive/limits';
import { readZip } from '../../../lib/archive/zip-read';
import { writeZip } from '../../../lib/archive/zip-write';
import { declareSize } from '../evidence/bundle-helpers';
import { concat, craftZip, localRecord, simpleZip } from './zip-craft';

const read = (bytes: Uint8Array, lim: Partial<ArchiveLimits> = {}) => readZip(bytes, { ...BUNDLE_LIMITS, ...lim });
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ArchiveError);
    return (err as ArchiveError).code;
  }
  return 'read';
};
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('readZip: what it reads', () => {
  it('reads what writeZip writes (stored and deflated), byte for byte', () => {
    const big = strToU8('x'.repeat(200_000));
    const files = new Map([
      ['a/b.txt', { data: strToU8('hello') }],
      ['big.txt', { data: big }],
      ['img.png', { data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), stored: true }],
    ]);
    const out = read(writeZip(files, new Date('2026-11-27T00:00:00Z')));
    expect([...out.keys()]).toEqual(['a/b.txt', 'big.txt', 'img.png']);
    expect(out.get('big.txt')).toEqual(big);
  });

  it.skipIf(!has('zip'))('reads a ZIP made by Info-ZIP zip, also streamed (data descriptors), folders left out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-zip-'));
    try {
      execFileSync(
        'sh',
        ['-c', 'mkdir -p d/e && echo one > d/e/one.txt && seq 1 20000 > d/two.txt && zip -qr a.zip d && zip -qr - d > b.zip'],
        {
          cwd: dir,
        },
      );
      for (const f of ['a.zip', 'b.zip']) {
        const out = read(new Uint8Array(readFileSync(join(dir, f))));
        expect([...out.keys()].sort(), f).toEqual(['d/e/one.txt', 'd/two.txt']);
        expect(new TextDecoder().decode(out.get('d/e/one.txt')), f).toBe('one\n');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readZip: refused before anything is inflated', () => {
  const good = () => simpleZip({ 'a.txt': 'alpha', 'b.txt': 'beta' });

  it.each([
    ['not a ZIP', () => strToU8('<html>hello</html>'), 'not-zip'],
    ['truncated', () => good().slice(0, 40), 'truncated'],
    ['too large a file', () => good(), 'too-large', { maxBytes: 50 }],
    ['more entries declared than the limit', () => good(), 'too-many-entries', { maxEntries: 1 }],
    ['an entry declaring more than the entry limit', () => zipSync({ a: strToU8('x'.repeat(1000)) }), 'too-large', { maxEntryBytes: 999 }],
    [
      'entries declaring more than the total limit',
      () => zipSync({ a: strToU8('x'.repeat(600)), b: strToU8('y'.repeat(600)) }),
      'too-large',
      { maxTotalBytes: 1000 },
    ],
    [
      'a declared size the directory alone lies about',
      () => declareSize(zipSync({ a: strToU8('hello') }), 'a', 4 * 2 ** 30 - 2),
      'too-large',
    ],
    ['a ../ path', () => simpleZip({ '../evil.sh': 'rm -rf ~' }), 'unsafe-path'],
    ['an absolute path', () => simpleZip({ '/etc/passwd': 'x' }), 'unsafe-path'],
    ['a backslash path', () => simpleZip({ 'evidence\\..\\x': 'x' }), 'unsafe-path'],
    ['a drive letter', () => simpleZip({ 'C:/x': 'x' }), 'unsafe-path'],
    ['a __proto__ segment', () => simpleZip({ '__proto__/polluted': 'x' }), 'unsafe-path'],
  ] as const)('%s (%s)', (_what, make, expected, lim?: Partial<ArchiveLimits>) => {
    expect(code(() => read(make(), lim))).toBe(expected);
  });

  it('duplicate names', () => {
    const a = localRecord('a.txt', strToU8('one'));
    const b = localRecord('a.txt', strToU8('two'));
    const zip = craftZip(concat(a, b), [
      { name: 'a.txt', offset: 0, data: strToU8('one') },
      { name: 'a.txt', offset: a.length, data: strToU8('two') },
    ]);
    expect(code(() => read(zip))).toBe('duplicate-name');
  });

  it('a central-directory name that differs from its local header', () => {
    const data = strToU8('real');
    const zip = craftZip(localRecord('report.html', data), [{ name: 'manifest.js', offset: 0, data }]);
    expect(code(() => read(zip))).toBe('header-mismatch');
  });

  it('sizes that differ between the directory and the local header', () => {
    const data = strToU8('hello');
    const zip = craftZip(localRecord('a.txt', data, { usize: 4 }), [{ name: 'a.txt', offset: 0, data }]);
    expect(code(() => read(zip))).toBe('header-mismatch');
  });

  it('overlapping data: an entry whose local header lies inside another entry', () => {
    const inner = localRecord('b.txt', strToU8('hidden'));
    const outer = localRecord('a.txt', inner);
    const zip = craftZip(outer, [
      { name: 'a.txt', offset: 0, data: inner },
      { name: 'b.txt', offset: 30 + 'a.txt'.length, data: strToU8('hidden') },
    ]);
    expect(code(() => read(zip))).toBe('overlap');
  });

  it('a shared local header: two directory entries pointing at one', () => {
    const data = strToU8('same');
    const rec = localRecord('a.txt', data);
    const zip = craftZip(rec, [
      { name: 'a.txt', offset: 0, data },
      { name: 'a.txt', offset: 0, data },
    ]);
    expect(['duplicate-name', 'overlap']).toContain(code(() => read(zip)));
  });

  it('data outside the archive: an offset past the entries, bytes before the first entry, bytes between entries', () => {
    const data = strToU8('hello');
    const rec = localRecord('a.txt', data);
    expect(code(() => read(craftZip(rec, [{ name: 'a.txt', offset: 5000, data }])))).toBe('outside');
    expect(code(() => read(craftZip(concat(strToU8('PKxx junk'), rec), [{ name: 'a.txt', offset: 9, data }])))).toBe('outside');
    const b = localRecord('b.txt', data);
    const gap = craftZip(concat(rec, strToU8('hidden!'), b), [
      { name: 'a.txt', offset: 0, data },
      { name: 'b.txt', offset: rec.length + 7, data },
    ]);
    expect(code(() => read(gap))).toBe('outside');
  });

  it('encryption, unknown compression and ZIP64 are refused as unsupported', () => {
    const data = strToU8('x');
    expect(code(() => read(craftZip(localRecord('a', data, { flags: 1 }), [{ name: 'a', offset: 0, data, flags: 1 }])))).toBe(
      'unsupported',
    );
    expect(code(() => read(craftZip(localRecord('a', data, { method: 12 }), [{ name: 'a', offset: 0, data, method: 12 }])))).toBe(
      'unsupported',
    );
    expect(code(() => read(craftZip(localRecord('a', data), [{ name: 'a', offset: 0, data }], 0xffff)))).toBe('unsupported');
  });
});

describe('readZip: limits hold while inflating, whatever the headers say', () => {
  it('an entry that inflates past its declared size stops at that size (a zip bomb lying in both headers)', () => {
    const bomb = zipSync({ 'manifest.json': new Uint8Array(8 * 2 ** 20) }, { level: 9 });
    const lied = declareSize(bomb, 'manifest.json', 1000, true);
    expect(bomb.length).toBeLessThan(20_000);
    expect(code(() => read(lied))).toBe('inflates-larger');
  });

  it('an entry that inflates to less than declared is truncated; a flipped byte fails its CRC', () => {
    const zip = zipSync({ 'a.txt': strToU8('x'.repeat(1000)) }, { level: 6 });
    expect(code(() => read(declareSize(zip, 'a.txt', 2000, true)))).toBe('truncated');
    const stored = simpleZip({ 'a.txt': 'hello world' });
    const flipped = stored.slice();
    flipped[30 + 5 + 2]! ^= 1;
    expect(code(() => read(flipped))).toBe('damaged');
  });

  it('a deflate stream with garbage is truncated, not a crash', () => {
    const data = strToU8('hello hello hello');
    const raw = deflateSync(data);
    raw[2]! ^= 0xff;
    const zip = craftZip(localRecord('a.txt', raw, { method: 8, usize: data.length }), [
      { name: 'a.txt', offset: 0, data: raw, method: 8, usize: data.length },
    ]);
    expect(['truncated', 'damaged', 'inflates-larger']).toContain(code(() => read(zip)));
  });

  it.skipIf(!has('python3'))('python -m zipfile agrees about what we write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-zip-'));
    try {
      writeFileSync(join(dir, 'a.zip'), writeZip(new Map([['x/y.txt', { data: strToU8('hi') }]]), new Date()));
      expect(execFileSync('python3', ['-m', 'zipfile', '-l', join(dir, 'a.zip')], { encoding: 'utf8' })).toMatch(/x\/y\.txt/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
