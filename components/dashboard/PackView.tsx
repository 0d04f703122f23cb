import { useState } from 'react';
import { formatDateTime, pick, t } from '@/lib/i18n';
import type { Pack } from '@/lib/packs/pack';
import type { NarrativePart } from '@/lib/packs/types';
import { ExternalLink } from '../ExternalLink';

const PARTS: { part: NarrativePart; key: 'packHappened' | 'packAsked' | 'packAnswered' | 'packWant' }[] = [
  { part: 'happened', key: 'packHappened' },
  { part: 'asked', key: 'packAsked' },
  { part: 'answered', key: 'packAnswered' },
  { part: 'want', key: 'packWant' },
];

const other = (lang: 'en' | 'zh') => (lang === 'en' ? 'zh' : 'en');

/** One pack: the destination's fields with values and copy buttons, the narrative in both languages, the evidence. */
export function PackView({ pack, excluded, onToggle }: { pack: Pack; excluded: ReadonlySet<string>; onToggle: (id: string) => void }) {
  const [copied, setCopied] = useState('');
  const d = pack.destination;
  const langs = [d.lang, other(d.lang)] as const;
  const copy = async (label: string, value: string) => {
    await navigator.clipboard.writeText(value);
    setCopied(t('packCopied', label));
  };
  const read = d.fieldList.read;
  return (
    <div className="pack-view" lang={d.lang === 'zh' ? 'zh-CN' : 'en'}>
      <p className="muted">
        {read ? (
          <>
            {t('packFieldList', '')}
            <ExternalLink href={read.source}>{read.sourceName}</ExternalLink> (
            {read.checked ? t('packChecked', read.checked) : t('packUnverified')}
            ).{' '}
          </>
        ) : null}
        {pick(d.fieldList.note)}
      </p>
      <h4>{t('packFieldsTitle')}</h4>
      <table className="facts-table pack-fields">
        <thead>
          <tr>
            <th scope="col">{t('packField')}</th>
            <th scope="col">{t('packValue')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('factCopy')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {pack.fields.map((f) => (
            <tr key={f.id} data-field={f.id}>
              <th scope="row">
                {f.label[d.lang]}
                <span className="muted pack-other" lang={d.lang === 'zh' ? 'en' : 'zh-CN'}>
                  {' '}
                  {f.label[other(d.lang)]}
                </span>
              </th>
              <td>
                {f.value ? <pre className="pack-value">{f.value}</pre> : <span className="muted">{t('packUnknown')}</span>}
                {f.invalid?.map((a) => (
                  <p key={a} className="fact-warning">
                    ⚠ {a}: {t('factInvalidAddress')}
                  </p>
                ))}
              </td>
              <td>
                {f.value ? (
                  <button
                    type="button"
                    aria-label={t('packCopyField', f.label[d.lang])}
                    onClick={() => void copy(f.label[d.lang], f.value)}
                  >
                    {t('factCopy')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status">{copied}</p>
      <h4>{t('packNarrative')}</h4>
      <div className="pack-narrative">
        {langs.map((lang) => (
          <section
            key={lang}
            lang={lang === 'zh' ? 'zh-CN' : 'en'}
            aria-label={`${t('packNarrative')}: ${t(lang === 'en' ? 'packLangEn' : 'packLangZh')}`}
          >
            <h5>{t(lang === 'en' ? 'packLangEn' : 'packLangZh')}</h5>
            {PARTS.map(({ part, key }) => (
              <p key={part}>
                <strong>{t(key)}</strong>: {pack.narrative[lang][part]}
              </p>
            ))}
          </section>
        ))}
      </div>
      <h4>{t('packEvidence')}</h4>
      {pack.evidence.length === 0 ? <p className="muted">{t('packEvidenceNone')}</p> : null}
      <ul className="pack-evidence">
        {pack.evidence.map((e) => (
          <li key={e.id}>
            <label>
              <input
                type="checkbox"
                checked={!excluded.has(e.id)}
                onChange={() => onToggle(e.id)}
                aria-label={t('packInclude', `#${e.seq} ${e.title}`)}
              />{' '}
              #{e.seq} {e.title} · {formatDateTime(e.at)}
            </label>
            <ul>
              {e.files.map((f) => (
                <li key={f.path}>
                  {f.name}: <code>{f.sha256}</code>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
