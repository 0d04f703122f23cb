// The complaint letter: plain text in the user's language, built only from what the case holds.
// It asks for a remedy and a final response date; it never promises or predicts an outcome.
import type { CaseRecord, EvidenceRecord, Profile, TransactionRef } from '../db/types';
import { formatDay, formatIso, formatIsoDay } from './dates';
import { subjectLine } from './fill-data';
import { CHANNEL, REASON, REMEDY, SITUATION } from './complaint-phrases';

export interface LetterInput {
  case: CaseRecord;
  evidence: Pick<EvidenceRecord, 'meta' | 'artifacts' | 'digest' | 'kind'>[];
  profile: Profile;
  locale: 'en' | 'zh';
  /** Date by which a final response is asked for (else the case's escalation date, if any). */
  dueDate?: Date;
  now: Date;
  /** The evidence log's head when drafted (lib/db/chain-head.ts): printed so that a sent letter dates the log. */
  chainHead?: { seq: number; digest: string } | null;
}

type Loc = 'en' | 'zh';
const has = (s: string | undefined | null): s is string => typeof s === 'string' && s.trim() !== '';
const T = {
  en: {
    dear: (p: string) => (p ? `Dear ${p} customer support,` : 'Dear customer support team,'),
    open: (s: string) => `I am writing to make a formal complaint about ${s}.`,
    account: 'Account',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    tx: 'Transaction details',
    txN: (n: number) => `Transaction ${n}`,
    ref: 'Reference',
    when: 'Date and time',
    amount: 'Amount',
    message: 'Error message shown',
    reason: 'Type of failure',
    history: 'What happened',
    failed: 'the transaction failed',
    made: 'the transaction in question took place',
    opened: 'I recorded the problem and started this complaint',
    contacted: (c: string) => `I contacted you ${c}`,
    ticket: 'reference',
    tried: 'What I have already tried',
    evidence: 'Evidence',
    evIntro: 'I have kept the following evidence. Each file is identified by its SHA-256 digest so that it can be verified.',
    captured: 'Captured',
    file: 'Files',
    record: 'Record digest (SHA-256)',
    head: (seq: number) =>
      `Digest of my evidence log at the time of this letter (record #${seq}, SHA-256). It fixes every record above; please keep this letter on file with its date of receipt.`,
    ask: 'What I am asking for',
    due: (d: string) =>
      `Please investigate and send me your final response by ${d}. If I have not received a final response by then, or I am not satisfied with it, I may refer the complaint to the relevant regulator or ombudsman.`,
    noDue:
      'Please investigate and send me your final response in writing. If I am not satisfied with it, I may refer the complaint to the relevant regulator or ombudsman.',
    close: 'Yours sincerely,',
    q: (s: string) => `"${s}"`,
    sep: ': ',
    list: '- ',
  },
  zh: {
    dear: (p: string) => `${p}客服团队：`,
    open: (s: string) => `您好！我现就${s}正式提出投诉，具体情况如下。`,
    account: '账户',
    name: '姓名',
    email: '电子邮箱',
    phone: '联系电话',
    tx: '交易信息',
    txN: (n: number) => `交易${n}`,
    ref: '交易单号',
    when: '交易时间',
    amount: '金额',
    message: '页面提示',
    reason: '失败类型',
    history: '事情经过',
    failed: '交易失败',
    made: '发生该笔交易',
    opened: '我记录了该问题并开始投诉',
    contacted: (c: string) => `我通过${c}联系了贵方`,
    ticket: '工单号',
    tried: '已采取的措施',
    evidence: '证据清单',
    evIntro: '我保存了以下证据，每个文件均附有 SHA-256 摘要，可供核验。',
    captured: '截取时间',
    file: '文件',
    record: '记录摘要（SHA-256）',
    head: (seq: number) => `本信发出时我的证据日志摘要（记录 #${seq}，SHA-256），它锁定上述每一条记录。请将本信连同收到日期一并存档。`,
    ask: '我的诉求',
    due: (d: string) =>
      `请贵方调查核实，并于${d}前给予最终书面答复。如届时仍未收到最终答复，或我对答复不满意，我可能向相关监管部门或调解机构反映。`,
    noDue: '请贵方调查核实，并给予最终书面答复。如我对答复不满意，我可能向相关监管部门或调解机构反映。',
    close: '此致\n敬礼！',
    q: (s: string) => `“${s}”`,
    sep: '：',
    list: '',
  },
} as const;

function txLines(tx: TransactionRef, l: Loc): string[] {
  const t = T[l];
  const amount = [tx.amount, tx.currency].filter(has).join(' ');
  const reason = tx.reason ? REASON[tx.reason]?.[l] : undefined;
  return [
    has(tx.id) && `${t.ref}${t.sep}${tx.id}`,
    has(tx.at) && `${t.when}${t.sep}${formatIso(tx.at, l) ?? tx.at}`,
    has(amount) && `${t.amount}${t.sep}${amount}`,
    has(tx.message) && `${t.message}${t.sep}${t.q(tx.message.trim())}`,
    has(reason) && `${t.reason}${t.sep}${reason}`,
  ]
    .filter((x): x is string => typeof x === 'string')
    .map((x) => t.list + x);
}

function chronology(c: CaseRecord, l: Loc): string[] {
  const t = T[l];
  const events: [string, string][] = [];
  const what = c.situation === 'failed-transfer' ? t.failed : t.made;
  for (const tx of c.transactions) if (has(tx.at)) events.push([tx.at, what]);
  if (has(c.createdAt)) events.push([c.createdAt, t.opened]);
  for (const k of c.contacts) {
    const ref = has(k.reference) ? (l === 'zh' ? `（${t.ticket}${t.sep}${k.reference}）` : ` (${t.ticket} ${k.reference})`) : '';
    const note = has(k.note) ? `${l === 'zh' ? '，' : ' – '}${k.note.trim()}` : '';
    events.push([k.at, `${t.contacted(CHANNEL[k.channel]?.[l] ?? k.channel)}${ref}${note}`]);
  }
  const ms = (iso: string): number => Date.parse(iso) || 0;
  return events
    .sort((a, b) => ms(a[0]) - ms(b[0]))
    .map(([at, what]) => `${t.list}${formatIso(at, l) ?? at}${t.sep}${what}${l === 'zh' ? '。' : '.'}`);
}

function tried(c: CaseRecord, l: Loc): string[] {
  const t = T[l];
  return c.contacts.map((k) => {
    const how = CHANNEL[k.channel]?.[l] ?? k.channel;
    const parts = [how.charAt(0).toUpperCase() + how.slice(1), formatIso(k.at, l), has(k.reference) ? `${t.ticket} ${k.reference}` : ''];
    return t.list + parts.filter(has).join(l === 'zh' ? '，' : ', ');
  });
}

function evidenceLines(items: LetterInput['evidence'], l: Loc): string[] {
  const t = T[l];
  const out: string[] = [];
  items
    .filter((e) => e.kind === 'capture')
    .forEach((e, i) => {
      const head = [
        has(e.meta?.capturedAt) && `${t.captured}${t.sep}${formatIso(e.meta!.capturedAt, l)}`,
        has(e.meta?.url) && e.meta!.url,
        has(e.meta?.title) && e.meta!.title.trim(),
      ].filter((x): x is string => !!x);
      out.push(`${i + 1}. ${head.join(l === 'zh' ? '；' : ' | ')}`);
      const files = e.artifacts.filter((a) => has(a.sha256)).map((a) => `${a.name.split('/').pop()} (SHA-256 ${a.sha256})`);
      if (files.length) out.push(`   ${t.file}${t.sep}${files.join(', ')}`);
      if (has(e.digest)) out.push(`   ${t.record}${t.sep}${e.digest}`);
    });
  return out;
}

/** Drafts the complaint letter for a case, in English or Simplified Chinese. */
export function draftLetter(input: LetterInput): string {
  const { case: c, profile, locale: l } = input;
  const t = T[l];
  const account = profile.accounts[c.siteId ?? '*'] ?? profile.accounts['*'];
  const provider = has(c.provider) ? c.provider.trim() : '';
  const ids = [
    [t.account, account],
    [t.name, profile.name],
    [t.email, profile.email],
    [t.phone, profile.phone],
  ]
    .filter(([, v]) => has(v))
    .map(([k, v]) => `${t.list}${k}${t.sep}${v!.trim()}`);
  const txs = c.transactions.map((tx) => txLines(tx, l)).filter((x) => x.length);
  const txBlock = txs.length === 1 ? txs[0]! : txs.flatMap((x, i) => [`${t.txN(i + 1)}`, ...x]);
  const amount = [c.transactions[0]?.amount, c.transactions[0]?.currency].filter(has).join(' ');
  const remedy = REMEDY[c.remedy][l].replace('{amount}', has(amount) ? (l === 'zh' ? `（${amount}）` : ` of ${amount}`) : '');
  const due = input.dueDate ? formatDay(input.dueDate, l) : formatIsoDay(c.escalationDueAt, l);
  const sections: [string, string[]][] = [
    [t.tx, txBlock],
    [t.history, chronology(c, l)],
    [t.tried, tried(c, l)],
    [
      t.evidence,
      (() => {
        const ev = evidenceLines(input.evidence, l);
        const head = input.chainHead ? [t.head(input.chainHead.seq), input.chainHead.digest] : [];
        return ev.length ? [t.evIntro, ...ev, ...head] : head;
      })(),
    ],
    [t.ask, [has(c.remedyNote) ? `${remedy}${l === 'zh' ? '' : ' '}${c.remedyNote.trim()}` : remedy]],
  ];
  const zhNum = ['一', '二', '三', '四', '五', '六'];
  const body = sections
    .filter(([, lines]) => lines.length)
    .map(([head, lines], i) => `${l === 'zh' ? `${zhNum[i]}、${head}` : head}\n${lines.join('\n')}`);
  const signature = [profile.name, profile.email, profile.phone].filter(has).map((s) => s.trim());
  return `${[
    `${l === 'zh' ? '主题：' : 'Subject: '}${subjectLine(c, l)}`,
    t.dear(provider),
    [t.open(SITUATION[c.situation][l]), ...ids].join('\n'),
    ...body,
    due ? t.due(due) : t.noDue,
    [t.close, ...signature, formatDay(input.now, l)].join('\n'),
  ].join('\n\n')}\n`;
}
