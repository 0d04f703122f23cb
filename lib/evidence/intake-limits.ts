import type { Localized } from '../sites/types';

/**
 * What "Add files" takes (README, "Adding files"). A file's bytes are kept as they are, so one
 * file must fit one bundle entry (lib/archive/limits.ts: 256 MiB) and a case's files its bundle
 * (1 GiB, with room left for captures).
 */
export const INTAKE_LIMITS = {
  fileBytes: 200 * 1024 * 1024,
  caseBytes: 800 * 1024 * 1024,
} as const;

/** Images, videos, PDFs and saved e-mails (.eml): by type, or by name where the type is empty. */
export function acceptedFile(f: { name: string; type: string }): boolean {
  const type = f.type.toLowerCase();
  if (type.startsWith('image/') || type.startsWith('video/') || type === 'application/pdf' || type === 'message/rfc822') return true;
  return /\.(eml|pdf|png|jpe?g|gif|webp|heic|heif|mp4|mov|webm|m4v|3gp)$/i.test(f.name);
}

export const INTAKE_ACCEPT = 'image/*,video/*,application/pdf,.pdf,message/rfc822,.eml';

type Code = 'type' | 'file-too-large' | 'case-full' | 'unreadable';
const MiB = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;

const TEXT: Record<Code, (name: string) => Localized> = {
  type: (n) => ({
    en: `${n}: not added. Only images, videos, PDFs and e-mails saved as .eml can be added.`,
    zh: `${n}：未添加。只能添加图片、视频、PDF 和另存为 .eml 的邮件。`,
  }),
  'file-too-large': (n) => ({
    en: `${n}: not added. A file may be at most ${MiB(INTAKE_LIMITS.fileBytes)}.`,
    zh: `${n}：未添加。单个文件最大 ${MiB(INTAKE_LIMITS.fileBytes)}。`,
  }),
  'case-full': (n) => ({
    en: `${n}: not added. The files of one complaint (or of Unfiled) may total at most ${MiB(INTAKE_LIMITS.caseBytes)}.`,
    zh: `${n}：未添加。一个投诉（或未归档）中的文件合计最大 ${MiB(INTAKE_LIMITS.caseBytes)}。`,
  }),
  unreadable: (n) => ({ en: `${n}: not added. The file could not be read.`, zh: `${n}：未添加。无法读取该文件。` }),
};

/** A file refused at intake: nothing was stored. */
export class IntakeError extends Error {
  override name = 'IntakeError';
  constructor(
    readonly code: Code,
    readonly fileName: string,
  ) {
    super(TEXT[code](fileName).en);
  }
  text(lang: 'en' | 'zh'): string {
    return TEXT[this.code](this.fileName)[lang];
  }
}
