import type { ParsedBackup } from './backup-read';
import { ArchiveError, type ArchiveErrorData, isArchiveErrorCode } from './errors';
import type { ReadBundle } from './read-file';

export type ReadRequest = { kind: 'bundle'; localFingerprint: string | null } | { kind: 'backup'; dbVersion: number };
export type ReadReply =
  | { ok: true; kind: 'bundle'; value: ReadBundle }
  | { ok: true; kind: 'backup'; value: ParsedBackup }
  | { ok: false; error: ArchiveErrorData };

/** How long reading one file may take before the worker is stopped (the README states it). */
const READ_BUDGET_MS = 120_000;

/** The reading worker (Vite bundles it as its own file because of this exact form). */
const spawnReader = () => new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });

type Result<K> = K extends 'bundle' ? ReadBundle : ParsedBackup;

/**
 * Read and check `file` in a worker: the page's main thread does none of the unpacking,
 * hashing or parsing, so it keeps answering clicks. The worker is stopped when it answers or
 * when the time budget runs out (then the read is refused with `timeout`).
 */
export function readOffThread<R extends ReadRequest>(
  file: Blob,
  request: R,
  opts: { budgetMs?: number; spawn?: () => Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'> } = {},
): Promise<Result<R['kind']>> {
  const budget = opts.budgetMs ?? READ_BUDGET_MS;
  const worker = (opts.spawn ?? spawnReader)();
  return new Promise((resolve, reject) => {
    const done = (fn: () => void) => {
      clearTimeout(timer);
      worker.terminate();
      fn();
    };
    const timer = setTimeout(() => done(() => reject(new ArchiveError('timeout', `over ${budget / 1000} s`))), budget);
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const r = event.data;
      if (r.ok && r.kind === request.kind) done(() => resolve(r.value as Result<R['kind']>));
      else if (!r.ok && isArchiveErrorCode(r.error.code)) done(() => reject(new ArchiveError(r.error.code, r.error.detail)));
      else done(() => reject(new ArchiveError('failed', 'unexpected answer from the reading worker')));
    };
    worker.onerror = (event: ErrorEvent) => done(() => reject(new ArchiveError('failed', event.message || 'the reading worker failed')));
    worker.postMessage({ file, request });
  });
}
