import type { GuidanceSituationId } from '@/lib/guidance';
import { t, type MessageKey } from '@/lib/i18n';

const TOPICS: readonly GuidanceSituationId[] = ['failed-transfer', 'refund', 'security', 'follow-up'];

/** Other situations the user can read about, whatever the page shows. */
export function TopicBar({ current, onPick }: { current: GuidanceSituationId; onPick: (s: GuidanceSituationId) => void }) {
  return (
    <nav className="topics" aria-label={t('topicsLabel')}>
      {TOPICS.map((id) => (
        <button key={id} type="button" className="chip" aria-pressed={current === id} onClick={() => onPick(id)}>
          {t(`topic_${id.replace('-', '_')}` as MessageKey)}
        </button>
      ))}
    </nav>
  );
}
