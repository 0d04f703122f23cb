import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/**
 * The Firefox to test with: FIREFOX_PATH when set (it must then be an executable, or this
 * throws), else the first `firefox-esr` or `firefox` on PATH; null when there is none.
 */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | null {
  const executable = (file: string) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (env.FIREFOX_PATH) {
    if (!executable(env.FIREFOX_PATH)) throw new Error(`FIREFOX_PATH=${env.FIREFOX_PATH} is not an executable file`);
    return env.FIREFOX_PATH;
  }
  for (const name of ['firefox-esr', 'firefox']) {
    for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
      if (executable(path.join(dir, name))) return path.join(dir, name);
    }
  }
  return null;
}
