// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setDb, WitnessDB } from '../../../lib/db';
import { newCaseRecord } from '../../../lib/cases/new-case';
import type { NewCase } from '../../../lib/db/cases';
import { addCapture, deleteEvidence, verifyLog } from '../../../lib/db/evidence';
import type { EvidenceRecord } from '../../../lib/db/types';
import { caseRecord, meta, png } from './helpers';

// The popup, the dashboard and the service worker each hold their own connection to the one
// database and append to the one log: here each "context" is a WitnessDB instance on the same
// fake IndexedDB, and the operations start in an order and with delays fast-check chooses.

type Op =
  | { kind: 'capture'; ctx: number; delay: number; filing: 'case' | 'unfiled' | 'new-case' }
  | { kind: 'delete'; ctx: number; delay: number; target: number };

const CONTEXTS = 3;
const SEEDED = 3;
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('capture' as const),
    ctx: fc.nat(CONTEXTS - 1),
    delay: fc.nat(6),
    filing: fc.constantFrom('case' as const, 'unfiled' as const, 'new-case' as const),
  }),
  fc.record({ kind: fc.constant('delete' as const), ctx: fc.nat(CONTEXTS - 1), delay: fc.nat(6), target: fc.nat(SEEDED - 1) }),
);

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

/** Yield to the event loop `n` times (fake-indexeddb answers requests on later turns). */
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
}

describe('concurrent appends', () => {
  it('any interleaving of captures and deletions from several contexts yields one valid, gapless chain', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 2, maxLength: 9 }), async (ops) => {
        const name = `test-${crypto.randomUUID()}`;
        const contexts = Array.from({ length: CONTEXTS }, () => new WitnessDB(name));
        const kase = caseRecord();
        await contexts[0]!.cases.add(kase);
        setDb(contexts[0]!);
        const seeded: EvidenceRecord[] = [];
        for (let i = 0; i < SEEDED; i++) {
          seeded.push(await addCapture({ caseId: i % 2 ? null : kase.id, meta: meta({ title: `seed ${i}` }), artifacts: art(i) }));
        }

        const outcomes = await Promise.allSettled(
          ops.map(async (o, i) => {
            await turns(o.delay);
            // Each repository call takes its context's database as it starts, like a page does.
            setDb(contexts[o.ctx]!);
            if (o.kind === 'delete') return deleteEvidence(seeded[o.target]!.id);
            return addCapture({
              caseId: o.filing === 'case' ? kase.id : null,
              newCase: o.filing === 'new-case' ? newCaseRecord(newCase, new Date()) : undefined,
              meta: meta({ title: `op ${i}` }),
              artifacts: art(100 + i),
            });
          }),
        );

        setDb(contexts[0]!);
        expect(await verifyLog()).toEqual({ ok: true });
        const log = await contexts[0]!.evidence.orderBy('seq').toArray();
        const written = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
        expect(log.map((r) => r.seq)).toEqual(log.map((_, i) => i + 1));
        expect(log).toHaveLength(SEEDED + written.length);
        for (const rec of written) expect(log.find((r) => r.id === rec.id)).toEqual(rec);

        // Every capture succeeds; of the deletions of one capture exactly one does, the others
        // are told it is already deleted.
        ops.forEach((o, i) => {
          const outcome = outcomes[i]!;
          if (o.kind === 'capture') expect(outcome.status).toBe('fulfilled');
          else if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ code: 'already-deleted' });
        });
        for (const [t, target] of seeded.entries()) {
          const asked = ops.some((o) => o.kind === 'delete' && o.target === t);
          expect(log.filter((r) => r.deleted?.id === target.id)).toHaveLength(asked ? 1 : 0);
        }
        const started = ops.filter((o) => o.kind === 'capture' && o.filing === 'new-case').length;
        expect(await contexts[0]!.cases.count()).toBe(1 + started);
        for (const c of contexts) c.close();
      }),
      { numRuns: 40 },
    );
  });
});

function art(seed: number) {
  return [{ name: 'screenshot.png', type: 'image/png', blob: png(seed % 250) }];
}
