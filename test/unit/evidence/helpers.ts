import { setDb, WitnessDB } from '../../../lib/db';
import type { CaseRecord, EvidenceMeta } from '../../../lib/db/types';
import { sha256Hex } from '../../../lib/evidence/hash';

/** A fresh, empty database for one test. */
export function freshDb(): WitnessDB {
  const d = new WitnessDB(`test-${crypto.randomUUID()}`);
  setDb(d);
  return d;
}

export function meta(over: Partial<EvidenceMeta> = {}): EvidenceMeta {
  return {
    url: 'https://www.paypal.com/myaccount/transactions/details/9XK12',
    title: 'Payment declined',
    capturedAt: '2026-11-26T12:00:00.000+08:00',
    timeZone: 'Asia/Shanghai',
    viewport: { width: 1280, height: 800, devicePixelRatio: 2 },
    userAgent: 'test',
    extensionVersion: '0.1.0',
    detection: { kind: 'failed-transaction', siteId: 'paypal', transaction: { reason: 'insufficient-funds' }, signals: ['declined'] },
    note: '',
    ...over,
  };
}

export function caseRecord(over: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: crypto.randomUUID(),
    siteId: 'paypal',
    provider: 'PayPal',
    title: 'Declined payment to shop',
    situation: 'failed-transfer',
    transactions: [{ id: '9XK12', amount: '1280.00', currency: 'CNY' }],
    remedy: 'refund',
    region: 'CN',
    status: 'draft',
    contacts: [],
    createdAt: '2026-11-26T11:00:00.000+08:00',
    updatedMs: 1,
    searchText: 'paypal',
    ...over,
  };
}

/** A case as createCase takes it: caseRecord without what the store fills in. */
export function newCaseInput(over: Partial<CaseRecord> = {}) {
  const { id: _i, createdAt: _c, updatedMs: _u, searchText: _s, contacts: _x, ...input } = caseRecord(over);
  return input;
}

export const png = (seed: number) => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, seed, seed + 1, seed + 2])], { type: 'image/png' });
export const html = (text: string) => new Blob([`<!DOCTYPE html><p>${text}</p>`], { type: 'text/html' });

/** Everything in the database, blobs as digests: compare before/after to prove nothing changed. */
export async function dump(d: WitnessDB) {
  const blobs = await d.blobs.toArray();
  return {
    cases: await d.cases.toArray(),
    evidence: await d.evidence.orderBy('seq').toArray(),
    events: await d.events.toArray(),
    blobs: await Promise.all(blobs.map(async (b) => ({ id: b.id, sha: await sha256Hex(b.blob) }))),
  };
}
