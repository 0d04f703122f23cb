// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WitnessDB, setDb, db } from '@/lib/db';
import { caseEvents, getCase } from '@/lib/db/cases';
import { changeStatus, countOverdue, isOverdue, recordContact } from '@/lib/cases/lifecycle';
import { createCase } from '@/lib/cases/new-case';
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
import { addCapture } from '@/lib/db/evidence';
import { onCaseWrites } from '@/lib/db/case-writes';
import { newCaseFromDetection, newCaseRecord } from '@/lib/cases/new-case';

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

let dbName = '';
beforeEach(() => {
  dbName = `rem-${crypto.randomUUID()}`;
  setDb(new WitnessDB(dbName));
  // A test that set up the background leaves its listener behind: start each one without it.
  onCaseWrites(() => undefined);
});

describe('case lifecycle dates', () => {
  it('a draft gets a follow-up; filing sets the region deadline with its rule', async () => {
    const c = await createCase(base, MONDAY);
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

  it('counts the complaints past a date, open ones only', async () => {
    const a = await recordContact(await createCase(base, MONDAY), { channel: 'chat' }, MONDAY);
    const b = await createCase({ ...base, title: 'Second' }, MONDAY);
    await createCase({ ...base, title: 'Later' }, new Date('2026-11-30T09:00:00Z'));
    const at = Date.parse('2026-11-24T12:00:00Z');
    // a's escalation date and b's follow-up are past; the third case's follow-up is not.
    expect(await countOverdue(at)).toBe(2);
    await changeStatus(b, 'resolved', MONDAY);
    expect(await countOverdue(at)).toBe(1);
    await changeStatus(a, 'closed', MONDAY);
    expect(await countOverdue(at)).toBe(0);
    expect(await countOverdue(Date.parse('2026-11-01T00:00:00Z'))).toBe(0);
  });
});

describe('reminders', () => {
  it('the case view lists the reminders that are due and snoozes one as the button does (Firefox has no buttons)', async () => {
    const c = await createCase(base, MONDAY);
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
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toContain(`snooze:deadline:${c.id}`);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).not.toContain(`snooze:snooze:deadline:${c.id}`);
  });

  it('arms one alarm per open case date and none for closed cases', async () => {
    const a = await createCase(base, MONDAY);
    const b = await createCase(base, MONDAY);
    await changeStatus(b, 'closed', MONDAY);
    await syncReminders(MONDAY.getTime());
    const names = (await fakeBrowser.alarms.getAll()).map((x) => x.name);
    expect(names).toEqual([`followup:${a.id}`]);
  });

  it('fires a notification and logs it on the timeline, then stays quiet until the date changes', async () => {
    const c = await createCase(base, MONDAY);
    await fireReminder(`followup:${c.id}`);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([`followup:${c.id}`]);
    expect((await caseEvents(c.id)).map((e) => e.type)).toContain('reminder');
    await syncReminders(MONDAY.getTime());
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('clicking the notification opens the case; the button snoozes a day', async () => {
    setupReminders();
    const c = await createCase(base, MONDAY);
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

  it('also reminds 3 days and 1 day ahead of each date, once each, and not for moments already past', async () => {
    const c = await createCase(base, MONDAY);
    const filed = await recordContact(c, { channel: 'chat', reference: 'T-1' }, MONDAY);
    const due = Date.parse(filed.escalationDueAt!);
    await syncReminders(MONDAY.getTime());
    const alarms = new Map((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
    expect(alarms.get(`deadline:${c.id}`)).toBe(due);
    expect(alarms.get(`deadline:${c.id}:3d`)).toBe(due - 3 * 86_400_000);
    expect(alarms.get(`deadline:${c.id}:1d`)).toBe(due - 86_400_000);
    // Each ahead moment only while it is still to come.
    const follow = Date.parse(filed.nextFollowUpAt!);
    const expected = [
      `followup:${c.id}`,
      ...[3, 1].filter((d) => follow - d * 86_400_000 > MONDAY.getTime()).map((d) => `followup:${c.id}:${d}d`),
    ];
    expect([...alarms.keys()].filter((n) => n.startsWith('followup:')).sort()).toEqual(expected.sort());
    expect(expected.length).toBeLessThan(3);

    await fireReminder(`deadline:${c.id}:3d`);
    const notes = await fakeBrowser.notifications.getAll();
    expect(Object.keys(notes)).toEqual([`deadline:${c.id}:3d`]);
    expect(
      (await caseEvents(c.id)).some(
        (e) => e.type === 'reminder' && /^Coming up: the provider's time to answer runs out on /.test(e.text ?? ''),
      ),
    ).toBe(true);
    await syncReminders(MONDAY.getTime());
    const after = (await fakeBrowser.alarms.getAll()).map((a) => a.name);
    expect(after).not.toContain(`deadline:${c.id}:3d`);
    expect(after).toEqual(expect.arrayContaining([`deadline:${c.id}:1d`, `deadline:${c.id}`]));
    expect(parseAlarm(`deadline:${c.id}:1d`)).toEqual({ kind: 'deadline', caseId: c.id, snoozed: false, ahead: 1 });
    expect(parseAlarm(`deadline:${c.id}:2d`)).toBeNull();
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

describe('the background re-arms reminders when cases change', () => {
  // A day in the future, so each alarm is set for the case's own date (never "now + 1 s").
  const soon = () => new Date(Date.now() + 3 * 24 * 3600_000);
  const alarmFor = async (name: string) => fakeBrowser.alarms.get(name);
  const pageSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/dashboard.html') };

  it('a case started anywhere gets its follow-up alarm without anyone asking', async () => {
    setupReminders();
    const c = await createCase(base, soon());
    expect(c.nextFollowUpAt).toBeDefined();
    await vi.waitFor(async () => expect((await alarmFor(`followup:${c.id}`))?.scheduledTime).toBe(Date.parse(c.nextFollowUpAt!)));
  });

  it('a capture on a page the extension never saw starts a case with its follow-up date, and its alarm', async () => {
    setupReminders();
    const now = soon();
    const unseen = newCaseFromDetection(null, null, 'US');
    const rec = await addCapture(
      {
        caseId: null,
        newCase: newCaseRecord(unseen, now),
        meta: {
          url: 'https://shop.example/order/17',
          title: 'Order 17',
          capturedAt: now.toISOString(),
          timeZone: 'UTC',
          viewport: { width: 800, height: 600, devicePixelRatio: 1 },
          userAgent: 'test',
          extensionVersion: '0.1.0',
          detection: null,
          note: '',
        },
        artifacts: [{ name: 'page.html', type: 'text/html', blob: new TextEncoder().encode('<p>order</p>') }],
      },
      now,
    );
    const c = (await getCase(rec.caseId!))!;
    expect(Date.parse(c.nextFollowUpAt!)).toBeGreaterThan(now.getTime());
    await vi.waitFor(async () => expect((await alarmFor(`followup:${c.id}`))?.scheduledTime).toBe(Date.parse(c.nextFollowUpAt!)));
  });

  it('closing a case takes its alarm away; a filed one gets its escalation deadline too', async () => {
    setupReminders();
    const c = await createCase(base, soon());
    await vi.waitFor(async () => expect(await alarmFor(`followup:${c.id}`)).toBeDefined());
    const filed = await recordContact(c, { channel: 'email', reference: 'R-1' }, soon());
    await vi.waitFor(async () => expect((await alarmFor(`deadline:${c.id}`))?.scheduledTime).toBe(Date.parse(filed.escalationDueAt!)));
    await changeStatus(filed, 'closed', soon());
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toEqual([]));
  });

  it('follows a change another page made once that page says so, and only when one of our pages says so', async () => {
    setupReminders();
    const c = await createCase(base, soon());
    await vi.waitFor(async () => expect(await alarmFor(`followup:${c.id}`)).toBeDefined());
    // Another context's write: this context's Dexie never sees it.
    const later = new Date(Date.now() + 9 * 24 * 3600_000).toISOString();
    await rawPut(dbName, 'cases', { ...(await getCase(c.id))!, nextFollowUpAt: later });
    const fromTab = { id: fakeBrowser.runtime.id, tab: { id: 4 } as never, url: 'https://www.paypal.com/' };
    const refused = await fakeBrowser.runtime.onMessage.trigger({ type: 'cases-changed', payload: {} }, fromTab, () => {});
    expect(refused).toContainEqual(expect.objectContaining({ ok: false }));
    expect((await alarmFor(`followup:${c.id}`))?.scheduledTime).not.toBe(Date.parse(later));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'cases-changed', payload: {} }, pageSender, () => {});
    await vi.waitFor(async () => expect((await alarmFor(`followup:${c.id}`))?.scheduledTime).toBe(Date.parse(later)));
  });
});

/** A write made with plain IndexedDB, as another extension context's would look from here. */
function rawPut(name: string, store: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(store, 'readwrite');
      tx.objectStore(store).put(value);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
