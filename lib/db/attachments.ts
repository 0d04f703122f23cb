import { db } from './index';
import { isoWithOffset } from './cases';
import { appendToLog, touchCase } from './evidence';
import { caseItems, unfiledItems } from './filing';
import type { AttachmentMeta, EvidenceRecord } from './types';
import { sealContent } from '../evidence/chain';
import { emlHeaders } from '../evidence/eml-headers';
import { sha256OfBlob } from '../evidence/file-hash';
import { acceptedFile, INTAKE_LIMITS, IntakeError } from '../evidence/intake-limits';

/** What intake reads of a file the person chose (a DOM File, or anything shaped like one). */
export interface IntakeFile extends Blob {
  readonly name: string;
  readonly lastModified: number;
}

const isEml = (f: IntakeFile) => f.type === 'message/rfc822' || /\.eml$/i.test(f.name);

/** The stored file's name in a bundle: `file.<ext>` (the name as chosen is in the record). */
function artifactName(f: IntakeFile): string {
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(f.name)?.[1]?.toLowerCase();
  return ext ? `file.${ext}` : 'file';
}

/**
 * Add a file to the log under a case (or Unfiled): its exact bytes are stored, its SHA-256
 * computed at intake, its name, size, type and lastModified kept, and an .eml's headers read.
 * Refused (IntakeError, nothing stored) when its kind or size is outside INTAKE_LIMITS.
 * What this proves: the file existed, unchanged, no later than the intake time.
 */
export async function addAttachment(file: IntakeFile, caseId: string | null, now = new Date(), note = ''): Promise<EvidenceRecord> {
  if (!acceptedFile(file)) throw new IntakeError('type', file.name);
  if (file.size > INTAKE_LIMITS.fileBytes) throw new IntakeError('file-too-large', file.name);
  const there = await (caseId ? caseItems(caseId) : unfiledItems());
  const used = there
    .filter((i) => i.record.kind === 'attachment')
    .reduce((n, i) => n + i.record.artifacts.reduce((m, a) => m + a.size, 0), 0);
  if (used + file.size > INTAKE_LIMITS.caseBytes) throw new IntakeError('case-full', file.name);
  let sha256: string;
  let email: AttachmentMeta['email'];
  try {
    [sha256, email] = await Promise.all([sha256OfBlob(file), isEml(file) ? emlHeaders(file) : undefined]);
  } catch {
    throw new IntakeError('unreadable', file.name);
  }
  const type = file.type || (isEml(file) ? 'message/rfc822' : 'application/octet-stream');
  const attachment: AttachmentMeta = {
    fileName: file.name,
    type,
    size: file.size,
    lastModified: new Date(file.lastModified).toISOString(),
    intakeAt: isoWithOffset(now),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    note,
    ...(email && { email }),
  };
  const blobId = crypto.randomUUID();
  const draft = sealContent({
    id: crypto.randomUUID(),
    caseId,
    kind: 'attachment' as const,
    meta: null,
    attachment,
    artifacts: [{ name: artifactName(file), type, size: file.size, sha256, blobId }],
    recordedAt: attachment.intakeAt,
  });
  const d = db();
  const [rec] = await appendToLog(
    d,
    caseId !== null,
    () => [draft],
    ([r]) => Promise.all([d.evidence.add(r!), caseId && touchCase(d, caseId, now, file.name, { evidenceId: r!.id, seq: r!.seq }, true)]),
    // The file itself is stored (the browser copies it): its bytes are never held twice here.
    () => d.blobs.add({ id: blobId, blob: file.type === type ? file : new Blob([file], { type }) }),
  );
  return rec!;
}
