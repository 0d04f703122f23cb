import type { ImportedRecord, ImportRecord } from '@/lib/db/types';
import { formatDateTime, t } from '@/lib/i18n';
import { flagsText, originText, verdictText } from './import-words';
import { Thumb } from './Thumb';

export interface OpenImported {
  record: ImportedRecord;
  /** Where it came from and its verdict, in words. */
  origin: string[];
}

/** The items of the bundles imported into the case, each with where it came from and what is wrong with it. */
export function ImportedGallery({ imports, onOpen }: { imports: readonly ImportRecord[]; onOpen: (item: OpenImported) => void }) {
  return imports.map((row) => {
    const origin = [originText(row, imports), verdictText(row)];
    const deleted = new Map(row.records.flatMap((r) => (r.deleted ? [[r.deleted.id, r.deleted.at] as const] : [])));
    const captures = row.records.filter((r) => r.kind === 'capture');
    return (
      <ul key={row.id} className="gallery imported" aria-label={origin[0]}>
        {captures.map((r) => (
          <li key={r.id}>
            {deleted.has(r.id) ? (
              <div className="tombstone card">{t('evidenceDeleted', formatDateTime(deleted.get(r.id)!))}</div>
            ) : (
              <button
                type="button"
                onClick={() => onOpen({ record: r, origin })}
                aria-label={t('evidenceOpen', formatDateTime(r.meta?.capturedAt ?? r.recordedAt))}
              >
                <Thumb record={r} />
                <span className="muted">{formatDateTime(r.meta?.capturedAt ?? r.recordedAt)}</span>
              </button>
            )}
            <span className="origin">
              <strong>
                {t('importedBadge')} #{r.seq}
              </strong>{' '}
              · {origin.join(' · ')}
            </span>
            {r.flags.length > 0 && (
              <ul className="flags">
                {flagsText(r.flags).map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    );
  });
}
