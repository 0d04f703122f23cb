import { describe, expect, it } from 'vitest';
import { parseCores } from '@/lib/sites/core';
import type { SiteCore } from '@/lib/sites/types';
import { coreLine } from '../../../scripts/site-cores';

describe('site-core lines (the compact form of the registry in the content script)', () => {
  it('round-trip every hint kind, a site without hints and one with empty hints', () => {
    const cores: SiteCore[] = [
      {
        id: 'a',
        category: 'explorer',
        hosts: ['a.example', 'b.example'],
        hints: {
          supportPaths: ['/help', '/x-y'],
          supportHosts: ['help.a.example'],
          txPaths: ['/tx/'],
          defaultCurrency: 'ETH',
          hashRouting: true,
        },
      },
      { id: 'b', category: 'wallet', hosts: ['b.test'], hints: { hashRouting: false } },
      { id: 'c', category: 'exchange', hosts: ['c.test'] },
      { id: 'd', category: 'payment-app', hosts: ['d.test'], hints: {} },
    ];
    expect(parseCores(cores.map(coreLine).join('\n'))).toEqual(cores);
  });

  it('refuses what the line format cannot carry, instead of writing a wrong registry', () => {
    expect(() => coreLine({ id: 'a b', category: 'wallet', hosts: ['a.test'] })).toThrow(/cannot be written/);
    expect(() => coreLine({ id: 'a', category: 'wallet', hosts: ['a.test'], hints: { supportPaths: ['/a,b'] } })).toThrow(
      /cannot be written/,
    );
    expect(() => coreLine({ id: 'a', category: 'wallet', hosts: ['a.test'], hints: { supportPaths: [] } })).toThrow(/empty list/);
    expect(() => coreLine({ id: 'a', category: 'wallet', hosts: ['a.test'], hints: { future: ['x'] } as never })).toThrow(
      /no site-core code/,
    );
    expect(() => coreLine({ id: 'a', category: 'wallet', hosts: ['$' + '{x}'] })).toThrow(/cannot be written/);
  });
});
