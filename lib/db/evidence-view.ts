import { db } from './index';

/** An object URL for an evidence item's thumbnail (caller revokes it), or null. */
export async function thumbnailUrl(evidenceId: string): Promise<string | null> {
  const row = await db().evidence.get(evidenceId);
  const art = row?.artifacts.find((a) => a.name === 'thumbnail.png') ?? row?.artifacts.find((a) => a.type === 'image/png');
  if (!art) return null;
  const blob = await db().blobs.get(art.blobId);
  return blob ? URL.createObjectURL(blob.blob) : null;
}
