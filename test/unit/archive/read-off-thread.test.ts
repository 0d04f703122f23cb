import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../lib/archive/errors';
import { readOffThread, type ReadReply } from '../../../lib/archive/read-off-thread';

/** A stand-in for the reading worker: answers (or not) as the test says, and records being stopped. */
function fakeWorker(answer?: (post: (r: ReadReply) => void) => void) {
  const w = {
    onmessage: null as ((e: MessageEvent<ReadReply>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    terminated: 0,
    posted: [] as unknown[],
    postMessage(m: unknown) {
      w.posted.push(m);
      answer?.((r) => w.onmessage?.({ data: r } as MessageEvent<ReadReply>));
    },
    terminate() {
      w.terminated++;
    },
  };
  return w;
}
const file = new Blob(['PK']);

describe('readOffThread: the file is read in a worker with a time budget', () => {
  it('stops a worker that runs past its budget and refuses with "timeout"', async () => {
    const w = fakeWorker();
    const err = await readOffThread(file, { kind: 'bundle', localFingerprint: null }, { budgetMs: 30, spawn: () => w as never }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ArchiveError);
    expect(err).toMatchObject({ code: 'timeout' });
    expect(w.terminated).toBe(1);
    expect(w.posted).toEqual([{ file, request: { kind: 'bundle', localFingerprint: null } }]);
  });

  it('passes a refusal on as the same ArchiveError, and stops the worker', async () => {
    const w = fakeWorker((post) => post({ ok: false, error: { code: 'overlap', detail: 'b.txt' } }));
    const err = await readOffThread(file, { kind: 'backup', dbVersion: 2 }, { spawn: () => w as never }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'ArchiveError', code: 'overlap', detail: 'b.txt' });
    expect(w.terminated).toBe(1);
  });

  it('does not trust an answer of the wrong kind or an unknown code', async () => {
    const wrong = fakeWorker((post) => post({ ok: true, kind: 'backup', value: {} as never }));
    await expect(readOffThread(file, { kind: 'bundle', localFingerprint: null }, { spawn: () => wrong as never })).rejects.toMatchObject({
      code: 'failed',
    });
    const odd = fakeWorker((post) => post({ ok: false, error: { code: '__proto__' as never } }));
    await expect(readOffThread(file, { kind: 'bundle', localFingerprint: null }, { spawn: () => odd as never })).rejects.toMatchObject({
      code: 'failed',
    });
  });

  it('resolves with what the worker read', async () => {
    const value = { check: {}, files: new Map() } as never;
    const w = fakeWorker((post) => post({ ok: true, kind: 'bundle', value }));
    await expect(readOffThread(file, { kind: 'bundle', localFingerprint: null }, { spawn: () => w as never })).resolves.toBe(value);
    expect(w.terminated).toBe(1);
  });
});
