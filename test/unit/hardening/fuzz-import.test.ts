// @vitest-environment node
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export';
import { BackupError } from '../../../lib/backup/errors';
import { readBackup, type ParsedBackup } from '../../../lib/backup/read';
import { restoreBackup } from '../../../lib/backup/restore';
import { createCase } from '../../../lib/cases/new-case';
import { importBundleIntoDb } from '../../../lib/db/evidence';
import { importCaseBundle, type ParsedBundle } from '../../../lib/evidence/bundle';
import { BundleError, EvidenceStoreError } from '../../../lib/evidence/errors';
import { sha256Hex } from '../../../lib/evidence/hash';
import { sampleBundle } from '../evidence/bundle-helpers';
import { RUNS } from './arbitraries';
import { applyBytes, byteEdits, forgeZip, jsonEdits, randomZip } from './mutate';
import { freshDb, fullDump, populate } from './populate';

type Dump = Awaited<ReturnType<typeof fullDump>>;
const RUNS_ASYNC = { ...RUNS, numRuns: 200 };
const anyInput = (good: () => Uint8Array, name: string) =>
  fc
    .oneof(
      fc.uint8Array({ maxLength: 2048 }),
      fc.uint8Array({ maxLength: 512 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
      randomZip,
      byteEdits.map((e) => applyBytes(good(), e)),
      jsonEdits.map((e) => ({ forge: e })),
    )
    .map((v) => (v instanceof Uint8Array ? { bytes: v } : { forge: (v as { forge: Parameters<typeof forgeZip>[2] }).forge, name }));

async function bytesOf(
  input: { bytes?: Uint8Array; forge?: Parameters<typeof forgeZip>[2]; name?: string },
  good: Uint8Array,
): Promise<Uint8Array> {
  return input.bytes ?? forgeZip(good, input.name!, input.forge!);
}

async function seeded(withCase: boolean) {
  const d = freshDb();
  if (withCase)
    await createCase({
      siteId: null,
      provider: 'Here',
      title: 'already here',
      situation: 'other',
      transactions: [],
      remedy: 'other',
      region: 'US',
      status: 'draft',
    });
  return { d, before: await fullDump(d) };
}

describe('bundle import on random and mutated bytes (fast-check)', () => {
  let good: Uint8Array;
  beforeAll(async () => void (good = (await sampleBundle()).bytes));

  it('always gives a parsed bundle or a BundleError, and writes all of it or nothing', async () => {
    const seen = { refused: 0, imported: 0 };
    await fc.assert(
      fc.asyncProperty(
        anyInput(() => good, 'manifest.json'),
        async (input) => {
          const bytes = await bytesOf(input, good);
          const { d, before } = await seeded(true);
          let parsed: ParsedBundle;
          try {
            parsed = await importCaseBundle(bytes);
          } catch (err) {
            expect(err, String(err)).toBeInstanceOf(BundleError);
            seen.refused++;
            return;
          }
          try {
            await importBundleIntoDb(parsed);
          } catch (err) {
            expect(err instanceof BundleError || err instanceof EvidenceStoreError, String(err)).toBe(true);
            expect(await fullDump(d)).toEqual(before);
            return;
          }
          seen.imported++;
          const after = await fullDump(d);
          expect(after.cases.map((c) => c.id).sort()).toEqual([...before.cases.map((c) => c.id), parsed.case.id].sort());
          expect(after.evidence).toHaveLength(before.evidence.length + parsed.evidence.length);
          expect(after.events).toHaveLength(before.events.length + parsed.events.length);
          expect(after.blobs).toHaveLength(before.blobs.length + parsed.blobs.size);
        },
      ),
      RUNS_ASYNC,
    );
    expect(seen.refused).toBeGreaterThan(100);
    expect(seen.imported).toBeGreaterThan(0);
  }, 60_000);
});

/** The database a restore of `b` must produce, in fullDump's shape. */
async function expected(b: ParsedBackup): Promise<Dump> {
  const by = <T>(rows: T[], key: (r: T) => string | number) => [...rows].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  return {
    cases: by(b.cases, (c) => c.id),
    events: by(b.events, (e) => e.id!),
    evidence: by(b.evidence, (e) => e.seq),
    settings: by(b.settings, (s) => s.key),
    blobs: by(
      await Promise.all(b.blobs.map(async (x) => ({ id: x.id, type: x.blob.type, size: x.blob.size, sha256: await sha256Hex(x.blob) }))),
      (x) => x.id,
    ),
  };
}

describe('backup restore on random and mutated bytes (fast-check)', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    await populate();
    good = await exportBackup({ now: new Date('2026-11-27T01:00:00Z'), extensionVersion: '0.1.0' });
  });

  it('always gives a parsed backup or a BackupError, and restores all of it or changes nothing', async () => {
    const seen = { refused: 0, restored: 0 };
    await fc.assert(
      fc.asyncProperty(
        anyInput(() => good, 'backup.json'),
        fc.boolean(),
        fc.boolean(),
        async (input, withCase, replace) => {
          const bytes = await bytesOf(input, good);
          const { d, before } = await seeded(withCase);
          try {
            const parsed = await readBackup(bytes);
            await restoreBackup(parsed, { replace });
            seen.restored++;
            expect(await fullDump(d)).toEqual(await expected(parsed));
          } catch (err) {
            expect(err, String(err)).toBeInstanceOf(BackupError);
            expect(await fullDump(d)).toEqual(before);
            seen.refused++;
          }
        },
      ),
      RUNS_ASYNC,
    );
    expect(seen.refused).toBeGreaterThan(100);
    expect(seen.restored).toBeGreaterThan(0);
  }, 60_000);
});
