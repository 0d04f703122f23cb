import type { EvidenceRecord } from '../db/types';
import { factSchema } from './schema';
import type { Fact } from './types';

/** A fact of a case with the evidence items it was read from (in log order). */
export interface CaseFact extends Fact {
  sources: { evidenceId: string; seq: number; title: string }[];
}

const key = (f: Fact) => `${f.type}\u0000${f.value}\u0000${f.currency ?? ''}`;

/**
 * The facts of a case's evidence, one per type and value, each naming every capture it was seen
 * in. Deleted captures and tombstones give none; a fact a record holds that does not fit the
 * schema (an imported record from a newer or a hostile writer) is left out, never shown raw.
 */
export function caseFacts(records: readonly EvidenceRecord[]): CaseFact[] {
  const deleted = new Set(records.flatMap((r) => (r.deleted ? [r.deleted.id] : [])));
  const byKey = new Map<string, CaseFact>();
  for (const r of [...records].sort((a, b) => a.seq - b.seq)) {
    if (r.kind !== 'capture' || deleted.has(r.id) || !Array.isArray(r.meta?.facts)) continue;
    for (const raw of r.meta.facts) {
      const parsed = factSchema.safeParse(raw);
      if (!parsed.success) continue;
      const source = { evidenceId: r.id, seq: r.seq, title: r.meta.title };
      const known = byKey.get(key(parsed.data));
      if (known) {
        if (!known.sources.some((s) => s.evidenceId === r.id)) known.sources.push(source);
      } else byKey.set(key(parsed.data), { ...parsed.data, sources: [source] });
    }
  }
  return [...byKey.values()];
}
