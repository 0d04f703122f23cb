// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isTrusted, setTrusted } from '../../../lib/protect/trusted';
import { listTrusted, setTrustedDomain } from '../../../lib/protect/trusted-store';

describe('trusted sites ("I trust this site", undone in the dashboard)', () => {
  it('is kept per registrable domain, covering its subdomains, and undone by domain', async () => {
    await setTrusted('https://login.example-shop.co.uk/account?x=1', true, 1_000);
    expect(await listTrusted()).toEqual([{ domain: 'example-shop.co.uk', at: 1_000 }]);
    expect(await isTrusted('https://www.example-shop.co.uk/')).toBe(true);
    expect(await isTrusted('https://example-shop.com/')).toBe(false);
    await setTrustedDomain('example-shop.co.uk', false);
    expect(await isTrusted('https://www.example-shop.co.uk/')).toBe(false);
    expect(await listTrusted()).toEqual([]);
  });

  it('ignores what is not a web page', async () => {
    await setTrusted('chrome://settings', true);
    expect(await listTrusted()).toEqual([]);
  });
});
