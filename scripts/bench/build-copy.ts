// Other work may rebuild .output/test while the bench runs (minutes): the bench runs a private
// copy, taken under the same lock the builds use (flock /tmp/ww-build.lock) where flock exists.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEST_BUILD } from '../../test/e2e/harness';

const BUILD_LOCK = '/tmp/ww-build.lock';

export function copyTestBuild(): { dir: string; dispose(): void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ww-bench-'));
  const dir = path.join(root, 'chrome-mv3');
  const locked = spawnSync('flock', [BUILD_LOCK, 'cp', '-r', TEST_BUILD, dir], { stdio: 'inherit' });
  if (locked.error) cpSync(TEST_BUILD, dir, { recursive: true });
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`no test build in ${TEST_BUILD}: run npm run build:test`);
  return { dir, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
