import { useEffect, useState } from 'react';
import { dueReminders, snoozedUntil, snoozeReminder, type ReminderKind } from '@/lib/background/reminders';
import type { CaseRecord } from '@/lib/db/types';
import { formatDateTime, t } from '@/lib/i18n';

/**
 * "Remind me tomorrow" for each reminder of the case that is due: what the notification's button
 * does in Chrome, here in both browsers (Firefox's notifications have no buttons; a click on one
 * opens this view).
 */
export function ReminderSnooze({ c }: { c: CaseRecord }) {
  const kinds = dueReminders(c);
  const [until, setUntil] = useState<Partial<Record<ReminderKind, number | null>>>({});
  const key = kinds.join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names the due kinds of this case
  useEffect(() => {
    void Promise.all(kinds.map(async (k) => [k, await snoozedUntil(`${k}:${c.id}`)] as const)).then((pairs) =>
      setUntil(Object.fromEntries(pairs)),
    );
  }, [c.id, key]);
  if (!kinds.length) return null;
  const snooze = async (k: ReminderKind) => {
    await snoozeReminder(`${k}:${c.id}`);
    setUntil({ ...until, [k]: await snoozedUntil(`${k}:${c.id}`) });
  };
  return (
    <ul className="reminders">
      {kinds.map((k) => (
        <li key={k}>
          {k === 'deadline' ? t('reminderDeadlineTitle') : k === 'claim' ? t('reminderClaimTitle') : t('reminderFollowUpTitle')}{' '}
          {until[k] ? (
            <span className="muted">{t('reminderSnoozedUntil', formatDateTime(until[k]))}</span>
          ) : (
            <button type="button" onClick={() => void snooze(k)}>
              {t('reminderSnooze')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
