import { useState } from 'react';
import { addAttachment } from '@/lib/db/attachments';
import { INTAKE_ACCEPT, IntakeError } from '@/lib/evidence/intake-limits';
import { EvidenceStoreError } from '@/lib/evidence/errors';
import { t, uiLang } from '@/lib/i18n';

/** "Add files": each chosen file becomes an attachment record (one at a time; a refused one changes nothing). */
export function AddFiles({ caseId }: { caseId: string | null }) {
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const onFiles = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (!files.length) return;
    setBusy(true);
    setAdded([]);
    setErrors([]);
    for (const f of files) {
      try {
        await addAttachment(f, caseId);
        setAdded((a) => [...a, f.name]);
      } catch (err) {
        const why = err instanceof IntakeError || err instanceof EvidenceStoreError ? err.text(uiLang()) : String(err);
        setErrors((e) => [...e, why]);
      }
    }
    setBusy(false);
  };
  return (
    <div className="add-files">
      <label>
        {t('addFiles')}{' '}
        <input
          type="file"
          multiple
          accept={INTAKE_ACCEPT}
          disabled={busy}
          onChange={(e) => {
            void onFiles(e.target.files);
            e.target.value = '';
          }}
        />
      </label>
      <p className="muted">{t('addFilesHint')}</p>
      <div role="status" aria-live="polite">
        {busy && <p className="muted">{t('addFilesAdding')}</p>}
        {added.length > 0 && <p className="notice good">{t('addFilesAdded', added.join(', '))}</p>}
      </div>
      {errors.length > 0 && (
        <div role="alert" className="notice bad">
          {errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      )}
    </div>
  );
}
