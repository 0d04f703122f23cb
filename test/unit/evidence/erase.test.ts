// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addAttachment } from '../../../lib/db/attachments';
import { addCapture, verifyLog } from '../../../lib/db/evidence';
import { deleteCase, eraseAllData } from '../../../lib/db/erase';
import { fileItem } from '../../../lib/db/filing';
import { caseRecord, freshDb, html, meta, png } from './helpers';

async function seeded() {
  const d = freshDb();
  const kase = caseRecord({ title: 'Frozen account' });
  const other = caseRecord({ title: 'Other' });
  await d.cases.bulkAdd([kase, other]);
  const secret = meta({ title: 'Secret page title', url: 'https://secret.example/path', note: 'private note' });
  await addCapture({
    caseId: kase.id,
    meta: secret,
    artifacts: [{ name: 'page.html', type: 'text/html', blob: html('secret body text') }],
  });
  const loose = await addCapture({
    caseId: null,
    meta: meta({ title: 'Loose page' }),
    artifacts: [{ name: 'screenshot.png', type: 'image/png', blob: png(1) }],
  });
  await fileItem(loose.id, { caseId: kase.id });
  await addAttachment(new File(['From: x@mail.example\r\nSubject: secret subject\r\n\r\nhi'], 'letter.eml'), kase.id);
  const kept = await addCapture({
    caseId: other.id,
    meta: meta({ title: 'Kept page' }),
    artifacts: [{ name: 'page.html', type: 'text/html', blob: html('kept') }],
  });
  return { d, kase, other, kept };
}

describe('deleting and erasing', () => {
  it('deletes a case: content of everything filed under it erased, other cases untouched, the log still verifies', async () => {
    const { d, kase, other, kept } = await seeded();
    await deleteCase(kase.id);
    expect(await verifyLog()).toEqual({ ok: true });
    expect(await d.cases.get(kase.id)).toBeUndefined();
    expect(await d.events.where('caseId').equals(kase.id).count()).toBe(0);
    const rows = JSON.stringify(await d.evidence.toArray());
    const blobs = (await Promise.all((await d.blobs.toArray()).map((b) => b.blob.text()))).join('\n');
    for (const gone of ['Secret page title', 'secret.example', 'private note', 'Loose page', 'letter.eml', 'secret subject'])
      expect(rows + blobs, gone).not.toContain(gone);
    expect(blobs).not.toContain('secret body text');
    expect(await d.cases.get(other.id)).toBeDefined();
    expect((await d.evidence.get(kept.id))?.meta?.title).toBe('Kept page');
  });

  it('erases all data: every table empty', async () => {
    const { d } = await seeded();
    await eraseAllData();
    for (const t of d.tables) expect(await t.count(), t.name).toBe(0);
  });
});
