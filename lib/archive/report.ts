import type { CaseEvent, CaseRecord, EvidenceRecord } from '../db/types';
import type { ReportImage } from './report-images';
import { escapeHtml, renderItem } from './report-item';
import { SITUATION, STATUS, TEXT, type ReportText } from './report-text';
import { flagWords, type ItemFlag, originWords, type SignatureVerdict, signatureWords } from './verdict';

/** One evidence item as the report shows it. */
export interface ReportItem {
  record: EvidenceRecord;
  /** Its files as bundle paths (empty once deleted). */
  files: { name: string; path: string }[];
  /** Its image files, each whole or in slices, embedded so the report stands alone. */
  images?: ReportImage[];
  /** Set when a tombstone deleted it: when. */
  deletedAt?: string;
  /** Set when a filing put it in this case: when. */
  filedAt?: string;
  /** Imported items: where from, and what is wrong with it. */
  origin?: string[];
  /** A record an earlier version imported into this browser's log: its number in the log it came from. */
  legacySeq?: number;
  flags?: ItemFlag[];
}

/** A bundle imported into the case, as the exporting browser found it. */
export interface ReportImport {
  fileName: string;
  importedAt: string;
  /** The file name of the bundle it came inside, if any. */
  within?: string;
  signature: SignatureVerdict;
  problems: ItemFlag[];
  items: { record: EvidenceRecord; flags: ItemFlag[]; files: ReportItem['files'] }[];
}

export interface ReportInput {
  case: CaseRecord;
  events: CaseEvent[];
  items: ReportItem[];
  imports: ReportImport[];
  /** Fingerprint of the key that signs the bundle; null when it is not signed. */
  fingerprint: string | null;
  /** The log's head at export, when there is one. */
  chainHead?: { seq: number; digest: string } | null;
  locale: string;
  generatedAt: string;
  extensionVersion: string;
}

const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
const CSS = `body{font:14px/1.5 system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#111}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:2em}table{border-collapse:collapse}
th,td{text-align:left;vertical-align:top;padding:.2em .8em .2em 0}code{font-size:.85em;word-break:break-all}
.item{border:1px solid #ccc;border-radius:6px;padding:.8em;margin:1em 0}.item h3{margin-top:0}
figure{margin:1em 0}figcaption{font-size:.85em;color:#333}figure img{display:block;max-width:100%;height:auto;border:1px solid #ddd}
.deleted,.flags,.bad{color:#a00}.fp{font-size:1em}.sha{word-break:normal;white-space:nowrap}ul.files{padding-left:1.2em}caption{text-align:left;font-weight:bold;padding:.6em 0 .2em}.facts td,.facts th{padding-top:0;padding-bottom:0}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}.item{border:0;padding:0}
h2,h3,.item>table{break-after:avoid}figure,tr{break-inside:avoid}figure img{max-height:230mm;width:auto}}`;

/** report.html of a bundle: self-contained, printable, no scripts, in the user's language. */
export function renderReport(input: ReportInput): string {
  return reportChunks(input).join('');
}

/**
 * report.html in pieces, each image slice its own: a case with many full-page captures is written
 * piece by piece (lib/archive/bundle-write.ts) and never held as one string.
 */
export function reportChunks(input: ReportInput): string[] {
  const lang = input.locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const t = TEXT[lang];
  const c = input.case;
  const row = (k: string, v: string) => `<tr><th>${escapeHtml(k)}</th><td>${v}</td></tr>`;
  const tx = c.transactions.map((x) => escapeHtml([x.id, x.amount && `${x.amount} ${x.currency ?? ''}`, x.at].filter(Boolean).join(' · ')));
  const events = [...input.events]
    .sort((a, b) => a.atMs - b.atMs)
    .map((e) => `<tr><td><code>${escapeHtml(e.at)}</code></td><td>${escapeHtml(e.type)}</td><td>${escapeHtml(e.text ?? '')}</td></tr>`);
  const out = [
    `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(`${t.title}: ${c.title}`)}</title><style>${CSS}</style></head><body>
<h1>${escapeHtml(t.title)}: ${escapeHtml(c.title)}</h1>
<table>${row(t.provider, escapeHtml(c.provider))}${row(t.situation, escapeHtml(SITUATION[lang][c.situation] ?? c.situation))}${row(t.status, escapeHtml(STATUS[lang][c.status] ?? c.status))}${row(t.created, `<code>${escapeHtml(c.createdAt)}</code>`)}${row(t.transactions, tx.join('<br>') || escapeHtml(t.none))}</table>
<h2>${escapeHtml(t.timeline)}</h2>
${events.length ? `<table>${events.join('\n')}</table>` : `<p>${escapeHtml(t.none)}</p>`}
<p>${escapeHtml(input.fingerprint ? t.coverage : t.coverageUnsigned)}</p>
<h2>${escapeHtml(t.evidence)}</h2>
`,
  ];
  for (const item of input.items) renderItem(item, t, lang, out);
  if (!input.items.length) out.push(`<p>${escapeHtml(t.none)}</p>`);
  out.push(`${renderImports(input.imports, t, lang)}
<h2>${escapeHtml(t.checks)}</h2>
<p>${escapeHtml(t.sums)}</p><p>${escapeHtml(t.chain)}</p>
${input.chainHead ? `<p>${escapeHtml(t.head.replace('$1', String(input.chainHead.seq)))}<br><code class="fp">${escapeHtml(input.chainHead.digest)}</code></p>` : ''}
${input.fingerprint ? `<p>${escapeHtml(t.signed)}<br><code class="fp">${escapeHtml(input.fingerprint)}</code></p><p><code>${escapeHtml(t.signedCheck)}</code></p>` : `<p>${escapeHtml(t.unsigned)}</p>`}
<p><small>${escapeHtml(t.generated)} <code>${escapeHtml(input.generatedAt)}</code> ${escapeHtml(t.by)} ${escapeHtml(input.extensionVersion)}</small></p>
</body></html>
`);
  return out;
}

/** Imported bundles: each with where it came from and its verdict, then its items, each flagged. */
function renderImports(imports: ReportImport[], t: ReportText, lang: 'en' | 'zh'): string {
  if (!imports.length) return '';
  const groups = imports.map((imp) => {
    const origin = [originWords(imp.fileName, imp.importedAt, lang, imp.within), signatureWords(imp.signature, lang)];
    const problems = imp.problems.map((f) => `<li>${escapeHtml(flagWords(f, lang))}</li>`).join('');
    const items: string[] = [];
    for (const i of imp.items) renderItem({ record: i.record, files: i.files, origin, flags: i.flags }, t, lang, items);
    return `<section class="import"><h3>${escapeHtml(origin[0]!)}</h3><p class="verdict">${escapeHtml(origin[1]!)}</p>
${problems ? `<p>${escapeHtml(t.problems)}</p><ul class="flags">${problems}</ul>` : ''}${items.join('\n') || `<p>${escapeHtml(t.none)}</p>`}</section>`;
  });
  return `<h2>${escapeHtml(t.imported)}</h2><p>${escapeHtml(t.importedNote)}</p>\n${groups.join('\n')}`;
}
