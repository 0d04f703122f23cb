// SingleFile, the peer the page snapshot is compared with: its built, injectable lib/ copied from
// a copy of its repository (github.com/gildas-lormeau/SingleFile, which commits its built files)
// into bench/vendor/singlefile/, which git ignores. Its code is never committed here (AGPL).
// Where no copy of the repository is found (a user's clone, CI), the comparison is skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../test/e2e/harness';

const VENDOR = path.join(ROOT, 'bench/vendor/singlefile');
/** A clone of the repository (work tree or bare git directory): SINGLEFILE_REPO, else the tool mirror. */
const SOURCES = [process.env.SINGLEFILE_REPO, '/work/.mirror/gildas-lormeau+SingleFile/repo'].filter((s): s is string => !!s);
const FILES = ['lib/single-file.js', 'lib/single-file-bootstrap.js', 'lib/single-file-hooks-frames.js', 'LICENSE', 'manifest.json'];

export interface SingleFile {
  /** Evaluated in its own isolated world at document start (the CLI's order). */
  script: string;
  /** Evaluated in the page's main world at document start (FontFace and frame hooks). */
  hooks: string;
  version: string;
  commit: string;
}

function fromRepo(repo: string, file: string): Buffer | null {
  const inTree = path.join(repo, file);
  if (existsSync(inTree)) return readFileSync(inTree);
  const git = spawnSync('git', ['--git-dir', repo, 'show', `HEAD:${file}`], { maxBuffer: 64 * 2 ** 20 });
  return git.status === 0 ? git.stdout : null;
}

function commitOf(repo: string): string {
  const dir = existsSync(path.join(repo, '.git')) ? path.join(repo, '.git') : repo;
  return spawnSync('git', ['--git-dir', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout?.trim() || 'unknown';
}

/** Copy SingleFile's lib from the first source that has it (when not copied already). */
function vendor(): boolean {
  if (existsSync(path.join(VENDOR, 'COMMIT'))) return true;
  for (const repo of SOURCES) {
    if (!existsSync(repo)) continue;
    const files = FILES.map((f) => [f, fromRepo(repo, f)] as const);
    if (files.some(([, b]) => !b)) continue;
    mkdirSync(path.join(VENDOR, 'lib'), { recursive: true });
    for (const [f, b] of files) writeFileSync(path.join(VENDOR, f), b!);
    writeFileSync(path.join(VENDOR, 'COMMIT'), `${commitOf(repo)}\n`);
    return true;
  }
  return false;
}

/** SingleFile's scripts, or null (with the reason) when no copy of its repository is here. */
export function loadSingleFile(): SingleFile | { missing: string } {
  if (!vendor())
    return {
      missing: `SingleFile comparison skipped: no copy of github.com/gildas-lormeau/SingleFile (set SINGLEFILE_REPO to a clone; looked in ${SOURCES.join(', ')})`,
    };
  const read = (f: string) => readFileSync(path.join(VENDOR, f), 'utf8');
  return {
    script: `${read('lib/single-file.js')};\n${read('lib/single-file-bootstrap.js')}`,
    hooks: read('lib/single-file-hooks-frames.js'),
    version: (JSON.parse(read('manifest.json')) as { version: string }).version,
    commit: read('COMMIT').trim(),
  };
}
