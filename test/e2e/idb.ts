/**
 * An extension page of either driver (Playwright in Chromium, puppeteer in Firefox): both run a
 * function with one serialisable argument in the page.
 */
export interface Page {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/**
 * Read and tamper with the extension's IndexedDB from one of its own pages (page.evaluate runs
 * in the extension origin). Raw IndexedDB, not Dexie: the test sees exactly what is stored.
 */
interface StoredArtifact {
  name: string;
  type: string;
  size: number;
  sha256: string;
  blobId: string;
}
export interface StoredRecord {
  id: string;
  seq: number;
  caseId: string | null;
  kind: 'capture' | 'tombstone';
  digest: string;
  prevDigest: string;
  meta: {
    url: string;
    title: string;
    capturedAt: string;
    viewport: { width: number; height: number; devicePixelRatio: number };
    snapshot?: unknown;
  } | null;
  artifacts: StoredArtifact[];
  deleted?: { id: string };
}
export interface Counts {
  cases: number;
  evidence: number;
  events: number;
  blobs: number;
}

type Op =
  | { kind: 'counts' }
  | { kind: 'records' }
  | { kind: 'imports' }
  | { kind: 'blob'; id: string }
  | { kind: 'base64'; id: string }
  | { kind: 'flip'; id: string; at: number }
  | { kind: 'set-title'; id: string; title: string }
  | { kind: 'inject-html'; id: string; html: string }
  | { kind: 'case'; id: string }
  | { kind: 'cases' };

/** One operation on the database `wallet-witness`, run inside an extension page. */
function run<T>(page: Page, op: Op): Promise<T> {
  return page.evaluate(async (op) => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('wallet-witness');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const done = <R>(req: IDBRequest<R>) =>
      new Promise<R>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const hex = async (b: Blob) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', await b.arrayBuffer()))]
        .map((x) => x.toString(16).padStart(2, '0'))
        .join('');
    const db = await open();
    try {
      const store = (name: string, mode: IDBTransactionMode = 'readonly') => db.transaction(name, mode).objectStore(name);
      if (op.kind === 'counts') {
        const n = async (s: string) => done(store(s).count());
        return { cases: await n('cases'), evidence: await n('evidence'), events: await n('events'), blobs: await n('blobs') };
      }
      if (op.kind === 'imports') return done(store('imports').getAll());
      if (op.kind === 'records') return ((await done(store('evidence').getAll())) as { seq: number }[]).sort((a, b) => a.seq - b.seq);
      if (op.kind === 'blob') {
        const row = (await done(store('blobs').get(op.id))) as { blob: Blob } | undefined;
        if (!row) return null;
        const bytes = new Uint8Array(await row.blob.arrayBuffer());
        return {
          size: bytes.length,
          sha256: await hex(row.blob),
          type: row.blob.type,
          head: new TextDecoder().decode(bytes.subarray(0, 4096)),
        };
      }
      if (op.kind === 'base64') {
        const row = (await done(store('blobs').get(op.id))) as { blob: Blob };
        const bytes = new Uint8Array(await row.blob.arrayBuffer());
        let bin = '';
        for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(bin);
      }
      if (op.kind === 'flip') {
        const row = (await done(store('blobs').get(op.id))) as { id: string; blob: Blob };
        const bytes = new Uint8Array(await row.blob.arrayBuffer());
        bytes[op.at]! ^= 0x01;
        await done(store('blobs', 'readwrite').put({ id: op.id, blob: new Blob([bytes], { type: row.blob.type }) }));
        return true;
      }
      if (op.kind === 'case') return (await done(store('cases').get(op.id))) ?? null;
      if (op.kind === 'cases') return done(store('cases').getAll());
      if (op.kind === 'inject-html') {
        await done(store('blobs', 'readwrite').put({ id: op.id, blob: new Blob([op.html], { type: 'text/html' }) }));
        return true;
      }
      const rec = (await done(store('evidence').get(op.id))) as { meta: { title: string } };
      rec.meta.title = op.title;
      await done(store('evidence', 'readwrite').put(rec));
      return true;
    } finally {
      db.close();
    }
  }, op) as Promise<T>;
}

export const counts = (page: Page) => run<Counts>(page, { kind: 'counts' });
export const records = (page: Page) => run<StoredRecord[]>(page, { kind: 'records' });
/** Imported bundles (kept apart from the log): file name, verdict and records as the bundle holds them. */
export interface StoredImport {
  id: string;
  caseId: string;
  fileName: string;
  signature: { state: string; fingerprint?: string };
  records: (StoredRecord & { flags: { kind: string }[] })[];
}
export const imports = (page: Page) => run<StoredImport[]>(page, { kind: 'imports' });
export const blobInfo = (page: Page, id: string) =>
  run<{ size: number; sha256: string; type: string; head: string } | null>(page, { kind: 'blob', id });
export const blobBytes = async (page: Page, id: string) => Buffer.from(await run<string>(page, { kind: 'base64', id }), 'base64');
/** Flip the lowest bit of one byte of a stored blob. */
export const flipBlobByte = (page: Page, id: string, at: number) => run<boolean>(page, { kind: 'flip', id, at });
export const setStoredTitle = (page: Page, id: string, title: string) => run<boolean>(page, { kind: 'set-title', id, title });
export const storedCase = (page: Page, id: string) => run<Record<string, unknown> | null>(page, { kind: 'case', id });
export const allCases = (page: Page) => run<Record<string, unknown>[]>(page, { kind: 'cases' });
export const replaceBlobWithHtml = (page: Page, id: string, html: string) => run<boolean>(page, { kind: 'inject-html', id, html });

/** Decode a stored PNG in the page: its size and the RGB colour at each (x, y). */
export function pngPixels(
  page: Page,
  blobId: string,
  points: [number, number][],
): Promise<{ width: number; height: number; rgb: number[][] }> {
  return page.evaluate(
    async ({ blobId, points }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('wallet-witness');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const row = await new Promise<{ blob: Blob }>((resolve, reject) => {
        const req = db.transaction('blobs').objectStore('blobs').get(blobId);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      const bitmap = await createImageBitmap(row.blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const rgb = points.map(([x, y]) => [...ctx.getImageData(x, y, 1, 1).data.subarray(0, 3)]);
      return { width: bitmap.width, height: bitmap.height, rgb };
    },
    { blobId, points },
  );
}

/** Change fields of a stored case straight in IndexedDB (e.g. to move its dates), from an extension page. */
export function patchCase(page: Page, id: string, patch: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    async ({ id, patch }) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('wallet-witness');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const tx = db.transaction('cases', 'readwrite');
      const store = tx.objectStore('cases');
      const c = await new Promise<Record<string, unknown>>((res) => {
        const g = store.get(id);
        g.onsuccess = () => res(g.result);
      });
      store.put({ ...c, ...patch });
      await new Promise((res) => {
        tx.oncomplete = res;
      });
      db.close();
    },
    { id, patch },
  );
}
