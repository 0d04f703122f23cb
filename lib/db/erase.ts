import { db } from './index';
import { deleteEvidence } from './evidence';
import { caseItems } from './filing';

/**
 * Delete a complaint: every capture and file filed under it has its content erased (a tombstone
 * each, so the log still verifies), then the case, its timeline and the bundles imported into it
 * (with their files) go. Items filed away to another case stay there.
 */
export async function deleteCase(caseId: string, now = new Date()): Promise<void> {
  for (const { record } of await caseItems(caseId)) await deleteEvidence(record.id, now);
  const d = db();
  await d.transaction('rw', [d.cases, d.events, d.imports, d.blobs], async () => {
    const imports = await d.imports.where('caseId').equals(caseId).toArray();
    await Promise.all([
      d.blobs.bulkDelete(imports.flatMap((i) => i.files.map((f) => f.blobId))),
      d.imports.bulkDelete(imports.map((i) => i.id)),
      d.events.where('caseId').equals(caseId).delete(),
      d.cases.delete(caseId),
    ]);
  });
}

/** "Erase all data": every table emptied in one transaction (the log starts again from nothing). */
export async function eraseAllData(): Promise<void> {
  const d = db();
  await d.transaction('rw', d.tables, () => Promise.all(d.tables.map((t) => t.clear())));
}
