import { strToU8, unzipSync, zipSync } from 'fflate';
import { exportCaseBundle } from '../../../lib/archive/bundle-write';
import { readBundleFile } from '../../../lib/archive/read-file';
import { KEY_FILE, newSigner, SIGNATURE_FILE, type Signer, signBytes, spkiToPem } from '../../../lib/archive/signing';
import { pngHeaderCutter } from '../../fixtures/png-cutter';
import { caseArchive } from '../../../lib/db/case-archive';
import { createCase } from '../../../lib/cases/new-case';
import { addCapture, deleteEvidence } from '../../../lib/db/evidence';
import { saveImport } from '../../../lib/db/imports';
import { installFingerprint, installSigner } from '../../../lib/db/keys';
import { sha256Hex } from '../../../lib/evidence/hash';
import { freshDb, html, meta, png, newCaseInput } from './helpers';

// biome-ignore lint/suspicious/noExplicitAny: tests edit arbitrary JSON paths of a manifest
type Json = Record<string, any>;

/** Export a case of the current database as a bundle, signed with this install's key unless `signer` says otherwise. */
export async function exportCase(caseId: string, signer?: Signer | null, now = new Date('2026-11-27T01:00:00Z')): Promise<Uint8Array> {
  return exportCaseBundle({
    ...(await caseArchive(caseId)),
    locale: 'en',
    extensionVersion: '0.1.0',
    now,
    signer: signer === undefined ? await installSigner() : signer,
    cutter: pngHeaderCutter,
  });
}

/** A case with three captures (one deleted) exported as a bundle, signed by the install's key. */
export async function sampleBundle(over: { title?: string; url?: string; note?: string; signer?: Signer | null } = {}) {
  const d = freshDb();
  const input = newCaseInput({ title: over.title ?? 'Declined payment' });
  const kase = await createCase(input, new Date('2026-11-26T03:00:00Z'));
  const recs = [];
  for (let i = 1; i <= 3; i++) {
    recs.push(
      await addCapture({
        caseId: kase.id,
        meta: meta({ title: over.title ?? `page ${i}`, url: over.url ?? meta().url, note: over.note ?? '' }),
        artifacts: [
          { name: 'screenshot.png', type: 'image/png', blob: png(i) },
          { name: 'page.html', type: 'text/html', blob: html(`p${i}`) },
        ],
      }),
    );
  }
  await deleteEvidence(recs[1]!.id);
  const bytes = await exportCase(kase.id, over.signer);
  return { d, kase, recs, bytes, fingerprint: await installFingerprint() };
}

/** Read a bundle as the dashboard does (in this thread) and store it as an import. */
export async function importBytes(bytes: Uint8Array, fileName = 'case.zip', now?: Date) {
  const read = await readBundleFile(bytes, await installFingerprint());
  return { read, saved: await saveImport(read, fileName, now) };
}

/** Unpack, change, repack; `fixSums` recomputes SHA256SUMS as a careful forger would. */
export async function repack(
  bytes: Uint8Array,
  change: (files: Record<string, Uint8Array>) => void | Promise<void>,
  fixSums = false,
): Promise<Uint8Array> {
  const files = unzipSync(bytes);
  await change(files);
  if (fixSums) {
    let sums = '';
    for (const path of Object.keys(files)
      .filter((p) => p !== 'SHA256SUMS')
      .sort())
      sums += `${await sha256Hex(files[path]!)}  ${path}\n`;
    files.SHA256SUMS = strToU8(sums);
  }
  return zipSync(files);
}

export function editManifest(edit: (m: Json) => void) {
  return (files: Record<string, Uint8Array>) => {
    const m = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    edit(m);
    files['manifest.json'] = strToU8(JSON.stringify(m));
  };
}

/** Sign the (edited) manifest again with another key, naming that key in it: a careful forger. */
export function resign(signer: Signer, edit: (m: Json) => void = () => undefined) {
  return async (files: Record<string, Uint8Array>) => {
    editManifest((m) => {
      edit(m);
      m.signing.fingerprint = signer.fingerprint;
    })(files);
    files[SIGNATURE_FILE] = await signBytes(signer, files['manifest.json']!);
    files[KEY_FILE] = strToU8(spkiToPem(signer.spki));
  };
}

export const otherInstall = () => newSigner();

/** Set the declared uncompressed size of `name` in the central directory (a zip bomb's lie). */
export function declareSize(bytes: Uint8Array, name: string, size: number, local = false): Uint8Array {
  const out = bytes.slice();
  const v = new DataView(out.buffer);
  for (let p = 0; p + 46 < out.length; p++) {
    if (v.getUint32(p, true) !== 0x02014b50) continue;
    const len = v.getUint16(p + 28, true);
    if (new TextDecoder().decode(out.subarray(p + 46, p + 46 + len)) !== name) continue;
    v.setUint32(p + 24, size, true);
    if (local) v.setUint32(v.getUint32(p + 42, true) + 22, size, true);
  }
  return out;
}
