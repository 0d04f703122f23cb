import { DEADLINE_RULES, escalationSuggestion, providerKindFor } from '@/lib/guidance';
import { isOverdue } from '@/lib/cases/lifecycle';
import type { CaseRecord } from '@/lib/db/types';
import { calendarFileName, caseCalendar } from '@/lib/cases/calendar';
import { downloadBytes } from '@/lib/archive/download';
import { formatDate, pick, t, uiLang } from '@/lib/i18n';
import { siteById } from '@/lib/sites';
import { ExternalLink } from '../ExternalLink';
import { FactSource } from '../FactSource';
import { ClaimDeadlines } from './ClaimDeadlines';
import { ReminderSnooze } from './ReminderSnooze';

/** Next follow-up, the escalation deadline with its rule and source, and what to do once it passes. */
export function DeadlinePanel({ c }: { c: CaseRecord }) {
  const rule = DEADLINE_RULES.find((r) => r.id === c.escalationRule);
  const overdue = isOverdue(c);
  const deadlinePassed = c.escalationDueAt ? Date.parse(c.escalationDueAt) < Date.now() : false;
  const next =
    deadlinePassed && c.status !== 'resolved' && c.status !== 'closed'
      ? escalationSuggestion(c.region, c.situation, providerKindFor(siteById(c.siteId)))
      : [];
  return (
    <section className={`notice${overdue ? ' bad' : ''}`} aria-labelledby="deadline-heading">
      <h3 id="deadline-heading" className="visually-hidden">
        {t('caseDeadlines')}
      </h3>
      <dl className="kv">
        {c.nextFollowUpAt && (
          <>
            <dt>{t('caseNextFollowUp')}</dt>
            <dd>{formatDate(c.nextFollowUpAt)}</dd>
          </>
        )}
        {c.escalationDueAt && (
          <>
            <dt>{t('caseEscalationDue')}</dt>
            <dd>
              {formatDate(c.escalationDueAt)}
              {rule && (
                <>
                  {' '}
                  · {pick(rule.label)} <FactSource fact={rule} named />
                </>
              )}
            </dd>
          </>
        )}
        {!c.escalationDueAt && (
          <>
            <dt>{t('caseEscalationDue')}</dt>
            <dd>{t('caseNoDeadlineYet')}</dd>
          </>
        )}
      </dl>
      <ReminderSnooze c={c} />
      <CalendarButton c={c} />
      <ClaimDeadlines c={c} />
      {next.length > 0 && (
        <>
          <p>
            <strong>{t('caseEscalateNow')}</strong>
          </p>
          <ol className="steps">
            {next.map((s) => (
              <li key={s.id}>
                {pick(s.text)} {s.link && <ExternalLink href={s.link.href}>{pick(s.link.label)}</ExternalLink>}{' '}
                {s.fact && <FactSource fact={s.fact} />}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** The case's dates as an .ics file, with alerts 3 days before and on the day, for any calendar (a phone's too). */
function CalendarButton({ c }: { c: CaseRecord }) {
  const ics = caseCalendar(c, uiLang());
  if (!ics) return null;
  return (
    <p className="button-row">
      <button type="button" onClick={() => downloadBytes(new TextEncoder().encode(ics), calendarFileName(c), 'text/calendar')}>
        {t('caseAddToCalendar')}
      </button>{' '}
      <span className="muted">{t('caseCalendarHint')}</span>
    </p>
  );
}
