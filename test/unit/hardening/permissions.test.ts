// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { registryMatchPatterns } from '../../../lib/sites';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const README = process.env.WW_README ?? path.join(ROOT, 'README.md');

type Key = 'permissions' | 'optional_permissions' | 'host_permissions' | 'optional_host_permissions';
interface Documented {
  key: Key;
  value: string;
  chromeOnly: boolean;
}

/** The README's "## Permissions" table: one row per permission, its manifest key in column 2. */
function documented(): Documented[] {
  const md = readFileSync(README, 'utf8');
  const section = md.split(/^## Permissions\s*$/m)[1]?.split(/^## /m)[0];
  if (!section) throw new Error(`${path.relative(ROOT, README)} has no "## Permissions" section`);
  const rows = section
    .split('\n')
    .filter((l) => /^\|/.test(l) && !/^\|\s*-/.test(l))
    .slice(1);
  return rows.flatMap((row): Documented[] => {
    const [what = '', where = ''] = row
      .split('|')
      .slice(1)
      .map((c) => c.trim());
    const key = /`(\w+)`/.exec(where)?.[1] as Key;
    const chromeOnly = /chrome only/i.test(where);
    if (/^registry sites/i.test(what)) return registryMatchPatterns().map((value) => ({ key, value, chromeOnly }));
    return [{ key, value: /`([^`]+)`/.exec(what)![1]!, chromeOnly }];
  });
}

type Manifest = Partial<Record<Key, string[]>> & { manifest_version: number };
const sorted = (xs: string[] | undefined) => [...(xs ?? [])].sort();

/** What the README says the manifest must hold, for an MV3 (Chrome) or MV2 (Firefox) build. */
function expected(mv: 2 | 3): Record<Key, string[]> {
  const docs = documented().filter((d) => mv === 3 || !d.chromeOnly);
  const of = (k: Key) => docs.filter((d) => d.key === k).map((d) => d.value);
  if (mv === 3)
    return {
      permissions: of('permissions'),
      optional_permissions: of('optional_permissions'),
      host_permissions: of('host_permissions'),
      optional_host_permissions: of('optional_host_permissions'),
    };
  // MV2 has no host keys: hosts are permissions, optional hosts optional permissions.
  return {
    permissions: [...of('permissions'), ...of('host_permissions')],
    optional_permissions: [...of('optional_permissions'), ...of('optional_host_permissions')],
    host_permissions: [],
    optional_host_permissions: [],
  };
}

function check(m: Manifest, extraHosts: string[] = []): void {
  const want = expected(m.manifest_version === 2 ? 2 : 3);
  expect({
    permissions: sorted(m.permissions),
    optional_permissions: sorted(m.optional_permissions),
    host_permissions: sorted(m.host_permissions),
    optional_host_permissions: sorted(m.optional_host_permissions),
  }).toEqual({
    // MV2 lists hosts among the permissions.
    permissions: sorted([...want.permissions, ...(m.manifest_version === 2 ? extraHosts : [])]),
    optional_permissions: sorted(want.optional_permissions),
    host_permissions: sorted([...want.host_permissions, ...(m.manifest_version === 2 ? [] : extraHosts)]),
    optional_host_permissions: sorted(want.optional_host_permissions),
  });
}

describe('manifest permissions are exactly those the README justifies', () => {
  it('documents every kind of permission', () => {
    const keys = new Set(documented().map((d) => d.key));
    expect([...keys].sort()).toEqual(['host_permissions', 'optional_host_permissions', 'optional_permissions', 'permissions']);
  });

  it('the release manifest wxt.config.ts declares, for Chrome (MV3)', async () => {
    const make = config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest;
    check({ ...make({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' }), manifest_version: 3 });
  });

  // Built manifests, where a build exists (npm run build / build:firefox / build:test). The
  // e2e suite checks the test build, which always exists there.
  const builds: [string, string[]][] = [
    ['.output/chrome-mv3/manifest.json', []],
    ['.output/firefox-mv2/manifest.json', []],
    ['.output/test/chrome-mv3/manifest.json', ['<all_urls>']],
    ['.output/test/firefox-mv2/manifest.json', ['<all_urls>']],
  ];
  for (const [file, extra] of builds) {
    it.runIf(existsSync(path.join(ROOT, file)))(
      `the built ${file}${extra.length ? ` (plus ${extra.join(', ')}, test builds only)` : ''}`,
      () => {
        check(JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')), extra);
      },
    );
  }
});
