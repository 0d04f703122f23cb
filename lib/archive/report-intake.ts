import type { EvidenceRecord } from '../db/types';
import { recordWords } from '../evidence/record-kinds';

type Row = (k: string, v: string) => string;
type Esc = (v: unknown) => string;

/**
 * The rows report.html adds for filing, added files and capture times (lib/evidence/record-kinds.ts
 * names the kinds): when it was filed here, what intake proves, an e-mail's headers, the DKIM
 * note, when the capture started and ended and each file was taken.
 */
export function intakeRows(r: EvidenceRecord, filedAt: string | undefined, lang: 'en' | 'zh', row: Row, esc: Esc): string {
  const w = recordWords(lang);
  const code = (v: string) => `<code>${esc(v)}</code>`;
  const out: string[] = [];
  if (filedAt) out.push(row(lang === 'zh' ? '归入此投诉' : 'Filed here', esc(w.filed(filedAt))));
  const a = r.attachment;
  if (a) {
    out.push(row(lang === 'zh' ? '文件' : 'File', `${esc(a.fileName)} · ${esc(a.type)} · ${a.size} B`));
    out.push(row('lastModified', code(a.lastModified)));
    out.push(row(lang === 'zh' ? '添加时间' : 'Added', `${code(a.intakeAt)}<br>${esc(w.intake(a.intakeAt))}`));
    const m = a.email;
    if (m) {
      for (const [k, v] of [
        ['Date', m.date],
        ['From', m.from],
        ['To', m.to],
        ['Subject', m.subject],
        ['Message-ID', m.messageId],
      ] as const)
        if (v) out.push(row(k, esc(v)));
      out.push(row('DKIM', esc(w.dkim(m.dkimSignature))));
    }
  }
  const t = r.meta?.timing;
  if (t) {
    out.push(row(w.started, code(t.startedAt)), row(w.ended, code(t.endedAt)));
    for (const [name, at] of Object.entries(t.files)) out.push(row(w.taken(name), code(at)));
    out.push(row('', esc(w.clock)));
  }
  return out.join('');
}
