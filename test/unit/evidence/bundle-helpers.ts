import { strToU8, unzipSync, zipSync } from 'fflate';
import { createCase } from '../../../lib/cases/new-case';
import { addCapture, deleteEvidence, loadCaseForExport } from '../../../lib/db/evidence';
import { exportCaseBundle } from '../../../lib/evidence/bundle';
import { sha256Hex } from '../../../lib/evidence/hash';
import { caseRecord, freshDb, html, meta, png } from './helpers';

// biome-ignore lint/suspicious/noExplicitAny: tests edit arbitrary JSON paths of a manifest
type Json = Record<string, any>;

/** A case with three captures (one deleted) exported as a bundle. */
export async function sampleBundle(over: { title?: string; url?: string; note?: string } = {}) {
  const d = freshDb();
  const {
    id: _i,
    createdAt: _c,
    updatedMs: _u,
    searchText: _s,
    contacts: _x,
    ...input
  } = caseRecord({ title: over.title ?? 'Declined payment' });
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
  const bytes = await exportCaseBundle({
    ...(await loadCaseForExport(kase.id)),
    locale: 'en',
    extensionVersion: '0.1.0',
    now: new Date('2026-11-27T01:00:00Z'),
  });
  return { d, kase, recs, bytes };
}

/** Unpack, change, repack; `fixSums` recomputes SHA256SUMS as a careful forger would. */
export async function repack(bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => void, fixSums = false): Promise<Uint8Array> {
  const files = unzipSync(bytes);
  change(files);
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

/** Set the declared uncompressed size of `name` in the central directory (a zip bomb's lie). */
export function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const v = new DataView(out.buffer);
  for (let p = 0; p + 46 < out.length; p++) {
    if (v.getUint32(p, true) !== 0x02014b50) continue;
    const len = v.getUint16(p + 28, true);
    if (new TextDecoder().decode(out.subarray(p + 46, p + 46 + len)) === name) v.setUint32(p + 24, size, true);
  }
  return out;
}
