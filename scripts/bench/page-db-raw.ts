// Raw IndexedDB, the baseline of the storage measurement: the repositories' schema (evidence
// keyed by id with a unique seq index and a caseId index; blobs keyed by id), no library.
import type { EvidenceMeta, EvidenceRecord } from '../../lib/db/types';

export function rawDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      const ev = req.result.createObjectStore('evidence', { keyPath: 'id' });
      ev.createIndex('seq', 'seq', { unique: true });
      ev.createIndex('caseId', 'caseId');
      req.result.createObjectStore('blobs', { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Rows `from`..`from+count`: each one evidence row and its two blobs, one transaction per row. */
export async function rawBlock(
  db: IDBDatabase,
  from: number,
  count: number,
  meta: (i: number) => EvidenceMeta,
  tiny: (i: number, type: string) => Blob,
): Promise<number> {
  const t0 = performance.now();
  for (let i = from; i < from + count; i++) {
    const blobs = [
      { id: crypto.randomUUID(), blob: tiny(i, 'image/png') },
      { id: crypto.randomUUID(), blob: tiny(i, 'text/html') },
    ];
    const row: EvidenceRecord = {
      id: crypto.randomUUID(),
      seq: i + 1,
      caseId: null,
      kind: 'capture',
      meta: meta(i),
      recordedAt: new Date().toISOString(),
      artifacts: blobs.map((b, k) => ({
        name: k ? 'page.html' : 'screenshot.png',
        type: b.blob.type,
        size: b.blob.size,
        sha256: '0'.repeat(64),
        blobId: b.id,
      })),
      prevDigest: '0'.repeat(64),
      digest: '0'.repeat(64),
    };
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['evidence', 'blobs'], 'readwrite');
      tx.objectStore('evidence').add(row);
      for (const b of blobs) tx.objectStore('blobs').add(b);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  return performance.now() - t0;
}
