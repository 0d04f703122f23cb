import type { EvidenceRecord } from '@/lib/db/types';
import { deleteEvidence } from '@/lib/db/evidence';
import { recordWords } from '@/lib/evidence/record-kinds';
import { formatDateTime, t, uiLang } from '@/lib/i18n';
import { Thumb } from './Thumb';

/** An added file: name, type, size, its full SHA-256 as text, what intake proves, an e-mail's headers. */
export function AttachmentItem({ record, deletedAt, filedAt }: { record: EvidenceRecord; deletedAt?: string; filedAt?: string }) {
  const w = recordWords(uiLang());
  const a = record.attachment;
  if (deletedAt !== undefined || !a)
    return <div className="tombstone card">{t('evidenceDeleted', formatDateTime(deletedAt ?? record.recordedAt))}</div>;
  const erase = async () => {
    if (confirm(t('eraseConfirm'))) await deleteEvidence(record.id);
  };
  const m = a.email;
  return (
    <article className="card attachment" aria-label={a.fileName}>
      {a.type.startsWith('image/') && <Thumb record={record} />}
      <h4>{a.fileName}</h4>
      <p className="muted">
        {a.type} · {a.size.toLocaleString()} B · {t('attachmentModified')}: {formatDateTime(a.lastModified)}
      </p>
      {record.artifacts.map((f) => (
        <p key={f.name} className="mono digest-full">
          {t('attachmentSha')}: <code>{f.sha256}</code>
        </p>
      ))}
      <p>{w.intake(formatDateTime(a.intakeAt))}</p>
      {filedAt && <p className="muted">{t('unfiledFiledAt', formatDateTime(filedAt))}</p>}
      {m && (
        <dl className="email-headers">
          {(
            [
              ['Date', m.date],
              ['From', m.from],
              ['To', m.to],
              ['Subject', m.subject],
              ['Message-ID', m.messageId],
            ] as const
          )
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          <div>
            <dt>{t('attachmentDkim')}</dt>
            <dd>{w.dkim(m.dkimSignature)}</dd>
          </div>
        </dl>
      )}
      <button type="button" onClick={() => void erase()}>
        {t('attachmentDelete')}
      </button>
    </article>
  );
}
