// Bundled by esbuild into an IIFE and evaluated in an extension page of the built extension (its
// origin, its IndexedDB): seeds the history and times evidence writes through the repositories
// against raw IndexedDB. Exposes `globalThis.__wwDb`.
import { db, setDb, WitnessDB } from '../../lib/db';
import { searchTextOf } from '../../lib/db/cases';
import { addCapture } from '../../lib/db/evidence';
import type { CaseRecord, CaseStatus, EvidenceMeta, EvidenceRecord } from '../../lib/db/types';
import { linkRecords, type RecordDraft } from '../../lib/evidence/chain';
import { sha256Hex } from '../../lib/evidence/hash';
import { SITES } from '../../lib/sites';
import { rawBlock, rawDb } from './page-db-raw';

const STATUSES: CaseStatus[] = ['draft', 'filed', 'awaiting-reply', 'escalated', 'resolved', 'closed'];
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');

function meta(i: number, url = `https://www.paypal.com/myaccount/activity/details/BENCH${i}`): EvidenceMeta {
  return {
    url,
    title: `Activity details ${i} - PayPal`,
    capturedAt: iso(Date.now()),
    timeZone: 'UTC',
    viewport: { width: 1200, height: 800, devicePixelRatio: 1 },
    userAgent: 'bench',
    extensionVersion: '0.0.0',
    detection: { kind: 'failed-transaction', siteId: 'paypal', transaction: { reason: 'unknown', id: `TX${i}` }, signals: ['bench'] },
    note: '',
  };
}

const tiny = (i: number, type: string) => new Blob([`${type} ${i} `.repeat(16)], { type });
/** The same content as bytes: what a capture hands to addCapture (it has the bytes in hand). */
const tinyBytes = (i: number, type: string) => new TextEncoder().encode(`${type} ${i} `.repeat(16));

/** `cases` cases with `perCase` captures each (events and blobs too), through Dexie bulkAdd. */
async function seed(cases: number, perCase: number): Promise<{ cases: number; evidence: number; ms: number }> {
  const t0 = performance.now();
  const d = db();
  const now = Date.now();
  const sha = await sha256Hex(await tiny(0, 'image/png').arrayBuffer());
  let tail = await d.evidence.orderBy('seq').last();
  let written = 0;
  for (let c0 = 0; c0 < cases; c0 += 100) {
    const rows: CaseRecord[] = [];
    const drafts: RecordDraft[] = [];
    const blobs: { id: string; blob: Blob }[] = [];
    for (let c = c0; c < Math.min(cases, c0 + 100); c++) {
      const site = SITES[c % SITES.length]!;
      const base = {
        provider: site.names.en,
        title: `${site.names.en}: payment ${c} failed`,
        transactions: [{ id: `TX${c}`, amount: `${(c % 900) + 10}.00`, currency: 'USD', reason: 'unknown' as const }],
        contacts: [{ channel: 'email' as const, reference: `REF-${c}`, at: iso(now - c * DAY) }],
      };
      const id = crypto.randomUUID();
      rows.push({
        ...base,
        id,
        siteId: site.id,
        situation: 'failed-transfer',
        remedy: 'refund',
        region: 'US',
        status: STATUSES[c % STATUSES.length]!,
        createdAt: iso(now - c * DAY),
        updatedMs: now - c * 60_000,
        lastContactAt: iso(now - c * DAY),
        nextFollowUpAt: iso(now + (c % 30) * DAY),
        escalationDueAt: iso(now + (c % 60) * DAY),
        searchText: searchTextOf(base),
      });
      for (let k = 0; k < perCase; k++) {
        const n = c * perCase + k;
        const arts = ['screenshot.png', 'page.html', 'thumbnail.png'].map((name) => ({
          name,
          type: name.endsWith('html') ? 'text/html' : 'image/png',
          size: 272,
          sha256: sha,
          blobId: crypto.randomUUID(),
        }));
        for (const a of arts) blobs.push({ id: a.blobId, blob: tiny(n, a.type) });
        drafts.push({ id: crypto.randomUUID(), caseId: id, kind: 'capture', meta: meta(n), artifacts: arts, recordedAt: iso(now) });
      }
    }
    const records: EvidenceRecord[] = await linkRecords(tail, drafts);
    tail = records[records.length - 1] ?? tail;
    const events = records.map((r) => ({ caseId: r.caseId!, type: 'evidence' as const, at: r.recordedAt, atMs: now, text: r.meta!.title }));
    await d.transaction('rw', [d.cases, d.evidence, d.blobs, d.events], async () => {
      await d.cases.bulkAdd(rows);
      await d.events.bulkAdd([...rows.map((r) => ({ caseId: r.id, type: 'created' as const, at: r.createdAt, atMs: now })), ...events]);
      await d.evidence.bulkAdd(records);
      await d.blobs.bulkAdd(blobs);
    });
    written += records.length;
  }
  return { cases: await d.cases.count(), evidence: written, ms: performance.now() - t0 };
}

/**
 * `rounds` × `rows` evidence rows (2 tiny artifacts each, handed over as bytes as the capture
 * pipeline does) through addCapture, and the same rows
 * written with raw IndexedDB (same schema, one rw transaction per row), in interleaved blocks.
 */
async function storage(
  rows: number,
  block: number,
  rounds: number,
): Promise<{ repo: number[]; raw: number[]; repoBlocks: number[]; rawBlocks: number[] }> {
  const repo: number[] = [];
  const raw: number[] = [];
  const repoBlocks: number[] = [];
  const rawBlocks: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const name = `ww-bench-${Date.now()}-${r}`;
    setDb(new WitnessDB(`${name}-repo`));
    const idb = await rawDb(`${name}-raw`);
    let repoMs = 0;
    let rawMs = 0;
    for (let b = 0; b < rows; b += block) {
      const runRepo = async () => {
        const t0 = performance.now();
        for (let i = b; i < b + block; i++)
          await addCapture({
            caseId: null,
            meta: meta(i),
            artifacts: [
              { name: 'screenshot.png', type: 'image/png', blob: tinyBytes(i, 'image/png') },
              { name: 'page.html', type: 'text/html', blob: tinyBytes(i, 'text/html') },
            ],
          });
        repoBlocks.push(performance.now() - t0);
        repoMs += performance.now() - t0;
      };
      const runRaw = async () => {
        const t = await rawBlock(idb, b, block, meta, tiny);
        rawBlocks.push(t);
        rawMs += t;
      };
      if ((b / block) % 2) {
        await runRaw();
        await runRepo();
      } else {
        await runRepo();
        await runRaw();
      }
    }
    repo.push(repoMs);
    raw.push(rawMs);
    db().close();
    idb.close();
    await Promise.all(
      [`${name}-repo`, `${name}-raw`].map(
        (n) =>
          new Promise((res) => {
            const q = indexedDB.deleteDatabase(n);
            q.onsuccess = q.onerror = q.onblocked = res;
          }),
      ),
    );
  }
  setDb(new WitnessDB());
  return { repo, raw, repoBlocks, rawBlocks };
}

const api = { seed, storage, count: async () => ({ cases: await db().cases.count(), evidence: await db().evidence.count() }) };
(globalThis as unknown as { __wwDb: typeof api }).__wwDb = api;
export type PageDb = typeof api;
