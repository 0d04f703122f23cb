import { useLiveQuery } from 'dexie-react-hooks';
import { caseEvents, getCase } from '@/lib/db/cases';
import { importsForCase } from '@/lib/db/imports';
import { changeStatus } from '@/lib/cases/lifecycle';
import { deleteCase } from '@/lib/db/erase';
import type { CaseEvent, CaseStatus } from '@/lib/db/types';
import { enumLabel, formatDateTime, t } from '@/lib/i18n';
import { StatusSelect } from '../StatusSelect';
import { CaseDetails } from './CaseDetails';
import { ContactLog } from './ContactLog';
import { DeadlinePanel } from './DeadlinePanel';
import { EvidenceSection } from './EvidenceSection';
import { FactsSection } from './FactsSection';
import { ImportOrigin } from './ImportOrigin';
import { LetterSection } from './LetterSection';
import { PackSection } from './PackSection';
import { SectionBoundary } from './SectionBoundary';

/** The timeline label of an event; a deletion is logged as an evidence event naming what went. */
function eventLabel(e: CaseEvent): string {
  if (e.type === 'evidence' && e.data && 'deletedEvidenceId' in e.data) return t('event_evidence_deleted');
  if (e.type === 'evidence' && e.data && 'filedEvidenceId' in e.data) return t('event_evidence_filed');
  return enumLabel('event', e.type);
}

export function CaseView({ caseId }: { caseId: string }) {
  const c = useLiveQuery(() => getCase(caseId), [caseId]);
  const events = useLiveQuery(() => caseEvents(caseId), [caseId]);
  const imports = useLiveQuery(() => importsForCase(caseId), [caseId]) ?? [];
  if (c === undefined) return <p className="muted" aria-busy="true" />;
  const remove = async () => {
    if (!confirm(t('caseDeleteConfirm'))) return;
    await deleteCase(caseId);
    location.hash = '';
  };
  const setStatus = async (s: CaseStatus | '') => {
    if (!s) return;
    await changeStatus(c, s);
  };
  return (
    <article aria-labelledby="case-title">
      <h2 id="case-title">{c.title}</h2>
      <ImportOrigin imports={imports} />
      <p>
        {t('caseStatus')} <StatusSelect value={c.status} onChange={(s) => void setStatus(s)} label={t('caseStatus')} />
      </p>
      <SectionBoundary name={t('caseDeadlines')}>
        <DeadlinePanel c={c} />
      </SectionBoundary>
      <SectionBoundary name={t('caseDetails')}>
        <CaseDetails c={c} />
      </SectionBoundary>
      <SectionBoundary name={t('factsTitle')}>
        <FactsSection caseId={c.id} imports={imports} />
      </SectionBoundary>
      <SectionBoundary name={t('contactsTitle')}>
        <ContactLog c={c} />
      </SectionBoundary>
      <SectionBoundary name={t('dashEvidence')}>
        <EvidenceSection caseId={c.id} imports={imports} />
      </SectionBoundary>
      <SectionBoundary name={t('dashLetter')}>
        <LetterSection c={c} />
      </SectionBoundary>
      <SectionBoundary name={t('packTitle')}>
        <PackSection c={c} />
      </SectionBoundary>
      <SectionBoundary name={t('dashTimeline')}>
        <Timeline events={events} />
      </SectionBoundary>
      <p>
        <button type="button" className="danger" onClick={() => void remove()}>
          {t('caseDelete')}
        </button>
      </p>
    </article>
  );
}

function Timeline({ events }: { events: CaseEvent[] | undefined }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t('dashTimeline')}</h3>
      <ol className="timeline">
        {events?.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{formatDateTime(e.at)}</time>
            <strong>{eventLabel(e)}</strong>
            {e.text ? ` · ${e.type === 'status' ? enumLabel('status', e.text) : e.text}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
