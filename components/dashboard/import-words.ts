import { flagWords, type ItemFlag, originWords, signatureWords } from '@/lib/archive/verdict';
import type { ImportRecord } from '@/lib/db/types';
import { formatDateTime, uiLang } from '@/lib/i18n';

/** "Imported from case.zip on 27 Nov 2026, 09:00" (naming the bundle it came inside, if any). */
export function originText(row: ImportRecord, all: readonly ImportRecord[]): string {
  const within = row.within ? all.find((r) => r.id === row.within)?.fileName : undefined;
  return originWords(row.fileName, formatDateTime(row.importedAt), uiLang(), within);
}

export const verdictText = (row: Pick<ImportRecord, 'signature'>): string => signatureWords(row.signature, uiLang());

export const flagsText = (flags: readonly ItemFlag[]): string[] => flags.map((f) => flagWords(f, uiLang()));
