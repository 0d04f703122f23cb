// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Folders whose every entry the Layout lists (the rest are listed by themselves). */
const LISTED_IN_FULL = ['entrypoints', 'lib'];

/** The Layout section's code block: name → its indented entries. */
function readmeLayout(): Map<string, string[]> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Layout$/m)[1]?.split(/^## /m)[0] ?? '';
  const block = section.split('```')[1] ?? '';
  const tree = new Map<string, string[]>();
  let parent = '';
  for (const line of block.split('\n').filter((l) => l.trim())) {
    const name = line.trim().split(/\s+/)[0]!.replace(/\/$/, '');
    // An entry at the margin, one inside it two spaces in; deeper lines continue a description.
    if (/^\S/.test(line)) tree.set((parent = name), []);
    else if (/^ {2}\S/.test(line)) tree.get(parent)!.push(name);
  }
  return tree;
}

/** What git tracks (the tree a clone has), without dotfiles. */
function trackedTree(): Map<string, Set<string>> {
  const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && existsSync(path.join(ROOT, f)));
  const tree = new Map<string, Set<string>>();
  for (const f of files) {
    const [top, child] = f.split('/');
    if (top!.startsWith('.')) continue;
    if (!tree.has(top!)) tree.set(top!, new Set());
    if (child) tree.get(top!)!.add(child);
  }
  return tree;
}

describe('README Layout', () => {
  it('lists every top-level entry and nothing else', () => {
    expect([...readmeLayout().keys()].sort()).toEqual([...trackedTree().keys()].sort());
  });

  it.each(LISTED_IN_FULL)('lists every entry of %s/ and nothing else', (dir) => {
    expect([...(readmeLayout().get(dir) ?? [])].sort()).toEqual([...(trackedTree().get(dir) ?? [])].sort());
  });
});
