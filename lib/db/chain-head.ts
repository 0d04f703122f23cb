import { db } from './index';

/** The newest record of this browser's evidence log: its digest fixes every record before it. */
export interface ChainHead {
  seq: number;
  digest: string;
}

/** The log's head now, or null while the log is empty. */
export async function chainHead(): Promise<ChainHead | null> {
  const last = await db().evidence.orderBy('seq').last();
  return last ? { seq: last.seq, digest: last.digest } : null;
}
