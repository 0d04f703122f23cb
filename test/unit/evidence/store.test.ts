// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type Dexie from 'dexie';
import { addCapture, deleteEvidence, getBlob, evidenceForCase, verifyLog } from '../../../lib/db/evidence';
import type { NewCase } from '../../../lib/db/cases';
import { newCaseRecord } from '../../../lib/cases/new-case';
import { EvidenceStoreError, StorageFullError } from '../../../lib/evidence/errors';
import { GENESIS } from '../../../lib/evidence/chain';
import { sha256Hex } from '../../../lib/evidence/hash';
import { caseRecord, dump, freshDb, html, meta, png } from './helpers';
import { setDb, WitnessDB } from '../../../lib/db';

async function seeded() {
  const d = freshDb();
  const kase = caseRecord();
  await d.cases.add(kase);
  const recs = [];
  for (let i = 1; i <= 3; i++) {
    recs.push(
      await addCapture({
        caseId: kase.id,
        meta: meta({ title: `page ${i}` }),
        artifacts: [
          { name: 'screenshot.png', type: 'image/png', blob: png(i) },
          { name: 'page.html', type: 'text/html', blob: html(`p${i}`) },
        ],
      }),
    );
  }
  return { d, kase, recs };
}

describe('evidence store', () => {
  it('stores a capture with hashed artifacts, links the chain and logs it on the case', async () => {
    const { d, kase, recs } = await seeded();
    expect(recs.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(recs[0]!.prevDigest).toBe(GENESIS);
    expect(recs[1]!.prevDigest).toBe(recs[0]!.digest);
    const a = recs[0]!.artifacts[0]!;
    expect(a.sha256).toBe(await sha256Hex(png(1)));
    expect(await sha256Hex((await getBlob(a.blobId))!)).toBe(a.sha256);
    expect((await d.cases.get(kase.id))!.updatedMs).toBeGreaterThan(1);
    expect(await d.events.where('caseId').equals(kase.id).count()).toBe(3);
    expect(await verifyLog()).toEqual({ ok: true });
    const listed = await evidenceForCase(kase.id);
    expect(listed.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(listed[0]).not.toHaveProperty('blob');
  });

  it('reports a changed blob byte on exactly that record', async () => {
    const { d, recs } = await seeded();
    const ref = recs[1]!.artifacts[1]!;
    const bytes = new Uint8Array(await (await getBlob(ref.blobId))!.arrayBuffer());
    bytes[5]! ^= 1;
    await d.blobs.put({ id: ref.blobId, blob: new Blob([bytes]) });
    const v = await verifyLog();
    expect(v).toMatchObject({ ok: false, problems: [{ id: recs[1]!.id, seq: 2, problem: 'artifact-mismatch' }] });
    expect(!v.ok && v.problems).toHaveLength(1);
  });

  it('reports an edited meta field, and a re-signed edit as a broken link on the next record', async () => {
    const { d, recs } = await seeded();
    await d.evidence.update(recs[0]!.id, { 'meta.url': 'https://example.com/' } as never);
    expect(await verifyLog()).toEqual({ ok: false, problems: [expect.objectContaining({ id: recs[0]!.id, problem: 'digest-mismatch' })] });
    const { recordDigest, contentCommit } = await import('../../../lib/evidence/chain');
    const edited = (await d.evidence.get(recs[0]!.id))!;
    // The digest covers the content's commitment: a forger must re-seal it, then re-hash.
    const resealed = { ...edited, metaCommit: contentCommit(edited, edited.metaSalt!) };
    await d.evidence.put({ ...resealed, digest: recordDigest(resealed) });
    expect(await verifyLog()).toEqual({
      ok: false,
      problems: [expect.objectContaining({ id: recs[1]!.id, seq: 2, problem: 'broken-link' })],
    });
  });

  it('reports reordered records by id', async () => {
    const { d, recs } = await seeded();
    const [, b, c] = recs;
    await d.transaction('rw', d.evidence, async () => {
      await d.evidence.update(b!.id, { seq: 99 });
      await d.evidence.update(c!.id, { seq: 2 });
      await d.evidence.update(b!.id, { seq: 3 });
    });
    const v = await verifyLog();
    expect(v.ok).toBe(false);
    const named = new Set(!v.ok ? v.problems.map((p) => p.id) : []);
    expect(named).toEqual(new Set([b!.id, c!.id]));
  });

  it('deletes with a tombstone: content and blobs gone, digest kept, log still verifies', async () => {
    const { d, kase, recs } = await seeded();
    const tomb = await deleteEvidence(recs[1]!.id);
    expect(tomb).toMatchObject({ seq: 4, kind: 'tombstone', caseId: kase.id, deleted: { id: recs[1]!.id, digest: recs[1]!.digest } });
    const { meta: _m, metaSalt: _s, ...kept } = recs[1]!;
    expect(await d.evidence.get(recs[1]!.id)).toEqual({ ...kept, meta: null });
    for (const a of recs[1]!.artifacts) expect(await getBlob(a.blobId)).toBeUndefined();
    expect(await verifyLog()).toEqual({ ok: true });
    expect((await evidenceForCase(kase.id)).map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    await expect(deleteEvidence(recs[1]!.id)).rejects.toMatchObject({ code: 'already-deleted' });
    await expect(deleteEvidence('nope')).rejects.toMatchObject({ code: 'not-found' });
    // A blob missing WITHOUT a tombstone is still reported.
    await d.blobs.delete(recs[2]!.artifacts[0]!.blobId);
    expect(await verifyLog()).toMatchObject({ ok: false, problems: [{ id: recs[2]!.id, problem: 'missing-artifact' }] });
  });

  it('rolls the whole capture back when storage is full', async () => {
    const { d, kase } = await seeded();
    const before = await dump(d);
    quotaOnBlobs(d);
    const err = await addCapture({
      caseId: kase.id,
      meta: meta(),
      artifacts: [{ name: 'screenshot.png', type: 'image/png', blob: png(9) }],
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as Error).message).toMatch(/storage is full.*nothing was saved/i);
    expect(await dump(d)).toEqual(before);
  });

  it('starts a complaint with its first capture in one transaction: storage full leaves neither', async () => {
    const { d } = await seeded();
    const newCase: NewCase = {
      siteId: 'paypal',
      provider: 'PayPal',
      title: 'Declined',
      situation: 'failed-transfer',
      transactions: [],
      remedy: 'refund',
      region: 'US',
      status: 'draft',
    };
    const before = await dump(d);
    quotaOnBlobs(d);
    await expect(
      addCapture({
        caseId: null,
        newCase: newCaseRecord(newCase, new Date()),
        meta: meta(),
        artifacts: [{ name: 'screenshot.png', type: 'image/png', blob: png(7) }],
      }),
    ).rejects.toBeInstanceOf(StorageFullError);
    expect(await dump(d)).toEqual(before);
  });

  it('files a capture that starts a complaint under it, with the complaint logged as created', async () => {
    const d = freshDb();
    const newCase: NewCase = {
      siteId: 'paypal',
      provider: 'PayPal',
      title: 'Declined',
      situation: 'failed-transfer',
      transactions: [{ id: '9XK12' }],
      remedy: 'refund',
      region: 'US',
      status: 'draft',
    };
    const rec = await addCapture({
      caseId: null,
      newCase: newCaseRecord(newCase, new Date()),
      meta: meta(),
      artifacts: [{ name: 'screenshot.png', type: 'image/png', blob: png(7) }],
    });
    const kase = (await d.cases.get(rec.caseId!))!;
    expect(kase).toMatchObject({ provider: 'PayPal', contacts: [], searchText: 'paypal declined 9xk12' });
    expect((await d.events.where('caseId').equals(kase.id).toArray()).map((e) => e.type)).toEqual(['created', 'evidence']);
    expect(await verifyLog()).toEqual({ ok: true });
  });

  it('refuses an unknown case or a bad artifact name, writing nothing', async () => {
    const { d } = await seeded();
    const before = await dump(d);
    await expect(addCapture({ caseId: 'missing', meta: meta(), artifacts: [] })).rejects.toMatchObject({ code: 'unknown-case' });
    await expect(
      addCapture({ caseId: null, meta: meta(), artifacts: [{ name: '../x', type: 'text/plain', blob: html('') }] }),
    ).rejects.toBeInstanceOf(EvidenceStoreError);
    expect(await dump(d)).toEqual(before);
  });

  it('files under a case another context edits meanwhile: the edit stays, the activity time moves; a deleted case is refused', async () => {
    const { d, kase } = await seeded();
    const other = new WitnessDB(d.name);
    const art = (i: number) => [{ name: 'screenshot.png', type: 'image/png', blob: png(i) }];
    const t1 = new Date(Date.now() + 60_000);
    const [rec] = await Promise.all([
      addCapture({ caseId: kase.id, meta: meta({ title: 'during edit' }), artifacts: art(8) }, t1),
      other.cases.update(kase.id, { title: 'Edited in the dashboard', status: 'escalated' }),
    ]);
    expect(await d.cases.get(kase.id)).toMatchObject({ title: 'Edited in the dashboard', status: 'escalated', updatedMs: t1.getTime() });
    expect(rec.caseId).toBe(kase.id);
    expect(
      await d.events
        .where('caseId')
        .equals(kase.id)
        .filter((e) => e.text === 'during edit')
        .count(),
    ).toBe(1);

    await other.cases.delete(kase.id);
    const before = await dump(d);
    await expect(addCapture({ caseId: kase.id, meta: meta(), artifacts: art(9) })).rejects.toMatchObject({ code: 'unknown-case' });
    expect(await dump(d)).toEqual(before);
    expect(await verifyLog()).toEqual({ ok: true });
  });

  it('keeps one gapless chain under concurrent captures', async () => {
    const d = freshDb();
    const kase = caseRecord();
    await d.cases.add(kase);
    const at = new Date('2026-11-26T04:00:00Z');
    const recs = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        addCapture(
          {
            caseId: i % 2 ? kase.id : null,
            meta: meta({ title: `c${i}` }),
            artifacts: [{ name: 'a.png', type: 'image/png', blob: png(i) }],
          },
          at,
        ),
      ),
    );
    expect(recs.map((r) => r.seq).sort()).toEqual([1, 2, 3, 4]);
    expect(await verifyLog()).toEqual({ ok: true });
  });

  it('links after appends made by another context (popup, dashboard, worker share one database)', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const mine = new WitnessDB(name);
    const other = new WitnessDB(name);
    const add = (d: WitnessDB, i: number, bytes = false) => {
      setDb(d);
      return addCapture({
        caseId: null,
        meta: meta({ title: `x${i}` }),
        artifacts: [{ name: 'a.png', type: 'image/png', blob: bytes ? new Uint8Array([i, 1, 2]) : png(i) }],
      });
    };
    await add(mine, 1);
    await add(other, 2);
    await add(other, 3, true);
    const r4 = await add(mine, 4, true); // this context last wrote seq 1: it must link after seq 3
    expect(r4.seq).toBe(4);
    await other.evidence.clear(); // a restore elsewhere emptied the log
    expect((await add(mine, 5)).seq).toBe(1);
    setDb(mine);
    expect(await verifyLog()).toEqual({ ok: true });
    expect(r4.artifacts[0]!.sha256).toBe(await sha256Hex(new Uint8Array([4, 1, 2])));
  });
});

/** Make every write to the blobs table fail as a full disk does (DBCore middleware). */
function quotaOnBlobs(d: Dexie): void {
  d.close({ disableAutoOpen: false });
  d.use({
    stack: 'dbcore',
    name: 'quota',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'blobs') return table;
        return { ...table, mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) };
      },
    }),
  });
}
