import { strToU8 } from 'fflate';
import { exportCaseBundle } from '../archive/bundle-write';
import type { ImageCutter } from '../archive/report-images';
import type { Signer } from '../archive/signing';
import { caseArchive } from '../db/case-archive';
import { isoWithOffset } from '../db/cases';
import type { Profile } from '../db/types';
import { siteById } from '../sites';
import { caseJson, caseJsonSchemaDocument } from './case-json';
import { buildPack } from './pack';
import type { Destination } from './types';

export const CASE_JSON_FILE = 'case.json';
export const CASE_SCHEMA_FILE = 'case.schema.json';

interface PackZipInput {
  caseId: string;
  destination: Destination;
  /** Ids of the captures and files to include. */
  selected: ReadonlySet<string>;
  profile: Profile;
  locale: string;
  extensionVersion: string;
  now: Date;
  signer: Signer | null;
  /** Slices images for the pack's report.html (lib/archive/report-images.ts). */
  cutter: ImageCutter;
}

const json = (v: unknown) => strToU8(`${JSON.stringify(v, null, 2)}\n`);

/**
 * A complaint pack as a ZIP: the case's bundle (lib/archive) holding only the selected evidence,
 * its report.html, and case.json (with its JSON Schema) for the destination, all in SHA256SUMS.
 */
export async function packZip(input: PackZipInput): Promise<Uint8Array> {
  const data = await caseArchive(input.caseId, input.selected);
  const pack = buildPack({
    case: data.case,
    events: data.events,
    records: data.evidence,
    profile: input.profile,
    destination: input.destination,
    site: siteById(data.case.siteId),
  });
  const doc = caseJson({
    pack,
    case: data.case,
    generatedAt: isoWithOffset(input.now),
    extensionVersion: input.extensionVersion,
    chainHead: data.chainHead ?? null,
  });
  const extraFiles = new Map([
    [CASE_JSON_FILE, json(doc)],
    [CASE_SCHEMA_FILE, json(caseJsonSchemaDocument())],
  ]);
  return exportCaseBundle({
    ...data,
    locale: input.locale,
    extensionVersion: input.extensionVersion,
    now: input.now,
    signer: input.signer,
    cutter: input.cutter,
    extraFiles,
  });
}
