import type { CaseEvent, CaseRecord, EvidenceRecord } from '../db/types';
import { firefoxWithoutArchive } from './archive-note';
import { snapshotFacts } from './snapshot-facts';

/** One evidence item as the report shows it. */
export interface ReportItem {
  record: EvidenceRecord;
  /** Its files as bundle paths (empty once deleted). */
  files: { name: string; path: string }[];
  /** data: URL of a small screenshot, embedded so the report stands alone. */
  thumbnail?: string;
  /** Set when a tombstone deleted it: when. */
  deletedAt?: string;
}

export interface ReportInput {
  case: CaseRecord;
  events: CaseEvent[];
  items: ReportItem[];
  locale: string;
  generatedAt: string;
  extensionVersion: string;
}

const TEXT = {
  en: {
    title: 'Evidence report',
    provider: 'Provider',
    status: 'Status',
    situation: 'Situation',
    created: 'Opened',
    transactions: 'Transactions',
    timeline: 'Timeline',
    evidence: 'Evidence',
    captured: 'Captured',
    url: 'Address',
    pageTitle: 'Page title',
    note: 'Note',
    digest: 'Record digest (SHA-256)',
    prev: 'Previous digest',
    files: 'Files',
    blanked: 'Blanked in page.html',
    blankedNone: 'No field',
    count: (n: number, kind: string) => `${n} × ${kind}`,
    fonts: 'Fonts in page.html',
    fontsCount: (kept: number, dropped: number) => `${kept} kept, ${dropped} left out (not readable without a network request)`,
    notRecorded: 'Not recorded (captured by an earlier version)',
    kinds: {
      password: 'password',
      'one-time-code': 'one-time code',
      card: 'card detail',
      secret: 'other secret',
      hidden: 'hidden field',
      file: 'file path',
    },
    deleted: 'Deleted by the user on',
    noMhtml: 'No MHTML archive: captured in Firefox, which cannot save one. page.html is the page as Firefox showed it (scripts removed).',
    none: 'None',
    generated: 'Generated',
    by: 'by Wallet Witness',
    verify:
      'To check that nothing in this bundle was changed, run sha256sum -c SHA256SUMS in the unpacked folder. Each record digest also covers the previous one, so removing or reordering records is detectable (see manifest.json).',
  },
  zh: {
    title: '证据报告',
    provider: '服务商',
    status: '状态',
    situation: '情况',
    created: '创建时间',
    transactions: '交易',
    timeline: '时间线',
    evidence: '证据',
    captured: '采集时间',
    url: '网址',
    pageTitle: '页面标题',
    note: '备注',
    digest: '记录摘要（SHA-256）',
    prev: '上一条摘要',
    files: '文件',
    blanked: 'page.html 中已隐去',
    blankedNone: '没有字段',
    count: (n: number, kind: string) => `${kind} ${n} 个`,
    fonts: 'page.html 中的字体',
    fontsCount: (kept: number, dropped: number) => `保留 ${kept} 个，未保留 ${dropped} 个（须联网才能读取）`,
    notRecorded: '未记录（由较早版本采集）',
    kinds: {
      password: '密码',
      'one-time-code': '一次性验证码',
      card: '银行卡信息',
      secret: '其他敏感信息',
      hidden: '隐藏字段',
      file: '文件路径',
    },
    deleted: '用户删除于',
    noMhtml: '没有 MHTML 归档：此证据在 Firefox 中采集，Firefox 无法保存 MHTML。page.html 是 Firefox 显示的页面（已去除脚本）。',
    none: '无',
    generated: '生成时间',
    by: '由钱包维权助手生成',
    verify:
      '如需核对证据包未被修改，请在解压后的文件夹中运行 sha256sum -c SHA256SUMS。每条记录的摘要都包含上一条记录的摘要，因此删除或调换记录都能被发现（见 manifest.json）。',
  },
} as const;

const STATUS = {
  en: {
    draft: 'Draft',
    filed: 'Filed',
    'awaiting-reply': 'Awaiting reply',
    escalated: 'Escalated',
    resolved: 'Resolved',
    closed: 'Closed',
  },
  zh: { draft: '草稿', filed: '已提交', 'awaiting-reply': '等待回复', escalated: '已升级', resolved: '已解决', closed: '已关闭' },
} as const;
const SITUATION = {
  en: { 'failed-transfer': 'Failed transfer', fraud: 'Fraud or scam', refund: 'Refund', security: 'Account security', other: 'Other' },
  zh: { 'failed-transfer': '转账失败', fraud: '诈骗', refund: '退款', security: '账户安全', other: '其他' },
} as const;

/** Every interpolated string goes through this: page titles and URLs are hostile input. */
function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
const CSS = `body{font:14px/1.5 system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#111}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:2em}table{border-collapse:collapse}
th,td{text-align:left;vertical-align:top;padding:.2em .8em .2em 0}code{font-size:.85em;word-break:break-all}
.item{border:1px solid #ccc;border-radius:6px;padding:.8em;margin:1em 0;break-inside:avoid}
.item img{max-width:100%;max-height:28em;border:1px solid #ddd}.deleted{color:#a00}
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
<h2>${escapeHtml(t.evidence)}</h2>
${input.items.map((item) => renderItem(item, t)).join('\n') || `<p>${escapeHtml(t.none)}</p>`}
<h2>SHA-256</h2><p>${escapeHtml(t.verify)}</p>
<p><small>${escapeHtml(t.generated)} <code>${escapeHtml(input.generatedAt)}</code> ${escapeHtml(t.by)} ${escapeHtml(input.extensionVersion)}</small></p>
</body></html>
`;
}

function renderItem(item: ReportItem, t: (typeof TEXT)[keyof typeof TEXT]): string {
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
  return `<section class="item" id="e${r.seq}"><h3>#${r.seq} ${escapeHtml(m?.title ?? '')}</h3>
${item.deletedAt ? `<p class="deleted">${escapeHtml(t.deleted)} <code>${escapeHtml(item.deletedAt)}</code></p>` : ''}<table>
${row(t.captured, `<code>${escapeHtml(m?.capturedAt ?? r.recordedAt)}</code>`)}${row(t.url, urlHtml)}${row(t.pageTitle, escapeHtml(m?.title ?? ''))}
${m?.note ? row(t.note, escapeHtml(m.note).replace(/\n/g, '<br>')) : ''}${left}${row(t.digest, `<code>${escapeHtml(r.digest)}</code>`)}${row(t.prev, `<code>${escapeHtml(r.prevDigest)}</code>`)}
${files ? row(t.files, files) : ''}</table>${firefoxWithoutArchive(r) ? `<p>${escapeHtml(t.noMhtml)}</p>` : ''}${thumb}</section>`;
}
