import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatDate, t } from '@/lib/i18n';
import { disableGuard, enableGuard, guardWanted } from '@/lib/protect/guard-setting';
import { listTrusted, setTrustedDomain } from '@/lib/protect/trusted-store';

/** The opt-in guard (asked for with its one-sentence reason) and the sites the user trusts (undoable). */
export function ProtectionView() {
  const trusted = useLiveQuery(() => listTrusted(), []);
  const [on, setOn] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => void guardWanted().then(setOn), []);
  const toggle = async () => {
    setDenied(false);
    if (on) {
      await disableGuard();
      setOn(false);
      return;
    }
    // The permission prompt needs the click's user gesture: it is the first thing awaited.
    const granted = await enableGuard();
    setOn(granted);
    setDenied(!granted);
  };
  return (
    <section aria-labelledby="protection-heading">
      <h2 id="protection-heading">{t('dashProtection')}</h2>
      <h3>{t('protectGuardHeading')}</h3>
      <p className="muted">{t('protectGuardIntro')}</p>
      {!on && <p>{t('protectGuardWhy')}</p>}
      <p role="status">{on === null ? '' : on ? t('protectGuardStateOn') : t('protectGuardStateOff')}</p>
      <button type="button" disabled={on === null} aria-pressed={on === true} onClick={() => void toggle()}>
        {on ? t('protectGuardTurnOff') : t('protectGuardTurnOn')}
      </button>
      {denied && <p className="notice bad">{t('protectGuardDenied')}</p>}
      <h3>{t('protectTrustedHeading')}</h3>
      <p className="muted">{t('protectTrustedIntro')}</p>
      {trusted && trusted.length === 0 && <p className="muted">{t('protectTrustedNone')}</p>}
      <ul>
        {trusted?.map((s) => (
          <li key={s.domain}>
            <span className="mono">{s.domain}</span> <span className="muted">{formatDate(s.at)}</span>{' '}
            <button
              type="button"
              aria-label={t('protectTrustedRemoveLabel', s.domain)}
              onClick={() => void setTrustedDomain(s.domain, false)}
            >
              {t('protectTrustedRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
