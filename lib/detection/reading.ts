// The page reader: the half of the detector that needs the DOM, and all the content script runs.
// It finds the texts that may state a failure or a status (cheap trigger words, triggers.ts),
// reads where each sits (context.ts, surroundings.ts), and keeps the texts around them; the judge
// (index.ts) weighs that with the full vocabulary, in the background or wherever detectPage runs.
// detectPage(doc, url) is judgePage(readPage(doc), url): the reading holds everything the verdict
// and the transaction extraction look at, so both halves together decide exactly as one would.
import { cellReader, type Cell } from './cells';
import { clean } from './clean';
import { contextOf, type TextContext } from './context';
import { blockText } from './element-text';
import { pageTitle, readSupport, type SupportReading } from './support-reading';
import { besideInvalidField, openedPanel, showsStatus, statusSiblings } from './surroundings';
import { collectText, CONTEXT_SEGMENTS, holderOf, segmentsMatching, type Segment } from './text';
import {
  FAIL_TRIGGER,
  FAIL_TRIGGER_ZH,
  FAIL_TRIGGER_ZH_ANY,
  FAIL_TRIGGER_ZH_LEAD,
  HAS_HAN,
  CODE_AT_END,
  CODE_HINT,
  STATUS_CODE_LINE,
  STATUS_LINE,
} from './triggers';

/** Where a text sits (context.ts), as data: `row` says whether it is in a repeated row. */
export type Place = Omit<TextContext, 'row'> & { row: boolean };

/**
 * A text that may state a failure (`trigger`) or is wholly a status. Fields the judge may need are
 * read for every candidate; a field is absent when not needed, and null when reading it threw (the
 * judge then gives up on the page, as the detector always has on pages whose DOM throws).
 */
export interface Candidate {
  seg: number;
  trigger: boolean;
  /** Absent when no element holds the text. */
  place?: Place | null;
  /** Trigger texts shown on the page: the text of the block around, the message as shown. */
  message?: string | null;
  /** The text is the error of an invalid form field (read outside alerts and dialogs). */
  field?: boolean | null;
  /** The row's list, numbered per reading (-1: the row has no parent), and whether the row's
   * neighbours show statuses too (surroundings.ts). The judge asks once per list. */
  list?: number;
  listed?: boolean | null;
}

export interface PageReading {
  title: string;
  /** How many text segments the page has (text.ts). */
  count: number;
  /** Runs of segment texts, [index of the first, texts]: around every candidate and at the top. */
  texts: [number, string[]][];
  candidates: Candidate[];
  /** Kept texts that sit in table cells or a <dl>, with their headings (cells.ts); [] when reading them threw. */
  cells: Cell[];
  /** Headings and message form, for the support-page verdict; null when reading them threw. */
  support: SupportReading | null;
}

const MAX_CANDIDATES = 300;
const MAX_OTHER_STATUS = 20;
/**
 * Segments kept before and after each candidate: extraction's window around the failure, plus
 * the two texts after its last one that may hold a label's value (extract.ts).
 */
export const READ_BEFORE = CONTEXT_SEGMENTS;
const READ_AFTER = READ_BEFORE + 2;

const attempt = <T>(read: () => T): T | null => {
  try {
    return read();
  } catch {
    return null;
  }
};

/**
 * Reads `doc` for the judge; null when the page cannot be read at all. Never throws. Parts the
 * verdict cannot need are left out (`whole` reads them anyway, for tests that compare).
 */
export function readPage(doc: Document, whole = false): PageReading | null {
  try {
    const title = pageTitle(doc);
    const text = collectText(doc);
    // Every failure word, status or sentence, holds a trigger word: one scan finds both kinds.
    const latin = segmentsMatching(text, FAIL_TRIGGER, MAX_CANDIDATES);
    const han = HAS_HAN.test(text.joined) ? segmentsMatching(text, FAIL_TRIGGER_ZH_LEAD, MAX_CANDIDATES, undefined, FAIL_TRIGGER_ZH) : [];
    // A return code under a status label: the code's own segment (the label may be the one before).
    // Looked for only when some segment ends in a code at all (one quick pass): the labelled scan
    // tries a status label at every segment's start.
    const coded = CODE_HINT.test(text.joined)
      ? segmentsMatching(text, STATUS_CODE_LINE, MAX_OTHER_STATUS).map((i) => (CODE_AT_END.test(text.segs[i]!.raw) ? i : i + 1))
      : [];
    const triggers = new Set([...latin, ...han, ...coded].sort((a, b) => a - b).slice(0, MAX_CANDIDATES));
    // Success / pending words only tell "this page's status is fine", which matters only against
    // failure words: the first few suffice, and only when there is a trigger.
    const others = triggers.size ? segmentsMatching(text, STATUS_LINE, MAX_OTHER_STATUS, (m) => m[1] === undefined) : [];
    const order = [...new Set([...triggers, ...others])].sort((a, b) => a - b);
    const candidates = readCandidates(text.segs, order, triggers);
    // The context around a failure (texts, cells) is read only when the judge may describe one.
    const context = whole || mayBeOwnFailure(candidates) || hasTrigger(title);
    return {
      title,
      count: text.segs.length,
      texts: context ? textsAround(text.segs, [0, ...order], READ_BEFORE, READ_AFTER) : textsAround(text.segs, order, 1, 0),
      cells: context && triggers.size ? (attempt(() => readCells(text.segs, triggers)) ?? []) : [],
      candidates,
      support: readSupport(doc),
    };
  } catch {
    return null;
  }
}

const PANEL = 'panel';

/**
 * Whether a failure word may be the page's own. The judge reads the texts and cells around a
 * failure only to describe one it counts (index.ts `judgeFailure`), and it never counts one in a
 * row of a transaction history (failure.ts `inStatusList`, answered once per list by whichever of
 * its rows it asks first): when every text read as a failure or a status sits in such a row,
 * outside alerts and dialogs, and every row read of each of those lists is a history row, that
 * context is not needed. Anything unknown counts as "may be".
 */
function mayBeOwnFailure(candidates: Candidate[]): boolean {
  const historyList = new Map<number, boolean>();
  for (const c of candidates) {
    if (c.list !== undefined && c.list >= 0) historyList.set(c.list, (historyList.get(c.list) ?? true) && c.listed === true);
  }
  return candidates.some((c) => {
    const p = c.place;
    return !p?.row || p.alert || p.dialog || c.list === undefined || c.list < 0 || !historyList.get(c.list);
  });
}

/** The text holds a trigger word (a page title announcing a failure makes the judge read on). */
function hasTrigger(text: string): boolean {
  return text.search(FAIL_TRIGGER) >= 0 || (HAS_HAN.test(text) && FAIL_TRIGGER_ZH_ANY.test(text));
}

function readCandidates(segs: Segment[], order: number[], triggers: Set<number>): Candidate[] {
  const lists = new Map<Element, number>();
  const listed = new Map<Element, boolean | typeof PANEL | null>();
  // Neighbouring rows share most of their siblings: read each sibling's text once.
  const shows = new Map<Element, boolean>();
  const showsOnce = (sib: Element) => {
    if (!shows.has(sib)) shows.set(sib, showsStatus(sib));
    return shows.get(sib)!;
  };
  return order.map((i): Candidate => {
    const c: Candidate = { seg: i, trigger: triggers.has(i) };
    const el = holderOf(segs[i]!);
    if (!el) return c;
    const ctx = attempt(() => contextOf(el));
    c.place = ctx && { ...ctx, row: !!ctx.row };
    if (!ctx || ctx.hidden || ctx.excluded) return c;
    if (c.trigger) {
      c.message = attempt(() => blockText(el, clean(segs[i]!.raw)));
      if (!ctx.alert && !ctx.dialog) c.field = attempt(() => besideInvalidField(el));
    }
    const { row } = ctx;
    const list = row?.parentElement;
    if (!row) return c;
    // Asked once per row: a detail panel among a list's rows (an expanded row) is no row of the
    // history; any other row belongs to one when its neighbours show statuses too.
    if (!listed.has(row))
      listed.set(
        row,
        attempt(() => (openedPanel(row) ? PANEL : statusSiblings(row, showsOnce))),
      );
    const answer = listed.get(row);
    if (!list || answer === PANEL) c.list = -1;
    else {
      if (!lists.has(list)) lists.set(list, lists.size);
      c.list = lists.get(list);
      c.listed = answer ?? null;
    }
    return c;
  });
}

const MAX_CELLS = 2_000;
/** What a column heading can label: an amount (a digit), an asset's code, or the failure itself. */
const CELL_VALUE = /\d|^\s*[A-Z][A-Z0-9.-]{1,15}\s*$/;

/**
 * The cells around each failure word (`triggers`, in ascending order), in document order (cells.ts numbers
 * rows in that order): the failure's own cell, and the values and codes the judge may take as its
 * amount and currency.
 */
function readCells(segs: Segment[], triggers: Set<number>): Cell[] {
  const read = cellReader();
  const out: Cell[] = [];
  let next = 0;
  for (const t of triggers) {
    const to = Math.min(segs.length - 1, t + READ_AFTER);
    for (let i = Math.max(next, t - READ_BEFORE); i <= to && out.length < MAX_CELLS; i++) {
      if (!triggers.has(i) && !CELL_VALUE.test(segs[i]!.raw)) continue;
      const el = holderOf(segs[i]!);
      const cell = el && read(i, el);
      if (cell) out.push(cell);
    }
    next = Math.max(next, to + 1);
  }
  return out;
}

/**
 * The raw texts from `before` segments before each anchor (ascending) to `after` after, as runs.
 * The judge weighs a text with the one before it (a status's label); it describes a failure from
 * the READ_BEFORE / READ_AFTER around it.
 */
function textsAround(segs: Segment[], anchors: number[], before: number, after: number): [number, string[]][] {
  const runs: [number, string[]][] = [];
  let end = -1;
  for (const i of anchors) {
    const from = Math.max(end + 1, i - before);
    const to = Math.min(segs.length - 1, i + after);
    if (from > to) continue;
    const texts = segs.slice(from, to + 1).map((s) => s.raw);
    const last = runs[runs.length - 1];
    if (last && from === end + 1) last[1].push(...texts);
    else runs.push([from, texts]);
    end = to;
  }
  return runs;
}

/** The judge's view of a reading's texts: raw segment texts by index (holes where none was kept). */
export function segmentTexts(reading: PageReading): string[] {
  const out: string[] = [];
  out.length = reading.count;
  for (const [start, run] of reading.texts) {
    for (let k = 0; k < run.length && start + k < reading.count; k++) out[start + k] = run[k]!;
  }
  return out;
}

/** A field the judge needs: a null (or missing) one means the page's DOM threw when read. */
export function need<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('unreadable page');
  return value;
}
