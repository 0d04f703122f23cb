import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addUserSite, listUserSites, removeUserSite } from '@/lib/user-sites';
import { pick, t, type MessageKey } from '@/lib/i18n';
import { SITES } from '@/lib/sites';

/** Known wallets, plus hosts the user adds for the generic detector (asking permission then). */
export function SitesView() {
  const userSites = useLiveQuery(() => listUserSites(), []);
  const [host, setHost] = useState('');
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const r = await addUserSite(host);
    setMessage(r.ok ? { text: t('sitesAdded', r.host), bad: false } : { text: t(`sitesError_${r.reason}` as MessageKey), bad: true });
    if (r.ok) setHost('');
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('dashSites')}</h2>
      <h3>{t('sitesUser')}</h3>
      <p className="muted">{t('sitesUserIntro')}</p>
      <form onSubmit={(e) => void add(e)}>
        <label htmlFor="site-host">{t('sitesHostLabel')}</label>{' '}
        <input id="site-host" value={host} onChange={(e) => setHost(e.target.value)} placeholder="pay.example.com" />{' '}
        <button type="submit">{t('sitesAdd')}</button>
      </form>
      {message && (
        <p role="status" className={`notice ${message.bad ? 'bad' : 'good'}`}>
          {message.text}
        </p>
      )}
      <ul>
        {userSites?.map((h) => (
          <li key={h}>
            <span className="mono">{h}</span>{' '}
            <button type="button" aria-label={t('sitesRemoveLabel', h)} onClick={() => void removeUserSite(h)}>
              {t('sitesRemove')}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('sitesKnown')}</h3>
      <ul className="known-sites">
        {SITES.map((s) => (
          <li key={s.id}>
            {pick(s.names)} <span className="muted">{s.hosts.join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
