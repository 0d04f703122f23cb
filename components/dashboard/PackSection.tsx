import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { downloadBytes } from '@/lib/archive/download';
import { caseEvents } from '@/lib/db/cases';
import { caseRecords } from '@/lib/db/filing';
import { installSigner } from '@/lib/db/keys';
import { getProfile } from '@/lib/db/settings';
import type { CaseRecord } from '@/lib/db/types';
import { pick, t, uiLang } from '@/lib/i18n';
import { destinationsFor } from '@/lib/packs/available';
import { buildPack } from '@/lib/packs/pack';
import { packZip } from '@/lib/packs/pack-zip';
import { canvasCutter } from '@/lib/report/canvas-cutter';
import type { DestinationId } from '@/lib/packs/types';
import { siteById } from '@/lib/sites';
import { PackView } from './PackView';

/** "Complaint pack": pick a destination the case may go to, see its fields filled, download the zip. */
export function PackSection({ c }: { c: CaseRecord }) {
  const records = useLiveQuery(() => caseRecords(c.id), [c.id]);
  const events = useLiveQuery(() => caseEvents(c.id), [c.id]);
  const profile = useLiveQuery(() => getProfile(), []);
  const [chosen, setChosen] = useState<DestinationId | ''>('');
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; bad: boolean } | null>(null);
  const site = siteById(c.siteId);
  const { offered, absent } = destinationsFor(c, site);
  const destination = offered.find((d) => d.id === chosen);
  const pack = destination && records && events && profile ? buildPack({ case: c, events, records, profile, destination, site }) : null;

  const download = async () => {
    if (!pack || !profile) return;
    setBusy(true);
    setNote(null);
    try {
      const selected = new Set(pack.evidence.map((e) => e.id).filter((id) => !excluded.has(id)));
      const now = new Date();
      const zip = await packZip({
        caseId: c.id,
        destination: pack.destination,
        selected,
        profile,
        locale: uiLang(),
        extensionVersion: browser.runtime.getManifest().version,
        now,
        signer: await installSigner(),
        cutter: canvasCutter,
      });
      const name = `wallet-witness-pack-${pack.destination.id}-${now.toISOString().slice(0, 10)}-${c.id.slice(0, 8)}.zip`;
      downloadBytes(zip, name, 'application/zip');
      setNote({ text: t('packSaved', [name, String(selected.size)]), bad: false });
    } catch (err) {
      setNote({ text: t('packFailed', err instanceof Error ? err.message : String(err)), bad: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="pack-heading" className="pack">
      <h3 id="pack-heading">{t('packTitle')}</h3>
      <p className="muted">{t('packIntro')}</p>
      <label>
        {t('packDestination')}{' '}
        <select value={chosen} onChange={(e) => setChosen(e.target.value as DestinationId | '')}>
          <option value="">{t('packChoose')}</option>
          {offered.map((d) => (
            <option key={d.id} value={d.id}>
              {pick(d.name)}
            </option>
          ))}
        </select>
      </label>
      <details className="pack-absent">
        <summary>{t('packAbsent')}</summary>
        <ul>
          {absent.map((a) => (
            <li key={a.id}>
              <strong>{pick(a.name)}</strong>: {pick(a.why)}
            </li>
          ))}
        </ul>
      </details>
      {pack && (
        <PackView
          pack={pack}
          excluded={excluded}
          onToggle={(id) =>
            setExcluded((prev) => {
              const next = new Set(prev);
              if (!next.delete(id)) next.add(id);
              return next;
            })
          }
        />
      )}
      {pack && (
        <p className="button-row">
          <button type="button" disabled={busy} onClick={() => void download()}>
            {t('packDownload')}
          </button>
        </p>
      )}
      <div role="status" aria-live="polite">
        {note && <p className={`notice ${note.bad ? 'bad' : 'good'}`}>{note.text}</p>}
      </div>
    </section>
  );
}
