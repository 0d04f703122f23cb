// The reading worker: unpacks and checks a bundle or backup off the page's main thread, so the
// dashboard keeps answering while a large file is read. Started by read-off-thread.ts.
import { ArchiveError } from './errors';
import { readBackupFile, readBundleFile } from './read-file';
import type { ReadReply, ReadRequest } from './read-off-thread';

const reply = (message: ReadReply) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<{ file: Blob; request: ReadRequest }>) => {
  const { file, request } = event.data;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (request.kind === 'bundle') {
      reply({ ok: true, kind: 'bundle', value: await readBundleFile(bytes, request.localFingerprint) });
    } else {
      reply({ ok: true, kind: 'backup', value: await readBackupFile(bytes, request.dbVersion) });
    }
  } catch (err) {
    const e = err instanceof ArchiveError ? err : new ArchiveError('failed', err instanceof Error ? err.message : String(err));
    reply({ ok: false, error: { code: e.code, detail: e.detail } });
  }
};
