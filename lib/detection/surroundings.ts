// What the elements around a text say, read in the page for the judge: whether a row belongs to a
// history of many transactions (failure.ts explains why that matters), and whether a text is the
// error of an invalid form field.

// No word boundaries: a row's textContent runs its cells together ("Withdraw" + "Completed"), so
// only words long enough not to hide inside others.
const ROW_STATUS =
  /completed?|success|succeeded|pending|processing|failed|declined|rejected|cancell?ed|refunded|returned|reversed|received|confirmed|expired|成功|失败|失敗|处理中|處理中|已完成|完成|关闭|關閉|待支付|待付款|退款|已取消|已拒绝|确认中|成交|撤销|撤銷|过期|過期/i;
const MAX_SIBLINGS = 4;
// An expanded detail row (a cell spanning the table, a labelled region) is a panel too.
const PANEL_PARTS = 'h1, h2, h3, [role="alert"], [role="region"], dl, table, td[colspan]';

/** Whether a row's text shows a status word (`statusSiblings` asks it of each sibling). */
export function showsStatus(row: Element): boolean {
  const text = row.textContent ?? '';
  return ROW_STATUS.test(text.length > 400 ? text.slice(0, 400) : text);
}

/** A row is compact: a card with a heading, an alert or a list of fields is a detail panel. */
function isPanel(row: Element): boolean {
  return row.childElementCount > 40 || row.querySelector(PANEL_PARTS) !== null;
}

/**
 * The one detail panel open in a table or list: the reader opened that transaction. A table or
 * list that shows the details of several rows at once (`isPanel` on another row near it) is a
 * history printed in full, and its panels are rows of it. Repeated cards (div twins) with
 * headings are the sections of one detail page, never a history printed in full.
 */
export function openedPanel(row: Element): boolean {
  if (!isPanel(row)) return false;
  if (!SEMANTIC_ROW.has(row.localName) && row.getAttribute('role') !== 'row') return true;
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
    let sib = row[step];
    for (let n = 0; sib && n < MAX_PANEL_SIBLINGS; n++, sib = sib[step]) {
      if (sib.localName === row.localName && isPanel(sib)) return false;
    }
  }
  return true;
}
const MAX_PANEL_SIBLINGS = 20;
const SEMANTIC_ROW = new Set(['tr', 'li']);

/**
 * `row` (no detail panel: `isPanel`) is one of a history's rows: at least two of its nearest
 * sibling rows (same tag) show a status word too. Key/value rows of a detail view ("Amount", "Reference") do not. `shows` may
 * remember its answers: neighbouring rows share most of their siblings.
 */
export function statusSiblings(row: Element, shows: (sib: Element) => boolean = showsStatus): boolean {
  let found = 0;
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
    let sib = row[step];
    for (let n = 0; sib && n < MAX_SIBLINGS; n++, sib = sib[step]) {
      if (sib.localName !== row.localName || sib.childElementCount > 40) continue;
      if (shows(sib) && ++found >= 2) return true;
    }
  }
  return false;
}

/** The error text of an invalid form field next to `el` (same field wrapper, 3 levels at most). */
export function besideInvalidField(el: Element): boolean {
  let a: Element | null = el.parentElement;
  for (let level = 0; a && level < 3; level++, a = a.parentElement) {
    if (a.childElementCount > 12) return false;
    if (a.querySelector('[aria-invalid="true"]')) return true;
  }
  return false;
}
