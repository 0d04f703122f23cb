// @vitest-environment node
// The Firefox manifest's store-readiness contract (DESIGN.md, issue 20 §7): a permanent id that is
// not a placeholder, no data collected, and the minimum versions that declaring so needs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

const ROOT = path.resolve(import.meta.dirname, '../../..');
type Gecko = { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
type Settings = { gecko?: Gecko; gecko_android?: { strict_min_version?: string } };
const make = config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => {
  browser_specific_settings?: Settings;
};
const major = (v?: string) => Number.parseInt(v ?? '0', 10);

function checkFirefox(settings: Settings | undefined): void {
  const gecko = settings?.gecko;
  // A GUID ({…}) or an email-style id, on a domain that is not a documentation placeholder.
  expect(gecko?.id).toMatch(/^(\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|[\w.-]+@[\w.-]+)$/);
  expect(gecko?.id).not.toMatch(/@(.*\.)?(example\.(org|com|net)|localhost|test|invalid)$/);
  expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  // data_collection_permissions is read from Firefox 140 and Firefox for Android 142.
  expect(major(gecko?.strict_min_version)).toBeGreaterThanOrEqual(140);
  expect(major(settings?.gecko_android?.strict_min_version)).toBeGreaterThanOrEqual(142);
}

describe('Firefox manifest', () => {
  const env = { mode: 'production', command: 'build' };
  it('wxt.config.ts declares a permanent id, no data collection and the minimum versions for it', () => {
    checkFirefox(make({ ...env, browser: 'firefox', manifestVersion: 2 }).browser_specific_settings);
    expect(make({ ...env, browser: 'chrome', manifestVersion: 3 }).browser_specific_settings).toBeUndefined();
  });

  it('keeps the same id in every build: Firefox keys the user data to it', () => {
    const id = make({ ...env, browser: 'firefox', manifestVersion: 2 }).browser_specific_settings?.gecko?.id;
    expect(id).toBe('{9e6ca3ce-4bae-4a87-8a6e-dc811d5d95d7}');
  });

  for (const file of ['.output/firefox-mv2/manifest.json', '.output/test/firefox-mv2/manifest.json']) {
    it.runIf(existsSync(path.join(ROOT, file)))(`the built ${file}`, () => {
      checkFirefox(JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')).browser_specific_settings);
    });
  }
});
