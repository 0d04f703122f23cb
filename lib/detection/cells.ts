// Table cells and their headings, read in the page for the judge: a history table names its
// columns once ("Amount", "Asset") and its rows hold bare values ("2,500.00", "USD"), so the
// value's label is its column heading, not the text before it. Headings are found the ways
// markup links them: a cell's `headers` ids, the header cell of its column (th, scope=col,
// role=columnheader, colspan counted), a row's own header cell (th scope=row / role=rowheader,
// a key/value table), a <dd>'s <dt>.
import { elementText } from './element-text';

/**
 * A segment inside a cell: [segment, group (one table or list, numbered per reading), row, heading
 * ('' when none)]. Rows are numbered in reading order, one apart when the second directly follows
 * the first and further apart otherwise (no row's index is counted: tables may be huge); -1 when
 * every row describes the same thing (a key/value table, a <dl>).
 */
export type Cell = [seg: number, group: number, row: number, heading: string];

const MAX_CLIMB = 4;
const MAX_HEADINGS = 40;
const CELL_ROLE = /^(?:cell|gridcell|columnheader|rowheader)$/;
const HEAD_ROLE = /^(?:columnheader)$/;
const GROUP = 'table, [role="table"], [role="grid"], [role="treegrid"]';

/** Reads the cells of segments given in document order, caching per table what its cells share. */
export function cellReader(): (seg: number, el: Element) => Cell | null {
  let lastRow: Element | null = null;
  let rowId = 0;
  const numberOf = (row: Element) => {
    if (row !== lastRow) rowId += lastRow && row.previousElementSibling === lastRow ? 1 : 2;
    lastRow = row;
    return rowId;
  };
  const groups = new Map<Element, { id: number; heads: string[] | null }>();
  const group = (g: Element, heads: () => string[] | null) => {
    let found = groups.get(g);
    if (!found) {
      found = { id: groups.size, heads: heads() };
      groups.set(g, found);
    }
    return found;
  };
  return (seg, start) => {
    let cell: Element | null = start;
    for (let k = 0; cell && k < MAX_CLIMB; k++, cell = cell.parentElement) {
      const tag = cell.localName;
      if (tag === 'dd' || tag === 'dt') {
        const dl = cell.parentElement;
        if (!dl) return null;
        return [seg, group(dl, () => null).id, -1, tag === 'dd' ? termOf(cell) : ''];
      }
      if (tag === 'td' || tag === 'th' || CELL_ROLE.test(cell.getAttribute('role') ?? '')) break;
    }
    if (!cell) return null;
    const row = cell.parentElement;
    const table = row?.closest(GROUP);
    if (!row || !table) return null;
    const g = group(table, () => columnHeadings(table));
    const own = rowHeading(row, cell);
    if (own !== null) return [seg, g.id, -1, own];
    const byId = idHeading(cell);
    // A table without headings links no value to a label: the texts before it say what it is.
    if (byId === null && !g.heads) return null;
    const heading = byId ?? g.heads?.[columnOf(cell)] ?? '';
    return [seg, g.id, numberOf(row), heading];
  };
}

function termOf(dd: Element): string {
  for (let sib = dd.previousElementSibling, n = 0; sib && n < 8; sib = sib.previousElementSibling, n++)
    if (sib.localName === 'dt') return elementText(sib, 40);
  return '';
}

function isHead(el: Element): boolean {
  return el.localName === 'th' || HEAD_ROLE.test(el.getAttribute('role') ?? '');
}

/** A key/value row: its first cell is a header naming the row ("Amount" | "2,500.00"). */
function rowHeading(row: Element, cell: Element): string | null {
  const first = row.firstElementChild;
  if (!first || first === cell || row.childElementCount > 3) return null;
  const scope = first.getAttribute('scope');
  if (scope === 'row' || first.getAttribute('role') === 'rowheader' || (first.localName === 'th' && scope !== 'col'))
    return elementText(first, 40);
  return null;
}

function idHeading(cell: Element): string | null {
  const ids = cell.getAttribute('headers');
  const doc = cell.ownerDocument;
  if (!ids || !doc) return null;
  const head = doc.getElementById(ids.trim().split(/\s+/)[0] ?? '');
  return head ? elementText(head, 40) : null;
}

/** The first row of `table` made of header cells, spread by colspan: its texts by column. */
function columnHeadings(table: Element): string[] | null {
  const row = table.querySelector('tr, [role="row"]');
  if (!row || row.childElementCount > MAX_HEADINGS) return null;
  const heads: string[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (!isHead(c)) return null;
    const text = elementText(c, 40);
    for (let k = 0; k < span(c) && heads.length < MAX_HEADINGS; k++) heads.push(text);
  }
  return heads;
}

function span(cell: Element): number {
  const n = Number(cell.getAttribute('colspan') ?? 1);
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_HEADINGS) : 1;
}

function columnOf(cell: Element): number {
  let col = 0;
  for (let sib = cell.previousElementSibling, n = 0; sib && n < MAX_HEADINGS; sib = sib.previousElementSibling, n++) col += span(sib);
  return col;
}
