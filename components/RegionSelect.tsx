import { t, type MessageKey } from '@/lib/i18n';
import type { RegionId } from '@/lib/sites/types';

const REGION_IDS: readonly RegionId[] = ['CN', 'US', 'UK', 'EU', 'GLOBAL'];

export function RegionSelect({ region, onChange }: { region: RegionId; onChange: (r: RegionId) => void }) {
  return (
    <p className="region-row">
      <label htmlFor="region-select">{t('regionLabel')}</label>{' '}
      <select id="region-select" value={region} onChange={(e) => onChange(e.target.value as RegionId)}>
        {REGION_IDS.map((r) => (
          <option key={r} value={r}>
            {t(`region_${r}` as MessageKey)}
          </option>
        ))}
      </select>
    </p>
  );
}
