import { useLiveQuery } from 'dexie-react-hooks';
import { unfiledItems } from '@/lib/db/filing';
import { itemSource, itemTime, itemTitle } from '@/lib/evidence/record-kinds';
import { formatDateTime, t } from '@/lib/i18n';
import { AddFiles } from './AddFiles';
import { FileUnder } from './FileUnder';
import { SectionBoundary } from './SectionBoundary';
import { Thumb } from './Thumb';

/** Every capture and added file under no complaint, newest first, each with "File under". */
export function UnfiledView({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const items = useLiveQuery(() => unfiledItems(), []);
  return (
    <section aria-labelledby="unfiled-heading" className="unfiled">
      <h2 id="unfiled-heading">{t('unfiledTitle')}</h2>
      <p className="muted">{t('unfiledIntro')}</p>
      <AddFiles caseId={null} />
      {items?.length === 0 && <p className="muted">{t('unfiledEmpty')}</p>}
      <ul className="unfiled-list" aria-label={t('unfiledTitle')}>
        {items?.map(({ record }) => (
          <li key={record.id} className="card unfiled-item">
            <SectionBoundary name={t('unfiledTitle')}>
              <Thumb record={record} />
              <div>
                <strong>{itemTitle(record)}</strong>
                <p className="muted url">{itemSource(record)}</p>
                {record.kind === 'attachment' &&
                  record.artifacts.map((a) => (
                    <p key={a.name} className="mono digest-full">
                      {t('attachmentSha')}: <code>{a.sha256}</code>
                    </p>
                  ))}
                <p className="muted">
                  <time dateTime={itemTime(record)}>{formatDateTime(itemTime(record))}</time>
                </p>
                <FileUnder record={record} onFiled={onOpenCase} />
              </div>
            </SectionBoundary>
          </li>
        ))}
      </ul>
    </section>
  );
}
