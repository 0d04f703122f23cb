import { PDFDocument, type PDFFont } from 'pdf-lib';
import { TEXT, SITUATION, STATUS } from '../archive/report-text';
import type { ChainHead } from '../db/chain-head';
import type { CaseEvent, CaseRecord, EvidenceRecord } from '../db/types';
import { toBytes } from '../evidence/hash';
import { pdfFontkit } from './pdf-font';
import { PdfWriter } from './pdf-writer';

/** What a case's PDF report is made from (lib/db/case-archive.ts gives most of it). */
export interface PdfInput {
  case: CaseRecord;
  events: CaseEvent[];
  evidence: EvidenceRecord[];
  blobs: Map<string, Blob>;
  chainHead?: ChainHead | null;
  fingerprint: string | null;
  lang: 'en' | 'zh';
  generatedAt: string;
  extensionVersion: string;
}

const WORDS = {
  en: {
    file: (name: string, type: string, size: number) => `${name} · ${type} · ${size.toLocaleString('en')} bytes`,
    notShown: 'This image type cannot be shown in a PDF: see the file in the evidence bundle.',
    thumb: 'A reduced copy of the screenshot above.',
    part: (k: number, n: number) => `Part ${k} of ${n}.`,
    others: (names: string) => `The other parts: ${names}. Each part repeats the case; together they hold every evidence item.`,
    clock: "Times come from this computer's clock; a capture shows what this browser displayed at that moment.",
    recorded: 'Recorded',
    sha: 'SHA-256',
    signedBy: "Bundles of this case are signed by this install's key, fingerprint (SHA-256):",
  },
  zh: {
    file: (name: string, type: string, size: number) => `${name} · ${type} · ${size.toLocaleString('zh-CN')} 字节`,
    notShown: '此类图片无法在 PDF 中显示：请查看证据包中的文件。',
    thumb: '上方截图的缩小副本。',
    part: (k: number, n: number) => `第 ${k} 部分，共 ${n} 部分。`,
    others: (names: string) => `其他部分：${names}。每部分都重复投诉信息，合起来包含全部证据。`,
    clock: '时间取自本机时钟；截取内容为本浏览器当时显示的页面。',
    recorded: '记录时间',
    sha: 'SHA-256',
    signedBy: '此投诉的证据包由本安装的密钥签名，密钥指纹（SHA-256）：',
  },
} as const;

/** One PDF of the case (or of part of its items): facts and times, every image, every file's SHA-256 in full. */
export async function buildReportPdf(
  input: PdfInput,
  fontBytes: Uint8Array,
  part?: { index: number; names: string[]; items: Set<string> },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(pdfFontkit);
  const font: PDFFont = await doc.embedFont(fontBytes, { subset: true });
  const t = TEXT[input.lang];
  const w = WORDS[input.lang];
  const c = input.case;
  doc.setTitle(`${t.title}: ${c.title}`);
  doc.setCreator(`Wallet Witness ${input.extensionVersion}`);
  doc.setLanguage(input.lang === 'zh' ? 'zh-CN' : 'en');
  const out = new PdfWriter(doc, font);

  out.heading(`${t.title}: ${c.title}`, 16);
  if (part) {
    out.text(w.part(part.index + 1, part.names.length), { size: 10 });
    out.text(w.others(part.names.filter((_, i) => i !== part.index).join(', ')), { size: 9, grey: true });
  }
  const facts: [string, string][] = [
    [t.provider, c.provider],
    [t.situation, SITUATION[input.lang][c.situation as keyof (typeof SITUATION)['en']] ?? c.situation],
    [t.status, STATUS[input.lang][c.status as keyof (typeof STATUS)['en']] ?? c.status],
    [t.created, c.createdAt],
    ...c.transactions.map(
      (x) =>
        [t.transactions, [x.id, x.amount && `${x.amount} ${x.currency ?? ''}`.trim(), x.at].filter(Boolean).join(' · ')] as [
          string,
          string,
        ],
    ),
  ];
  for (const [k, v] of facts) out.text(`${k}: ${v}`);
  out.text(w.clock, { size: 8, grey: true });

  out.heading(t.timeline, 12);
  const events = [...input.events].sort((a, b) => a.atMs - b.atMs);
  for (const e of events) out.text(`${e.at} · ${e.type}${e.text ? ` · ${e.text}` : ''}`, { size: 8 });
  if (!events.length) out.text(t.none);

  out.heading(t.evidence, 12);
  const deletedAt = new Map(input.evidence.flatMap((r) => (r.deleted ? [[r.deleted.id, r.deleted.at] as const] : [])));
  const records = [...input.evidence].sort((a, b) => a.seq - b.seq).filter((r) => !part || part.items.has(r.id));
  for (const r of records) await item(out, doc, r, input, deletedAt.get(r.id));

  out.heading(t.checks, 12);
  out.text(t.chain, { size: 8 });
  if (input.chainHead) {
    out.text(t.head.replace('$1', String(input.chainHead.seq)), { size: 8 });
    out.text(input.chainHead.digest, { size: 8 });
  }
  if (input.fingerprint) {
    out.text(w.signedBy, { size: 8 });
    out.text(input.fingerprint, { size: 8 });
  }
  out.text(`${t.generated} ${input.generatedAt} ${t.by} ${input.extensionVersion}`, { size: 8, grey: true });
  out.footers(`${c.provider} · ${c.title}`);
  return doc.save();
}

async function item(out: PdfWriter, doc: PDFDocument, r: EvidenceRecord, input: PdfInput, deletedAt: string | undefined): Promise<void> {
  const t = TEXT[input.lang];
  const w = WORDS[input.lang];
  const m = r.meta as Partial<EvidenceRecord['meta']> & { name?: string };
  out.heading(`#${r.seq} ${m?.title ?? m?.name ?? r.kind}`, 11);
  if (m?.capturedAt) out.text(`${t.captured}: ${m.capturedAt}`, { size: 9 });
  out.text(`${w.recorded}: ${r.recordedAt}`, { size: 9 });
  if (m?.url) out.text(`${t.url}: ${m.url}`, { size: 9 });
  if (m?.note) out.text(`${t.note}: ${m.note}`, { size: 9 });
  if (r.deleted) out.text(`${t.deleted} ${r.deleted.at} (#${r.deleted.id})`, { size: 9 });
  out.text(t.digest, { size: 8, grey: true });
  out.text(r.digest, { size: 8 });
  if (deletedAt) out.text(`${t.deleted} ${deletedAt}`, { size: 9 });
  for (const a of r.artifacts) {
    out.text(w.file(a.name, a.type, a.size), { size: 9 });
    out.text(`${w.sha} ${a.sha256}`, { size: 8 });
    const blob = deletedAt ? undefined : input.blobs.get(a.blobId);
    if (!blob || !a.type.startsWith('image/')) continue;
    if (/^thumbnail\./.test(a.name)) {
      out.text(w.thumb, { size: 8, grey: true });
      continue;
    }
    const bytes = await toBytes(blob);
    const img =
      a.type === 'image/png'
        ? await doc.embedPng(bytes).catch(() => null)
        : a.type === 'image/jpeg'
          ? await doc.embedJpg(bytes).catch(() => null)
          : null;
    if (img) out.image(img);
    else out.text(w.notShown, { size: 8, grey: true });
  }
}
