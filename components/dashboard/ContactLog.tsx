import { useState, type FormEvent } from 'react';
import { recordContact, recordReply } from '@/lib/cases/lifecycle';
import { addCaseEvent } from '@/lib/db/cases';
import type { CaseRecord } from '@/lib/db/types';
import type { ChannelKind } from '@/lib/sites/types';
import { enumLabel, formatDateTime, t, type MessageKey } from '@/lib/i18n';

const CHANNELS: ChannelKind[] = ['phone', 'chat', 'email', 'form', 'forum', 'social'];

/** Every contact with the provider, with its ticket number; replies and notes go to the timeline. */
export function ContactLog({ c }: { c: CaseRecord }) {
  const [channel, setChannel] = useState<ChannelKind>('chat');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const done = async () => {
    setReference('');
    setNote('');
  };
  const logContact = async (e: FormEvent) => {
    e.preventDefault();
    await recordContact(c, { channel, reference: reference.trim() || undefined, note: note.trim() || undefined });
    await done();
  };
  return (
    <section aria-labelledby="contacts-heading">
      <h3 id="contacts-heading">{t('contactsTitle')}</h3>
      {c.contacts.length === 0 && <p className="muted">{t('contactNone')}</p>}
      <ul>
        {c.contacts.map((x) => (
          <li key={`${x.at}-${x.channel}-${x.reference ?? ''}`}>
            {formatDateTime(x.at)} · {enumLabel('channel', x.channel)}
            {x.reference && (
              <>
                {' '}
                · <span className="mono">{x.reference}</span>
              </>
            )}
            {x.note && <> · {x.note}</>}
          </li>
        ))}
      </ul>
      <form className="form-grid" onSubmit={(e) => void logContact(e)}>
        <label htmlFor="c-channel">{t('contactChannel')}</label>
        <select id="c-channel" value={channel} onChange={(e) => setChannel(e.target.value as ChannelKind)}>
          {CHANNELS.map((k) => (
            <option key={k} value={k}>
              {t(`channel_${k}` as MessageKey)}
            </option>
          ))}
        </select>
        <label htmlFor="c-ref">{t('contactReference')}</label>
        <input id="c-ref" value={reference} onChange={(e) => setReference(e.target.value)} maxLength={200} />
        <label htmlFor="c-note">{t('contactNote')}</label>
        <input id="c-note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
        <span />
        <span>
          <button type="submit">{t('contactAdd')}</button>{' '}
          <button type="button" disabled={!note.trim()} onClick={() => void recordReply(c, note.trim()).then(done)}>
            {t('contactReply')}
          </button>{' '}
          <button type="button" disabled={!note.trim()} onClick={() => void addCaseEvent(c.id, 'note', note.trim()).then(done)}>
            {t('noteAdd')}
          </button>
        </span>
      </form>
    </section>
  );
}
