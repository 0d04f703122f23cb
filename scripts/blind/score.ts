// Scores the detector on the blind corpus (test/blind/batch-NN: pages + labels.json written by
// helpers who never read the detector). Shared by scripts/blind-score.ts (first-sight scores for
// test/blind/README.md) and the regression unit test, so both count the same way:
// - kind and site: one point per page; the label's `alt` answer counts as right too;
// - fields (id exact, amount numerically equal, currency exact, reason): only on pages labelled
//   failed-transaction, and only the fields the label states (reason always). A page the
//   detector did not call failed scores none of its fields.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageDetection } from '../../lib/detection';

const FIELDS = ['id', 'amount', 'currency', 'reason'] as const;
type Field = (typeof FIELDS)[number];

/** A defensible alternative: each field one value or a list of them. */
type OneOrMore<T> = T | T[];
interface Answer {
  kind?: OneOrMore<string>;
  siteId?: OneOrMore<string | null>;
  id?: OneOrMore<string>;
  amount?: OneOrMore<string>;
  currency?: OneOrMore<string>;
  reason?: OneOrMore<string>;
}

const values = <T>(v: OneOrMore<T> | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

interface Label {
  file: string;
  url: string;
  lang?: string;
  kind: string;
  siteId: string | null;
  transaction?: { id?: string; amount?: string; currency?: string; reason?: string };
  alt?: Answer | Answer[];
  note?: string;
}

interface PageScore {
  file: string;
  url: string;
  kind: boolean;
  site: boolean;
  /** Field → right or wrong, for the fields this page's label scores. */
  fields: Partial<Record<Field, boolean>>;
  /** One line per miss: what the label wants, what the detector said. */
  misses: string[];
}

export interface BatchScore {
  batch: string;
  pages: PageScore[];
  kind: Ratio;
  site: Ratio;
  fields: Ratio;
  byField: Record<Field, Ratio>;
}

export interface Ratio {
  right: number;
  of: number;
}

export const percent = (r: Ratio): string => (r.of ? `${((100 * r.right) / r.of).toFixed(1)} %` : 'n/a');

/** The batch folders under `root`, in name order. */
export function listBatches(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^batch-\d+$/.test(d.name))
    .map((d) => d.name)
    .sort();
}

/** Scores one batch folder with `detect` (an HTML string and its URL in, a verdict out). */
export function scoreBatch(dir: string, detect: (html: string, url: string) => PageDetection): BatchScore {
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Label[];
  if (!Array.isArray(labels) || !labels.length) throw new Error(`${dir}: labels.json holds no labels`);
  const pages = labels.map((label) => scorePage(label, detect(readFileSync(path.join(dir, label.file), 'utf8'), label.url)));
  const sum = (pick: (p: PageScore) => boolean | undefined): Ratio => {
    const counted = pages.map(pick).filter((v) => v !== undefined);
    return { right: counted.filter(Boolean).length, of: counted.length };
  };
  const byField = Object.fromEntries(FIELDS.map((f) => [f, sum((p) => p.fields[f])])) as Record<Field, Ratio>;
  const fields = FIELDS.reduce((acc, f) => ({ right: acc.right + byField[f].right, of: acc.of + byField[f].of }), { right: 0, of: 0 });
  return { batch: path.basename(dir), pages, kind: sum((p) => p.kind), site: sum((p) => p.site), fields, byField };
}

function scorePage(label: Label, got: PageDetection): PageScore {
  const alts = label.alt === undefined ? [] : Array.isArray(label.alt) ? label.alt : [label.alt];
  const misses: string[] = [];
  const kind = got.kind === label.kind || alts.some((a) => values(a.kind).includes(got.kind));
  if (!kind) misses.push(`kind: want ${label.kind}, got ${got.kind}`);
  const site = got.siteId === label.siteId || alts.some((a) => values(a.siteId).includes(got.siteId));
  if (!site) misses.push(`site: want ${label.siteId}, got ${got.siteId}`);
  const fields: PageScore['fields'] = {};
  if (label.kind === 'failed-transaction') {
    const want = label.transaction ?? {};
    const tx = got.kind === 'failed-transaction' ? got.transaction : undefined;
    for (const f of FIELDS) {
      if (want[f] === undefined) continue;
      const wanted = [want[f], ...alts.flatMap((a) => values(a[f]))].filter((v): v is string => typeof v === 'string');
      const value = tx?.[f];
      fields[f] = value !== undefined && wanted.some((w) => same(f, w, value));
      if (!fields[f]) misses.push(`${f}: want ${wanted.map((w) => JSON.stringify(w)).join(' or ')}, got ${JSON.stringify(value)}`);
    }
  }
  return { file: label.file, url: label.url, kind, site, fields, misses };
}

function same(field: Field, want: string, got: string): boolean {
  if (field !== 'amount') return want === got;
  const a = Number(want.replace(/,/g, ''));
  const b = Number(got);
  return want === got || (Number.isFinite(a) && Number.isFinite(b) && a === b);
}
