import { db } from './index';

/**
 * An object URL for an evidence item's preview (caller revokes it), or null: thumbnail.png where
 * an older capture has one, else the screenshot itself, which an <img> scales down.
 */
export async function thumbnailUrl(evidenceId: string): Promise<string | null> {
  const row = await db().evidence.get(evidenceId);
  const art =
    row?.artifacts.find((a) => a.name === 'thumbnail.png') ??
    row?.artifacts.find((a) => a.name === 'screenshot.png') ??
    row?.artifacts.find((a) => a.type === 'image/png');
  if (!art) return null;
  const blob = await db().blobs.get(art.blobId);
  return blob ? URL.createObjectURL(blob.blob) : null;
}
