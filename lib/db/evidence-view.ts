import { db } from './index';
import type { EvidenceRecord } from './types';

/**
 * An object URL for an evidence item's preview (caller revokes it), or null: thumbnail.png where
 * an older capture has one, else the screenshot itself, which an <img> scales down. Takes the
 * record's id (a record of this browser's log) or the record itself (also an imported one).
 */
export async function thumbnailUrl(of: string | Pick<EvidenceRecord, 'artifacts'>): Promise<string | null> {
  const row = typeof of === 'string' ? await db().evidence.get(of) : of;
  const art =
    row?.artifacts.find((a) => a.name === 'thumbnail.png') ??
    row?.artifacts.find((a) => a.name === 'screenshot.png') ??
    row?.artifacts.find((a) => a.type.startsWith('image/'));
  if (!art?.blobId) return null;
  const blob = await db().blobs.get(art.blobId);
  return blob ? URL.createObjectURL(blob.blob) : null;
}
