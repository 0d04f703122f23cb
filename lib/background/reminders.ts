import { browser } from 'wxt/browser';
import { db } from '../db';
import { addCaseEvent, getCase } from '../db/cases';
import { onCaseWrites } from '../db/case-writes';
import { getSetting, setSetting } from '../db/settings';
import type { CaseRecord } from '../db/types';
import { claimDueReminder } from '../guidance/claim-reminder';
import { formatDateTime, t } from '../i18n';
import { listen } from '../messages';

/**
 * Alarm names: `<kind>:<caseId>` at the date itself, `<kind>:<caseId>:<n>d` n days ahead of it.
 * Alarms and notifications survive a stopped worker.
 */
export type ReminderKind = 'followup' | 'deadline' | 'claim';
const KINDS: readonly ReminderKind[] = ['followup', 'deadline', 'claim'];
/** Kinds reminded ahead as well; a claim's reminder already comes a week before its deadline. */
const WITH_AHEAD = new Set<string>(['followup', 'deadline']);
export const SNOOZE_MS = 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Reminders also come this many days before each date (a phone calendar gets the same from the .ics). */
const AHEAD_DAYS = [3, 1] as const;
type Ahead = 0 | (typeof AHEAD_DAYS)[number];
const OPEN = new Set(['draft', 'filed', 'awaiting-reply', 'escalated']);

function reminderTimes(c: CaseRecord): Partial<Record<ReminderKind, number>> {
  if (!OPEN.has(c.status)) return {};
  const at = (iso?: string) => (iso && !Number.isNaN(Date.parse(iso)) ? Date.parse(iso) : undefined);
  return { followup: at(c.nextFollowUpAt), deadline: at(c.escalationDueAt), claim: claimDueReminder(c) };
}

/** The reminders of an open case whose date has come (the case view offers to snooze them). */
export function dueReminders(c: CaseRecord, now = Date.now()): ReminderKind[] {
  const times = reminderTimes(c);
  return KINDS.filter((k) => times[k] !== undefined && times[k]! <= now);
}

/** Re-arm every reminder from the database (start-up, install, after a case changes). */
export async function syncReminders(now = Date.now()): Promise<number> {
  const existing = await browser.alarms.getAll();
  const fired = await getSetting('reminders-fired');
  const wanted = new Map<string, number>();
  await db().cases.each((c) => {
    for (const [kind, when] of Object.entries(reminderTimes(c))) {
      if (when === undefined) continue;
      const name = `${kind}:${c.id}`;
      // A reminder that already fired for this date stays quiet until the date changes.
      if (fired[name] !== when) wanted.set(name, Math.max(when, now + 1000));
      // One ahead of the date only while that moment is still to come: a date set two days
      // out gets its 1-day reminder, not a late "in 3 days".
      for (const days of WITH_AHEAD.has(kind) ? AHEAD_DAYS : []) {
        const ahead = `${name}:${days}d`;
        if (when - days * DAY_MS > now && fired[ahead] !== when) wanted.set(ahead, when - days * DAY_MS);
      }
    }
  });
  for (const alarm of existing) {
    const snoozed = alarm.name.startsWith('snooze:');
    if (!snoozed && !wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  for (const [name, when] of wanted) {
    const current = existing.find((a) => a.name === name);
    const snoozed = existing.some((a) => a.name === `snooze:${name}`);
    if (!snoozed && (!current || Math.abs(current.scheduledTime - when) > 1000)) {
      await browser.alarms.create(name, { when });
    }
  }
  return wanted.size;
}

export function parseAlarm(name: string): { kind: ReminderKind; caseId: string; snoozed: boolean; ahead: Ahead } | null {
  const snoozed = name.startsWith('snooze:');
  const [kind, caseId, lead, ...rest] = (snoozed ? name.slice(7) : name).split(':');
  if (!kind || !caseId || rest.length || !KINDS.includes(kind as ReminderKind)) return null;
  const ahead = lead === undefined ? 0 : AHEAD_DAYS.find((d) => lead === `${d}d`);
  if (ahead === undefined) return null;
  return { kind: kind as ReminderKind, caseId, snoozed, ahead };
}

function reminderTitle(kind: ReminderKind, ahead: Ahead, due: number | undefined): string {
  if (kind === 'claim') return t('reminderClaimTitle');
  if (ahead === 0 || due === undefined) return kind === 'deadline' ? t('reminderDeadlineTitle') : t('reminderFollowUpTitle');
  return t(kind === 'deadline' ? 'reminderDeadlineAhead' : 'reminderFollowUpAhead', formatDateTime(due));
}

export async function fireReminder(name: string): Promise<void> {
  const parsed = parseAlarm(name);
  if (!parsed) return;
  const c = await getCase(parsed.caseId);
  if (!c || !OPEN.has(c.status)) return;
  const due = reminderTimes(c)[parsed.kind];
  const id = `${parsed.kind}:${c.id}${parsed.ahead ? `:${parsed.ahead}d` : ''}`;
  if (due !== undefined) {
    const fired = await getSetting('reminders-fired');
    await setSetting('reminders-fired', { ...fired, [id]: due });
  }
  const title = reminderTitle(parsed.kind, parsed.ahead, due);
  // Firefox's notifications have no buttons and no requireInteraction: create() THROWS when they
  // are given ("unsupported by Firefox"), so they are Chrome's only. There, as everywhere, a click
  // opens the case, whose view offers the snooze the button gives in Chrome (ReminderSnooze).
  const chromeOnly = import.meta.env.FIREFOX
    ? {}
    : { buttons: [{ title: t('reminderSnooze') }], requireInteraction: parsed.kind !== 'followup' && !parsed.ahead };
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message: `${c.provider || t('unknownProvider')} · ${c.title}`,
    ...chromeOnly,
  };
  await browser.notifications.create(id, options);
  await addCaseEvent(c.id, 'reminder', title, { kind: parsed.kind, ...(parsed.ahead ? { daysAhead: parsed.ahead } : {}) });
}

/** Remind again in a day: the notification's button in Chrome, the case view's button everywhere. */
export async function snoozeReminder(id: string, now = Date.now()): Promise<void> {
  const parsed = parseAlarm(id);
  if (!parsed || parsed.snoozed) return;
  await browser.alarms.create(`snooze:${id}`, { when: now + SNOOZE_MS });
  await browser.notifications.clear(id);
}

/** When the reminder `<kind>:<caseId>` comes back after a snooze, or null when it is not snoozed. */
export async function snoozedUntil(id: string): Promise<number | null> {
  return (await browser.alarms.get(`snooze:${id}`))?.scheduledTime ?? null;
}

function openCaseUrl(caseId: string): string {
  return browser.runtime.getURL(`/dashboard.html#case=${encodeURIComponent(caseId)}`);
}

export function setupReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => void fireReminder(alarm.name));
  browser.notifications.onClicked.addListener((id) => {
    const parsed = parseAlarm(id);
    if (!parsed) return;
    void browser.tabs.create({ url: openCaseUrl(parsed.caseId) });
    void browser.notifications.clear(id);
  });
  // Chrome's notification button; Firefox's notifications have none (the case view offers it).
  browser.notifications.onButtonClicked.addListener((id) => void snoozeReminder(id));
  browser.runtime.onStartup.addListener(() => void resync());
  browser.runtime.onInstalled.addListener(() => void resync());
  // Every change to a case, from an extension page (a message that wakes this worker) or from this
  // worker itself (a capture that starts a case): lib/db/case-writes.ts says why both.
  listen({ 'cases-changed': () => resync() });
  onCaseWrites(() => void resync());
}

let running: Promise<void> | null = null;
let queued: Promise<void> | null = null;

/**
 * syncReminders, one at a time; changes that come while one runs are covered by one more run.
 * Resolves once the alarms cover every change made before the call: the message's reply waits
 * for it, so a worker stopped right after still had its alarms set.
 */
function resync(): Promise<void> {
  if (!running) {
    running = syncReminders()
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        running = null;
      });
    return running;
  }
  queued ??= running.then(() => {
    queued = null;
    return resync();
  });
  return queued;
}
