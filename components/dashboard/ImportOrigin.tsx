import type { ImportRecord } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { flagsText, originText, verdictText } from './import-words';

/** Where an imported case came from, under its title: file, date, signature verdict, file problems. */
export function ImportOrigin({ imports }: { imports: readonly ImportRecord[] }) {
  if (!imports.length) return null;
  return (
    <div className="import-origin">
      {imports.map((row) => (
        <p key={row.id}>
          <strong>{originText(row, imports)}</strong> · <span className={`verdict ${row.signature.state}`}>{verdictText(row)}</span>
          {row.problems.length > 0 && (
            <>
              <br />
              <span className="flag">{t('importProblems', flagsText(row.problems).join('; '))}</span>
            </>
          )}
        </p>
      ))}
      <p className="muted">{t('importNotInLog')}</p>
    </div>
  );
}
