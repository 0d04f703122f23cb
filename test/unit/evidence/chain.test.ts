// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../../lib/db/types';
import { canonicalJson, GENESIS, linkRecords, recordDigest, verifyChain, type RecordDraft } from '../../../lib/evidence/chain';
import { sha256Hex } from '../../../lib/evidence/hash';
import { meta } from './helpers';

describe('sha256Hex', () => {
  it('hashes text, bytes, views and blobs alike', async () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(await sha256Hex('abc')).toBe(abc);
    expect(await sha256Hex(new TextEncoder().encode('abc').buffer as ArrayBuffer)).toBe(abc);
    expect(await sha256Hex(new TextEncoder().encode('xxabcxx').subarray(2, 5))).toBe(abc);
    expect(await sha256Hex(new Blob(['abc']))).toBe(abc);
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members, no whitespace', () => {
    const a = canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined, x: '中' }], c: null }, u: undefined });
    expect(a).toBe('{"a":{"c":null,"d":[3,{"x":"中","z":1}]},"b":1}');
    expect(canonicalJson({ a: { c: null, d: [3, { z: 1, x: '中' }] }, b: 1 })).toBe(a);
    expect(canonicalJson([undefined, 'a"b\n'])).toBe('[null,"a\\"b\\n"]');
  });
});

const artifact = (sha: string) => ({ name: 'page.html', type: 'text/html', size: 3, sha256: sha, blobId: 'b1' });

async function chainOf(n: number): Promise<EvidenceRecord[]> {
  const sha = await sha256Hex(new Uint8Array([1, 2, 3]));
  const drafts: RecordDraft[] = Array.from({ length: n }, (_, i) => ({
    id: `r${i + 1}`,
    caseId: i % 2 ? 'other' : 'c1',
    kind: 'capture',
    meta: meta({ title: `t${i}` }),
    artifacts: [artifact(sha)],
    recordedAt: '2026-11-26T12:00:00.000+08:00',
  }));
  return linkRecords(undefined, drafts);
}
const blobs = async () => new Uint8Array([1, 2, 3]);

describe('hash chain', () => {
  it('links from the genesis value and covers the fields, not the local blob id', async () => {
    const recs = await chainOf(3);
    expect(recs[0]!.prevDigest).toBe(GENESIS);
    expect(recs[2]!.prevDigest).toBe(recs[1]!.digest);
    const { digest: _d, ...unsigned } = recs[0]!;
    expect(await recordDigest({ ...unsigned, artifacts: [{ ...unsigned.artifacts[0]!, blobId: 'elsewhere' }] })).toBe(recs[0]!.digest);
    expect(await recordDigest({ ...unsigned, caseId: 'c2' })).not.toBe(recs[0]!.digest);
    expect(await verifyChain(recs, blobs)).toEqual({ ok: true });
  });

  it('reports a missing row as a seq gap and a broken link on the record after it', async () => {
    const recs = await chainOf(4);
    const v = await verifyChain([recs[0]!, recs[1]!, recs[3]!], blobs);
    expect(v).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ id: 'r4', seq: 4, problem: 'seq-gap' }),
        expect.objectContaining({ id: 'r4', seq: 4, problem: 'broken-link' }),
      ],
    });
  });

  it('checks a case subset: gaps allowed, neighbours linked, digests recomputed', async () => {
    const recs = await chainOf(5);
    const subset = recs.filter((r) => r.caseId === 'c1');
    expect(await verifyChain(subset, blobs, { contiguous: false })).toEqual({ ok: true });
    const forged = subset.map((r) => (r.id === 'r3' ? { ...r, meta: meta({ title: 'forged' }) } : r));
    expect(await verifyChain(forged, blobs, { contiguous: false })).toMatchObject({
      ok: false,
      problems: [{ id: 'r3', problem: 'digest-mismatch' }],
    });
  });

  it('re-derives the origin digest of imported records', async () => {
    const [orig] = await chainOf(1);
    const { seq, prevDigest, digest, ...rest } = orig!;
    const [local] = await linkRecords({ seq: 41, digest: 'f'.repeat(64) }, [{ ...rest, origin: { seq, prevDigest, digest } }]);
    expect(local!.seq).toBe(42);
    expect(await verifyChain([local!], blobs, { contiguous: false })).toEqual({ ok: true });
    const lied = { ...local!, origin: { ...local!.origin!, digest: 'e'.repeat(64) } };
    lied.digest = await recordDigest(lied);
    expect(await verifyChain([lied], blobs, { contiguous: false })).toMatchObject({
      ok: false,
      problems: [{ id: 'r1', problem: 'digest-mismatch', detail: expect.stringMatching(/origin/) }],
    });
  });
});
