import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SITES, toCore } from '@/lib/sites';
import { SITE_CORES, coreForUrl } from '@/lib/sites/core';
import { renderCores } from '../../../scripts/site-cores';

describe('site cores (the content script view of the registry)', () => {
  it('is generated from the registry and up to date (npx tsx scripts/site-cores.ts)', () => {
    expect(SITE_CORES).toEqual(SITES.map(toCore));
    const file = readFileSync(path.resolve(import.meta.dirname, '../../../lib/sites/cores.generated.ts'), 'utf8');
    expect(file).toBe(renderCores());
  });

  it('resolves every example URL to the same site id as the full registry', () => {
    for (const site of SITES) for (const url of site.examples) expect(coreForUrl(url)?.id, url).toBe(site.id);
  });
});
