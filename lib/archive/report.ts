import type { CaseEvent, CaseRecord, EvidenceRecord } from '../db/types';
import { firefoxWithoutArchive } from '../evidence/archive-note';
import { itemTitle, recordWords } from '../evidence/record-kinds';
import { snapshotFacts } from '../evidence/snapshot-facts';
import { intakeRows } from './report-intake';
import { SITUATION, STATUS, TEXT, type ReportText } from './report-text';
import { flagWords, type ItemFlag, originWords, type SignatureVerdict, signatureWords } from './verdict';

/** One evidence item as the report shows it. */
export interface ReportItem {
  record: EvidenceRecord;
  /** Its files as bundle paths (empty once deleted). */
  files: { name: string; path: string }[];
  /** data: URL of a small screenshot, embedded so the report stands alone. */
  thumbnail?: string;
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

/** Every interpolated string goes through this: page titles and URLs are hostile input. */
function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
const CSS = `body{font:14px/1.5 system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#111}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:2em}table{border-collapse:collapse}
th,td{text-align:left;vertical-align:top;padding:.2em .8em .2em 0}code{font-size:.85em;word-break:break-all}
.item{border:1px solid #ccc;border-radius:6px;padding:.8em;margin:1em 0;break-inside:avoid}
.item img{max-width:100%;max-height:28em;border:1px solid #ddd}.deleted,.flags{color:#a00}.fp{font-size:1em}
@media print{body{margin:0;max-width:none}a{color:inherit}.item{page-break-inside:avoid}}`;

/** report.html of a bundle: self-contained, printable, no scripts, in the user's language. */
export function renderReport(input: ReportInput): string {
  const lang = input.locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const t = TEXT[lang];
  const c = input.case;
  const row = (k: string, v: string) => `<tr><th>${escapeHtml(k)}</th><td>${v}</td></tr>`;
  const tx = c.transactions.map((x) => escapeHtml([x.id, x.amount && `${x.amount} ${x.currency ?? ''}`, x.at].filter(Boolean).join(' · ')));
  const events = [...input.events]
    .sort((a, b) => a.atMs - b.atMs)
    .map((e) => `<tr><td><code>${escapeHtml(e.at)}</code></td><td>${escapeHtml(e.type)}</td><td>${escapeHtml(e.text ?? '')}</td></tr>`);
  return `<!DOCTYPE html>
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
${input.items.map((item) => renderItem(item, t, lang)).join('\n') || `<p>${escapeHtml(t.none)}</p>`}
${renderImports(input.imports, t, lang)}
<h2>${escapeHtml(t.checks)}</h2>
<p>${escapeHtml(t.sums)}</p><p>${escapeHtml(t.chain)}</p>
${input.chainHead ? `<p>${escapeHtml(t.head.replace('$1', String(input.chainHead.seq)))}<br><code class="fp">${escapeHtml(input.chainHead.digest)}</code></p>` : ''}
${input.fingerprint ? `<p>${escapeHtml(t.signed)}<br><code class="fp">${escapeHtml(input.fingerprint)}</code></p><p><code>${escapeHtml(t.signedCheck)}</code></p>` : `<p>${escapeHtml(t.unsigned)}</p>`}
<p><small>${escapeHtml(t.generated)} <code>${escapeHtml(input.generatedAt)}</code> ${escapeHtml(t.by)} ${escapeHtml(input.extensionVersion)}</small></p>
</body></html>
`;
}

/** Imported bundles: each with where it came from and its verdict, then its items, each flagged. */
function renderImports(imports: ReportImport[], t: ReportText, lang: 'en' | 'zh'): string {
  if (!imports.length) return '';
  const groups = imports.map((imp) => {
    const origin = [originWords(imp.fileName, imp.importedAt, lang, imp.within), signatureWords(imp.signature, lang)];
    const problems = imp.problems.map((f) => `<li>${escapeHtml(flagWords(f, lang))}</li>`).join('');
    const items = imp.items.map((i) => renderItem({ record: i.record, files: i.files, origin, flags: i.flags }, t, lang)).join('\n');
    return `<section class="import"><h3>${escapeHtml(origin[0]!)}</h3><p class="verdict">${escapeHtml(origin[1]!)}</p>
${problems ? `<p>${escapeHtml(t.problems)}</p><ul class="flags">${problems}</ul>` : ''}${items || `<p>${escapeHtml(t.none)}</p>`}</section>`;
  });
  return `<h2>${escapeHtml(t.imported)}</h2><p>${escapeHtml(t.importedNote)}</p>\n${groups.join('\n')}`;
}

function renderItem(item: ReportItem, t: ReportText, lang: 'en' | 'zh' = 'en'): string {
  const { record: r } = item;
  const m = r.meta;
  const url = m?.url ?? '';
  // Only web addresses become links; anything else (javascript:, data:) stays text.
  const urlHtml = /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
  const row = (k: string, v: string) => `<tr><th>${escapeHtml(k)}</th><td>${v}</td></tr>`;
  const files = item.files.map((f) => `<a href="${escapeHtml(f.path)}">${escapeHtml(f.name)}</a>`).join(', ');
  const facts = snapshotFacts(m?.snapshot);
  const blanked = facts && Object.entries(facts.blanked).map(([kind, n]) => t.count(n, t.kinds[kind as keyof typeof t.kinds]));
  const left = m
    ? row(t.blanked, escapeHtml(!blanked ? t.notRecorded : blanked.join(', ') || t.blankedNone)) +
      row(t.fonts, escapeHtml(facts ? t.fontsCount(facts.fonts.kept, facts.fonts.dropped) : t.notRecorded))
    : '';
  const thumb = item.thumbnail?.startsWith('data:image/')
    ? `<p><img alt="${escapeHtml(m?.title ?? '')}" src="${escapeHtml(item.thumbnail)}"></p>`
    : '';
  return `<section class="item" id="e${r.seq}"><h3>#${r.seq} ${escapeHtml(itemTitle(r))}</h3>
${item.origin ? `<p class="origin">${item.origin.map(escapeHtml).join(' · ')}</p>` : ''}${item.legacySeq ? `<p class="origin">${escapeHtml(t.legacy.replace('$1', String(item.legacySeq)))}</p>` : ''}${item.flags?.length ? `<ul class="flags">${item.flags.map((f) => `<li>${escapeHtml(flagWords(f, lang))}</li>`).join('')}</ul>` : ''}
${item.deletedAt ? `<p class="deleted">${escapeHtml(recordWords(lang).erased(item.deletedAt))}</p>` : ''}<table>
${row(t.captured, `<code>${escapeHtml(m?.capturedAt ?? r.recordedAt)}</code>`)}${row(t.url, urlHtml)}${row(t.pageTitle, escapeHtml(m?.title ?? ''))}
${m?.note ? row(t.note, escapeHtml(m.note).replace(/\n/g, '<br>')) : ''}${left}${row(t.digest, `<code>${escapeHtml(r.digest)}</code>`)}${row(t.prev, `<code>${escapeHtml(r.prevDigest)}</code>`)}
${intakeRows(r, item.filedAt, lang, row, escapeHtml)}${files ? row(t.files, files) : ''}</table>${firefoxWithoutArchive(r) ? `<p>${escapeHtml(t.noMhtml)}</p>` : ''}${thumb}</section>`;
}
