// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { readBundleFile } from '../../../lib/archive/read-file';
import { addCapture, deleteEvidence, verifyLog } from '../../../lib/db/evidence';
import { caseItems, fileItem, unfiledItems } from '../../../lib/db/filing';
import { newCaseRecord } from '../../../lib/cases/new-case';
import { caseRecord, freshDb, html, meta, png } from './helpers';
import { exportCase } from './bundle-helpers';

const capture = (caseId: string | null, title: string, seed: number) =>
  addCapture({
    caseId,
    meta: meta({ title, url: `https://bank.example/${title}` }),
    artifacts: [
      { name: 'screenshot.png', type: 'image/png', blob: png(seed) },
      { name: 'page.html', type: 'text/html', blob: html(title) },
    ],
  });

async function twoCasesAndLoose() {
  const d = freshDb();
  const a = caseRecord({ title: 'A' });
  const b = caseRecord({ title: 'B' });
  await d.cases.bulkAdd([a, b]);
  const inA = await capture(a.id, 'in-a', 1);
  const loose1 = await capture(null, 'bank-page', 2);
  const loose2 = await capture(null, 'scam-site', 3);
  return { d, a, b, inA, loose1, loose2 };
}

describe('filing unfiled evidence', () => {
  it('lists captures without a case as unfiled, newest first', async () => {
    const { loose1, loose2 } = await twoCasesAndLoose();
    expect((await unfiledItems()).map((i) => i.record.id)).toEqual([loose2.id, loose1.id]);
  });

  it('files with a new record: the item and its digest are untouched, the chain verifies, the case lists it with the filing time', async () => {
    const { d, a, loose1, inA } = await twoCasesAndLoose();
    const head = (await d.evidence.orderBy('seq').last())!.digest;
    const before = await d.evidence.get(loose1.id);
    const filing = await fileItem(loose1.id, { caseId: a.id }, new Date('2026-12-01T10:00:00Z'));
    expect(filing).toMatchObject({ kind: 'filing', caseId: a.id, filed: { id: loose1.id, digest: loose1.digest }, seq: 4 });
    expect(filing.prevDigest).toBe(head);
    expect(await d.evidence.get(loose1.id)).toEqual(before);
    expect(await verifyLog()).toEqual({ ok: true });
    const items = await caseItems(a.id);
    expect(items.map((i) => i.record.id)).toEqual([loose1.id, inA.id]);
    expect(items[0]!.filedAt).toBe(filing.recordedAt);
    expect((await unfiledItems()).map((i) => i.record.id)).not.toContain(loose1.id);
  });

  it('re-files to another case and back to Unfiled; erasing a filed item keeps the chain whole', async () => {
    const { a, b, loose1, loose2 } = await twoCasesAndLoose();
    await fileItem(loose1.id, { caseId: a.id });
    await fileItem(loose1.id, { caseId: b.id });
    expect((await caseItems(a.id)).map((i) => i.record.id)).not.toContain(loose1.id);
    expect((await caseItems(b.id)).map((i) => i.record.id)).toEqual([loose1.id]);
    await fileItem(loose1.id, { caseId: null });
    expect((await unfiledItems()).map((i) => i.record.id)).toEqual([loose2.id, loose1.id]);
    await fileItem(loose2.id, { caseId: a.id });
    await deleteEvidence(loose2.id);
    expect(await verifyLog()).toEqual({ ok: true });
    expect((await caseItems(a.id)).map((i) => i.record.id)).not.toContain(loose2.id);
    await expect(fileItem(loose2.id, { caseId: b.id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('with every capture in a case nothing is unfiled, until one is filed back to Unfiled', async () => {
    const d = freshDb();
    const a = caseRecord({ title: 'A' });
    await d.cases.add(a);
    const one = await capture(a.id, 'one', 1);
    const two = await capture(a.id, 'two', 2);
    expect(await unfiledItems()).toEqual([]);
    await fileItem(two.id, { caseId: null });
    expect((await unfiledItems()).map((i) => i.record.id)).toEqual([two.id]);
    await fileItem(two.id, { caseId: a.id });
    expect(await unfiledItems()).toEqual([]);
    expect((await caseItems(a.id)).map((i) => i.record.id)).toEqual([two.id, one.id]);
  });

  it('files under a new case made in the same write', async () => {
    const { d, loose1 } = await twoCasesAndLoose();
    const { id: _i, createdAt: _c, updatedMs: _u, searchText: _s, ...input } = caseRecord({ title: 'New' });
    const kase = newCaseRecord(input, new Date());
    await fileItem(loose1.id, { newCase: kase });
    expect(await d.cases.get(kase.id)).toBeDefined();
    expect((await caseItems(kase.id)).map((i) => i.record.id)).toEqual([loose1.id]);
  });

  it('refuses an unknown case and changes nothing', async () => {
    const { d, loose1 } = await twoCasesAndLoose();
    const n = await d.evidence.count();
    await expect(fileItem(loose1.id, { caseId: 'nope' })).rejects.toMatchObject({ code: 'unknown-case' });
    expect(await d.evidence.count()).toBe(n);
  });

  it("puts a filed capture in the case's bundle, which passes every import check and says when it was filed", async () => {
    const { a, loose1 } = await twoCasesAndLoose();
    await fileItem(loose1.id, { caseId: a.id }, new Date('2026-12-01T10:00:00Z'));
    const zip = await exportCase(a.id);
    const files = unzipSync(zip);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    const ids = manifest.evidence.map((e: { id: string }) => e.id);
    expect(ids).toContain(loose1.id);
    expect(Object.keys(files).some((p) => p.startsWith(`evidence/${loose1.seq}-${loose1.id}/screenshot.png`))).toBe(true);
    const read = await readBundleFile(zip, null);
    expect(read.check.problems).toEqual([]);
    expect(read.check.items.flatMap((i) => i.flags)).toEqual([]);
    const report = new TextDecoder().decode(files['report.html']);
    expect(report).toContain('Filed here on 2026-12-01');
  });
});
