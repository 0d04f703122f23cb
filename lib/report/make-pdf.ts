import { isoWithOffset } from '../db/cases';
import { caseArchive } from '../db/case-archive';
import { installFingerprint } from '../db/keys';
import type { Lang } from '../i18n';
import { loadCjkFont } from './pdf-font';
import { reportPdfs } from './pdf-parts';

export { PORTAL_LIMIT_BYTES } from './pdf-parts';

/** The case's PDF report (and its parts when too large to upload in one), made offline in the page. */
export async function makeCasePdf(caseId: string, lang: Lang, extensionVersion: string) {
  const [data, fingerprint, font] = await Promise.all([caseArchive(caseId), installFingerprint(), loadCjkFont()]);
  return reportPdfs({ ...data, fingerprint, lang, generatedAt: isoWithOffset(new Date()), extensionVersion }, font);
}
