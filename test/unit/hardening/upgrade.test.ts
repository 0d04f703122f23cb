// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { setDb, WitnessDB } from '../../../lib/db';
import { verifyLog } from '../../../lib/db/evidence';
import { countOverdue, isOverdue } from '../../../lib/cases/lifecycle';
import { sha256Hex } from '../../../lib/evidence/hash';
import { describeKey, fixtureRows, type DbFixture } from '../../fixtures/db/dump';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/db');

interface DeclaredVersion {
  version: number;
  stores: Record<string, string | null>;
}

/** Every version WitnessDB declares, with the store changes each one makes (Dexie's own list). */
function declaredVersions(): DeclaredVersion[] {
  const probe = new WitnessDB('declared-versions-probe') as unknown as {
    _versions: { _cfg: { version: number; storesSource: Record<string, string | null> } }[];
  };
  return probe._versions.map((v) => ({ version: v._cfg.version, stores: v._cfg.storesSource }));
}

/** The store layout at `version`: every earlier change applied, deleted stores dropped. */
function storesAt(version: number): Record<string, string> {
  const acc: Record<string, string | null> = {};
  for (const v of declaredVersions()) if (v.version <= version) Object.assign(acc, v.stores);
  return Object.fromEntries(Object.entries(acc).filter((e): e is [string, string] => e[1] !== null));
}

const fixtureFile = (version: number) => path.join(FIXTURES, `v${version}.json`);

/** Write a fixture with a database that knows ONLY that version (as a user's old profile would be). */
async function writeOldProfile(name: string, fx: DbFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fx.dbVersion).stores(storesAt(fx.dbVersion));
  await old.open();
  // Made before the transaction: it would commit while a key is generated.
  const tables = await Promise.all(Object.entries(fx.tables).map(async ([table, rows]) => [table, await fixtureRows(rows)] as const));
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of tables) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

async function comparable(rows: Record<string, unknown>[]) {
  return Promise.all(
    rows.map(async (row) =>
      Object.fromEntries(
        await Promise.all(
          Object.entries(row).map(
            async ([k, v]) =>
              [k, v instanceof Blob ? { type: v.type, sha256: await sha256Hex(v) } : v instanceof CryptoKey ? describeKey(v) : v] as const,
          ),
        ),
      ),
    ),
  );
}

describe('schema upgrades keep every record', () => {
  const versions = declaredVersions();

  it('declares versions, and has a fixture for every one of them and for no other', () => {
    expect(versions.length).toBeGreaterThan(0);
    const missing = versions.filter((v) => !existsSync(fixtureFile(v.version))).map((v) => `test/fixtures/db/v${v.version}.json`);
    // A new this.version(N) in lib/db/schema.ts needs its fixture: npx tsx test/fixtures/db/generate.ts
    expect(missing, 'schema versions without a fixture').toEqual([]);
    const stray = readdirSync(FIXTURES).filter((f) => /^v\d+\.json$/.test(f) && !versions.some((v) => f === `v${v.version}.json`));
    expect(stray, 'fixtures of undeclared versions').toEqual([]);
  });

  for (const { version } of versions) {
    it(`opens a database written by version ${version} with the current schema, every row intact`, async () => {
      // Read inside the test: a missing fixture fails here too, it never skips.
      const fx = JSON.parse(readFileSync(fixtureFile(version), 'utf8')) as DbFixture;
      expect(fx.dbVersion).toBe(version);
      for (const table of Object.keys(storesAt(version))) expect(fx.tables[table]?.length, `fixture rows of ${table}`).toBeGreaterThan(0);
      const name = `upgrade-${version}-${crypto.randomUUID()}`;
      await writeOldProfile(name, fx);

      const current = new WitnessDB(name);
      setDb(current);
      await current.open();
      expect(current.verno).toBe(versions.at(-1)!.version);
      for (const [table, rows] of Object.entries(fx.tables)) {
        const pk = current.table(table).schema.primKey.keyPath as string;
        const stored = await current.table(table).toArray();
        expect(stored, `${table} row count`).toHaveLength(rows.length);
        const byKey = new Map(stored.map((r) => [r[pk], r]));
        const want = await comparable(await fixtureRows(rows));
        const got = await comparable(want.map((r) => byKey.get(r[pk]) ?? { missing: r[pk] }));
        // An upgrade may add members; it must not drop or change any the old version wrote.
        for (const [i, row] of want.entries()) expect(got[i], `${table} ${String(row[pk])}`).toMatchObject(row);
      }
      expect(await verifyLog()).toEqual({ ok: true });
      // The overdue count reads the derived dueMs index, which rows written before v4 get on upgrade.
      const later = Date.parse('2100-01-01T00:00:00Z');
      const cases = await current.cases.toArray();
      expect(cases.length).toBeGreaterThan(0);
      expect(await countOverdue(later)).toBe(cases.filter((c) => isOverdue(c, later)).length);
      current.close();
    });
  }
});
