import { useEffect, useState, type FormEvent } from 'react';
import { getProfile, setProfile } from '@/lib/db/settings';
import type { Profile } from '@/lib/db/types';
import { pick, t } from '@/lib/i18n';
import { SITES } from '@/lib/sites';

/** Entered once, stored only in this browser; used to prefill support forms and letters. */
export function ProfileView() {
  const [profile, setP] = useState<Profile | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void getProfile().then(setP), []);
  if (!profile) return null;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const s = (name: string) =>
      String(f.get(name) ?? '')
        .trim()
        .slice(0, 500);
    const accounts: Record<string, string> = {};
    for (const site of [{ id: '*' }, ...SITES]) {
      const v = s(`acct-${site.id}`);
      if (v) accounts[site.id] = v;
    }
    const next = { name: s('name'), email: s('email'), phone: s('phone'), accounts };
    await setProfile(next);
    setP(next);
    setSaved(true);
  };
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('dashProfile')}</h2>
      <p className="muted">{t('profileIntro')}</p>
      <form className="form-grid" onSubmit={(e) => void submit(e)}>
        <label htmlFor="p-name">{t('profileName')}</label>
        <input id="p-name" name="name" autoComplete="name" defaultValue={profile.name} />
        <label htmlFor="p-email">{t('profileEmail')}</label>
        <input id="p-email" name="email" type="email" autoComplete="email" defaultValue={profile.email} />
        <label htmlFor="p-phone">{t('profilePhone')}</label>
        <input id="p-phone" name="phone" type="tel" autoComplete="tel" defaultValue={profile.phone} />
        <label htmlFor="p-acct-*">{t('profileDefaultAccount')}</label>
        <input id="p-acct-*" name="acct-*" defaultValue={profile.accounts['*'] ?? ''} />
        {SITES.map((s) => (
          <span key={s.id} style={{ display: 'contents' }}>
            <label htmlFor={`p-acct-${s.id}`}>{t('profileAccountFor', pick(s.names))}</label>
            <input id={`p-acct-${s.id}`} name={`acct-${s.id}`} defaultValue={profile.accounts[s.id] ?? ''} />
          </span>
        ))}
        <span />
        <span>
          <button type="submit" className="primary">
            {t('caseSave')}
          </button>{' '}
          <span role="status">{saved ? t('caseSaved') : ''}</span>
        </span>
      </form>
    </section>
  );
}
