/**
 * What a page snapshot left out, as structured data for the evidence record (issue 12 §3, the
 * fonts of DESIGN.md "Page snapshot"): how many fields of each kind were blanked and how many
 * fonts were kept or dropped. Counts only, never a value. It travels from the probe (in the page)
 * to the background, which takes nothing from it but these counts.
 */
import type { SecretKind } from './snapshot-secrets';

const SECRET_KINDS: readonly SecretKind[] = ['password', 'one-time-code', 'card', 'secret', 'hidden', 'file'];

export interface SnapshotFacts {
  /** Fields blanked, per kind; a kind with none is absent. */
  blanked: Partial<Record<SecretKind, number>>;
  /** Fonts the page used: kept in page.html (inlined), or dropped (not readable without a request). */
  fonts: { kept: number; dropped: number };
}

const MAX_COUNT = 1_000_000;
const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_COUNT;

/** The counts in `value` (from the probe, or a record), or undefined when it holds none we trust. */
export function snapshotFacts(value: unknown): SnapshotFacts | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as { blanked?: unknown; fonts?: unknown };
  if (!v.blanked || typeof v.blanked !== 'object' || !v.fonts || typeof v.fonts !== 'object') return undefined;
  const blanked: SnapshotFacts['blanked'] = {};
  for (const kind of SECRET_KINDS) {
    const n = Object.hasOwn(v.blanked, kind) ? (v.blanked as Record<string, unknown>)[kind] : undefined;
    if (isCount(n) && n > 0) blanked[kind] = n;
  }
  const { kept, dropped } = v.fonts as { kept?: unknown; dropped?: unknown };
  if (!isCount(kept) || !isCount(dropped)) return undefined;
  return { blanked, fonts: { kept, dropped } };
}
