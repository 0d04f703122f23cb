// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WitnessDB, setDb, db } from '@/lib/db';
import { caseEvents, getCase } from '@/lib/db/cases';
import { changeStatus, isOverdue, recordContact, startCase } from '@/lib/cases/lifecycle';
import {
  dueReminders,
  fireReminder,
  parseAlarm,
  setupReminders,
  snoozedUntil,
  snoozeReminder,
  syncReminders,
  SNOOZE_MS,
} from '@/lib/background/reminders';
import type { NewCase } from '@/lib/db/cases';

const base: NewCase = {
  siteId: 'paypal',
  provider: 'PayPal',
  title: 'Declined',
  situation: 'failed-transfer',
  transactions: [{ id: 'X1' }],
  remedy: 'refund',
  region: 'UK',
  status: 'draft',
};
const MONDAY = new Date('2026-11-02T09:00:00Z');

beforeEach(() => setDb(new WitnessDB(`rem-${crypto.randomUUID()}`)));

describe('case lifecycle dates', () => {
  it('a draft gets a follow-up; filing sets the region deadline with its rule', async () => {
    const c = await startCase(base, MONDAY);
    expect(c.nextFollowUpAt).toMatch(/^2026-11-03/);
    expect(c.escalationDueAt).toBeUndefined();
    const filed = await recordContact(c, { channel: 'chat', reference: 'T-1' }, MONDAY);
    expect(filed.status).toBe('filed');
    expect(filed.escalationRule).toBe('uk-psr-15bd');
    // 15 business days after Monday 2 Nov is Monday 23 Nov.
    expect(filed.escalationDueAt).toMatch(/^2026-11-23/);
    expect(isOverdue(filed, Date.parse('2026-11-24T12:00:00Z'))).toBe(true);
    const closed = await changeStatus(filed, 'closed', MONDAY);
    expect(isOverdue(closed, Date.parse('2027-01-01'))).toBe(false);
  });
});

describe('reminders', () => {
  it('arms one alarm per open case date and none for closed cases', async () => {
    const a = await startCase(base, MONDAY);
    const b = await startCase(base, MONDAY);
    await changeStatus(b, 'closed', MONDAY);
    await syncReminders(MONDAY.getTime());
    const names = (await fakeBrowser.alarms.getAll()).map((x) => x.name);
    expect(names).toEqual([`followup:${a.id}`]);
  });

  it('fires a notification and logs it on the timeline, then stays quiet until the date changes', async () => {
    const c = await startCase(base, MONDAY);
    await fireReminder(`followup:${c.id}`);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([`followup:${c.id}`]);
    expect((await caseEvents(c.id)).map((e) => e.type)).toContain('reminder');
    await syncReminders(MONDAY.getTime());
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('clicking the notification opens the case; the button snoozes a day', async () => {
    setupReminders();
    const c = await startCase(base, MONDAY);
    const opened: string[] = [];
    fakeBrowser.tabs.onCreated.addListener((tab) => void opened.push(tab.url ?? ''));
    await fakeBrowser.notifications.onClicked.trigger(`followup:${c.id}`);
    await new Promise((r) => setTimeout(r, 20));
    expect(opened.some((u) => u.endsWith(`dashboard.html#case=${c.id}`))).toBe(true);
    const before = Date.now();
    await fakeBrowser.notifications.onButtonClicked.trigger(`deadline:${c.id}`, 0);
    await new Promise((r) => setTimeout(r, 20));
    const snooze = await fakeBrowser.alarms.get(`snooze:deadline:${c.id}`);
    expect(snooze?.scheduledTime).toBeGreaterThanOrEqual(before + SNOOZE_MS);
  });

  it('the case view lists the reminders that are due and snoozes one as the button does (Firefox has no buttons)', async () => {
    const c = await startCase(base, MONDAY);
    const filed = await recordContact(c, { channel: 'chat', reference: 'T-1' }, MONDAY);
    expect(dueReminders(filed, MONDAY.getTime())).toEqual([]);
    const due = Date.parse(filed.escalationDueAt!) + 1;
    expect(dueReminders(filed, due)).toEqual(expect.arrayContaining(['deadline']));
    expect(dueReminders(await changeStatus(filed, 'closed', MONDAY), due)).toEqual([]);

    await fireReminder(`deadline:${c.id}`);
    expect(await snoozedUntil(`deadline:${c.id}`)).toBeNull();
    await snoozeReminder(`deadline:${c.id}`, MONDAY.getTime());
    expect(await snoozedUntil(`deadline:${c.id}`)).toBe(MONDAY.getTime() + SNOOZE_MS);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    // Not ours, or a snooze of a snooze: nothing.
    await snoozeReminder('something-else');
    await snoozeReminder(`snooze:deadline:${c.id}`);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([`snooze:deadline:${c.id}`]);
  });

  it('ignores alarms that are not ours and cases that are gone', async () => {
    expect(parseAlarm('something-else')).toBeNull();
    expect(parseAlarm('followup:')).toBeNull();
    await fireReminder('followup:missing');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await db().events.count()).toBe(0);
    expect(await getCase('missing')).toBeUndefined();
  });
});
