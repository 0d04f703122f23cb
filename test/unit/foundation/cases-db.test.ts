// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { WitnessDB, setDb, db } from '@/lib/db';
import { createCase } from '@/lib/cases/new-case';
import { caseEvents, isoWithOffset, listCases, openCaseFor, setStatus, updateCase } from '@/lib/db/cases';
import { getProfile, getRegion, getSetting, regionFromLocale, setRegion, setSetting } from '@/lib/db/settings';
import type { NewCase } from '@/lib/db/cases';

const base: NewCase = {
  siteId: 'paypal',
  provider: 'PayPal',
  title: 'Declined payment',
  situation: 'failed-transfer',
  transactions: [{ id: '7XK12345AB', amount: '45.00', currency: 'USD' }],
  remedy: 'refund',
  region: 'US',
  status: 'draft',
};

beforeEach(() => setDb(new WitnessDB(`test-${crypto.randomUUID()}`)));

describe('case repository', () => {
  it('creates a case with a created event in one go', async () => {
    const c = await createCase(base, new Date('2026-11-02T10:00:00Z'));
    expect(await db().cases.get(c.id)).toMatchObject({ title: 'Declined payment', status: 'draft' });
    expect((await caseEvents(c.id)).map((e) => e.type)).toEqual(['created']);
    expect(c.searchText).toContain('7xk12345ab');
  });

  it('lists latest activity first, filters by status and searches references', async () => {
    const a = await createCase({ ...base, title: 'A' }, new Date('2026-11-01T00:00:00Z'));
    const b = await createCase(
      { ...base, title: 'B', provider: 'Alipay', siteId: 'alipay', transactions: [{ id: '2026110122001' }] },
      new Date('2026-11-02T00:00:00Z'),
    );
    await setStatus(a.id, 'filed', new Date('2026-11-03T00:00:00Z'));
    expect((await listCases()).map((c) => c.title)).toEqual(['A', 'B']);
    expect((await listCases({ status: 'draft' })).map((c) => c.title)).toEqual(['B']);
    expect((await listCases({ search: '2026110122' })).map((c) => c.title)).toEqual(['B']);
    expect((await listCases({ search: 'alipay' })).map((c) => c.id)).toEqual([b.id]);
    expect(await listCases({ limit: 1 })).toHaveLength(1);
  });

  it('updates and logs status changes; a missing case is an error and writes nothing', async () => {
    const c = await createCase(base);
    await updateCase(c.id, { nextFollowUpAt: '2026-12-01' }, { type: 'note', text: 'called' });
    expect((await caseEvents(c.id)).map((e) => e.type)).toEqual(['created', 'note']);
    await expect(updateCase('nope', { title: 'x' }, { type: 'note' })).rejects.toThrow(/not found/);
    expect(await db().events.count()).toBe(2);
  });

  it('finds the open case for a provider, skipping closed ones', async () => {
    const closed = await createCase(base);
    await setStatus(closed.id, 'closed');
    expect(await openCaseFor('paypal')).toBeUndefined();
    const open = await createCase(base);
    expect((await openCaseFor('paypal'))?.id).toBe(open.id);
  });
});

describe('settings', () => {
  it('defaults the region from the locale and stores a choice', async () => {
    expect(regionFromLocale('zh-CN')).toBe('CN');
    expect(regionFromLocale('en-GB')).toBe('UK');
    expect(regionFromLocale('en-US')).toBe('US');
    expect(regionFromLocale('de-DE')).toBe('EU');
    expect(regionFromLocale('ja-JP')).toBe('GLOBAL');
    expect(await getRegion('zh-CN')).toBe('CN');
    await setRegion('UK');
    expect(await getRegion('zh-CN')).toBe('UK');
    await expect(setRegion('XX' as never)).rejects.toThrow();
  });

  it('reads a stored value that is not of its type (an old version, a restored backup) as the default, and refuses to store one', async () => {
    await db().settings.bulkPut([
      { key: 'region', value: 'Atlantis' },
      { key: 'captureMhtml', value: 'yes' },
      { key: 'profile', value: { name: 42 } },
    ]);
    expect(await getRegion('en-GB')).toBe('UK');
    expect(await getSetting('captureMhtml')).toBe(false);
    expect(await getProfile()).toEqual({ name: '', email: '', phone: '', accounts: {} });
    await expect(setSetting('user-sites', 'pay.example.com' as never)).rejects.toThrow(/user-sites/);
    expect(await getSetting('user-sites')).toEqual([]);
    await setSetting('profile', { name: 'Mei', email: 'mei@example.org', phone: '', accounts: { paypal: 'mei@example.org' } });
    expect(await getProfile()).toMatchObject({ name: 'Mei', accounts: { paypal: 'mei@example.org' } });
  });
});

describe('isoWithOffset', () => {
  it('writes the local offset', () => {
    expect(isoWithOffset(new Date('2026-11-26T00:00:00Z'))).toMatch(/^2026-11-2\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
  });
});
