// `npm test`'s last step: the Firefox end-to-end suite when a Firefox is installed, else one
// line saying it was skipped and how to get it (the suite itself: npm run test:firefox).
import { spawnSync } from 'node:child_process';
import { findFirefox } from '../test/firefox/find-firefox';

const firefox = findFirefox();
if (!firefox) {
  const why = 'no firefox-esr or firefox on PATH and FIREFOX_PATH unset (apt-get install -y firefox-esr firefox-esr-l10n-zh-cn)';
  // CI installs Firefox (.ci/run): there a missing one is a failure, not a skip.
  if (process.env.CI) {
    console.error(`Firefox e2e suite cannot run in CI: ${why}`);
    process.exit(1);
  }
  console.log(`Firefox e2e suite SKIPPED: ${why}`);
  process.exit(0);
}
const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.firefox.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FIREFOX_PATH: firefox },
});
process.exit(run.status ?? 1);
