import { recheckImport } from '@/lib/db/imports';
import { installSigner } from '@/lib/db/keys';
import type { EvidenceRecord, ImportRecord } from '@/lib/db/types';
import type { ChainProblem } from '@/lib/evidence/chain';
import { formatDateTime, t } from '@/lib/i18n';
import { flagsText, originText, verdictText } from './import-words';

/** One problem of verifyChain in words: which item (number, title, time) and what is wrong with it. */
export function describeProblem(p: ChainProblem, record: EvidenceRecord | undefined): string {
  const title = record?.meta?.title || record?.meta?.url || '';
  const item = record?.meta
    ? t('verifyItem', [String(p.seq), title.length > 80 ? `${title.slice(0, 79)}…` : title, formatDateTime(record.meta.capturedAt)])
    : t('verifyItemOther', String(p.seq));
  // chain.ts starts an artifact problem's detail with the file name: "screenshot.png: sha256 …".
  const file = /^([^:\s]+):/.exec(p.detail)?.[1] ?? '';
  const what = {
    'artifact-mismatch': () => t('verifyFileAltered', file),
    'missing-artifact': () => t('verifyFileMissing', file),
    'digest-mismatch': () => t('verifyRecordAltered'),
    'broken-link': () => t('verifyLinkBroken'),
    'seq-gap': () => t('verifySeqGap'),
  }[p.problem]();
  return `${item}: ${what}`;
}

/** Each imported bundle checked again from its stored files: where from, verdict, every flagged item. */
export async function importVerdicts(imports: readonly ImportRecord[]): Promise<{ ok: boolean; text: string }[]> {
  const fingerprint = (await installSigner()).fingerprint;
  return Promise.all(
    imports.map(async (row) => {
      const check = await recheckImport(row, fingerprint);
      const items = check.items.filter((i) => i.flags.length).map((i) => `#${i.record.seq}: ${flagsText(i.flags).join(', ')}`);
      const problems = flagsText(check.problems);
      const ok = check.signature.state !== 'mismatch' && !items.length && !problems.length;
      const found = ok ? t('dashVerifyIntact') : [...problems, ...items].join('; ') || t('dashVerifyIntact');
      return {
        ok: ok && check.signature.state !== 'unsigned',
        text: t('verifyImported', [originText(row, imports), verdictText(check), found]),
      };
    }),
  );
}
