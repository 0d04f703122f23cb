import type { Localized } from '../sites/types';

/** Whose key signed a bundle's manifest, as the importing browser found it. */
type SignatureState = 'own' | 'other' | 'unsigned' | 'mismatch';
export interface SignatureVerdict {
  state: SignatureState;
  /** SHA-256 fingerprint (hex) of the key that made a valid signature ('own', 'other'). */
  fingerprint?: string;
}

/** Something wrong with one imported item (or, for files, with the bundle as a whole). */
export type ItemFlag =
  | { kind: 'signature-mismatch' }
  | { kind: 'file-digest'; path: string }
  | { kind: 'file-missing'; path: string }
  | { kind: 'gap'; seq: number }
  | { kind: 'record-digest' }
  | { kind: 'broken-link' }
  | { kind: 'bad-deletion' };

/**
 * The words for verdicts and flags, used by the dashboard and by report.html alike. The English
 * ones are a contract (DESIGN.md, "Imported evidence"): outside checks look for them verbatim.
 */
const WORDS = {
  origin: { en: 'Imported from $1 on $2', zh: '导入自 $1，导入于 $2' },
  within: { en: 'inside $1', zh: '包含在 $1 中' },
  own: { en: "Signed by this browser's key", zh: '由本浏览器的密钥签名' },
  other: { en: "Signed by another install's key $1", zh: '由另一安装的密钥签名 $1' },
  unsigned: { en: 'Unsigned', zh: '未签名' },
  mismatch: { en: 'Signature does not match', zh: '签名不符' },
  'signature-mismatch': { en: 'Signature does not match', zh: '签名不符' },
  'file-digest': { en: 'File does not match its digest: $1', zh: '文件与其摘要不符：$1' },
  'file-missing': { en: 'File missing: $1', zh: '文件缺失：$1' },
  gap: { en: 'Gap before #$1', zh: '#$1 之前有缺口' },
  'record-digest': { en: 'Record does not match its digest (edited)', zh: '记录与其摘要不符（已被修改）' },
  'broken-link': { en: 'Does not link to the record before it', zh: '与前一条记录的链接不符' },
  'bad-deletion': { en: 'Deletion record names no earlier item', zh: '删除记录未指向更早的证据' },
} satisfies Record<string, Localized>;

type Lang = keyof Localized;
const fill = (text: string, ...subs: (string | number)[]) => text.replace(/\$(\d)/g, (_m, n: string) => String(subs[Number(n) - 1] ?? ''));

/** "Signed by another install's key 0123456789abcdef": the first 16 hex digits of the fingerprint. */
export function signatureWords(v: SignatureVerdict, lang: Lang): string {
  return fill(WORDS[v.state][lang], v.fingerprint?.slice(0, 16) ?? '');
}

export function flagWords(f: ItemFlag, lang: Lang): string {
  const word = WORDS[f.kind][lang];
  if (f.kind === 'gap') return fill(word, f.seq);
  if (f.kind === 'file-digest' || f.kind === 'file-missing') return fill(word, f.path);
  return word;
}

/** "Imported from case.zip on 27 Nov 2026, 09:00" (the date as the caller formats it). */
export function originWords(fileName: string, date: string, lang: Lang, within?: string): string {
  const text = fill(WORDS.origin[lang], fileName, date);
  return within ? `${text} (${fill(WORDS.within[lang], within)})` : text;
}
