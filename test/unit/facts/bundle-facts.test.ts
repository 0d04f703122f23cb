// @vitest-environment node
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { manifestSchema } from '@/lib/archive/bundle-schema';
import { readBundleFile } from '@/lib/archive/read-file';
import { createCase } from '@/lib/cases/new-case';
import { addCapture, evidenceForCase } from '@/lib/db/evidence';
import { installFingerprint } from '@/lib/db/keys';
import { caseFacts } from '@/lib/facts/case-facts';
import type { Fact } from '@/lib/facts/types';
import { exportCase, repack } from '../evidence/bundle-helpers';
import { freshDb, html, meta, png, newCaseInput } from '../evidence/helpers';

const FACTS: Fact[] = [
  {
    type: 'transaction-id',
    value: '0x4e3a3754410177e6937ef1f84bba68ea139e8d1a2258c5f85db9f1cd715a1bdd',
    network: 'evm',
    where: 'Transaction Hash',
  },
  { type: 'address', value: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', network: 'evm', valid: false, where: 'To' },
  { type: 'amount', value: '0.5', currency: 'ETH', where: 'Value' },
];

async function caseWithFacts() {
  freshDb();
  const input = newCaseInput({ title: 'Failed swap' });
  const kase = await createCase(input, new Date('2026-11-26T03:00:00Z'));
  const files = (n: number) => [
    { name: 'screenshot.png', type: 'image/png', blob: png(n) },
    { name: 'page.html', type: 'text/html', blob: html(`p${n}`) },
  ];
  const a = await addCapture({ caseId: kase.id, meta: { ...meta({ title: 'tx page' }), facts: FACTS }, artifacts: files(1) });
  const b = await addCapture({ caseId: kase.id, meta: { ...meta({ title: 'again' }), facts: [FACTS[1]!] }, artifacts: files(2) });
  // A record from before facts existed.
  const c = await addCapture({ caseId: kase.id, meta: meta({ title: 'old' }), artifacts: files(3) });
  return { kase, a, b, c };
}

describe('facts in the case and the bundle', () => {
  it('each manifest item carries its facts (old records: none); the bundle still verifies', async () => {
    const { kase, a, b, c } = await caseWithFacts();
    const bytes = await exportCase(kase.id);
    const manifest = manifestSchema.parse(JSON.parse(strFromU8(unzipSync(bytes)['manifest.json']!)));
    const byId = new Map(manifest.evidence.map((e) => [e.id, e]));
    expect(byId.get(a.id)!.facts).toEqual(FACTS);
    expect(byId.get(b.id)!.facts).toEqual([FACTS[1]]);
    expect(byId.get(c.id)!.facts).toEqual([]);
    const read = await readBundleFile(bytes, await installFingerprint());
    expect(read.check.items.every((i) => i.flags.length === 0)).toBe(true);
    expect(read.check.signature.state).toBe('own');
  });

  it('the case lists each fact once with every capture it came from; facts are covered by the record digest', async () => {
    const { kase, a, b } = await caseWithFacts();
    const facts = caseFacts(await evidenceForCase(kase.id));
    expect(facts.map((f) => [f.type, f.sources.map((s) => s.evidenceId)])).toEqual([
      ['transaction-id', [a.id]],
      ['address', [a.id, b.id]],
      ['amount', [a.id]],
    ]);
    // A changed fact is a changed record: the bundle's item no longer matches its digest.
    const tampered = await repack(
      await exportCase(kase.id),
      (files) => {
        const m = JSON.parse(strFromU8(files['manifest.json']!));
        m.evidence[0].meta.facts[1].valid = true;
        files['manifest.json'] = strToU8(JSON.stringify(m));
      },
      true,
    );
    const read = await readBundleFile(tampered, await installFingerprint());
    expect(read.check.items[0]!.flags).toContainEqual({ kind: 'record-digest' });
  });

  it('a fact that does not fit the schema (a hostile import) is left out of the case view', () => {
    const rec = { id: 'x', seq: 1, caseId: 'k', kind: 'capture', artifacts: [], recordedAt: '', prevDigest: '', digest: '' };
    const meta0 = { ...meta(), facts: [{ type: 'address', value: 'x'.repeat(5000) }, { type: 'evil' }, FACTS[2]] };
    expect(caseFacts([{ ...rec, meta: meta0 } as never]).map((f) => f.type)).toEqual(['amount']);
  });
});
