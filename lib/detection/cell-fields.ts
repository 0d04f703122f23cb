// The judge's view of table cells (cells.ts): which kept texts are values under a column heading
// that belongs to the failure, and the currency a row names in a column of its own.
import type { Cell } from './cells';
import { currencyFor } from './money';

/** A cell value's heading and the currency named elsewhere in its row, by segment. */
export interface CellFields {
  heading(seg: number): string | undefined;
  rowCurrency(seg: number): string | undefined;
}

/** A column or field naming the asset moved. */
export const ASSET_HEADING =
  /^(?:asset|currency|coin|token|symbol|crypto|币种|幣種|资产|資產|货币|貨幣|通证|通證|代币|代幣|币|幣)s?\s*[:：]?$/i;
// A code, perhaps with its network after it ("USDT (TRC20)", "USDT-TRC20": the token is USDT).
const CODE = /^([A-Z][A-Z0-9]{1,9})(?:[-.][A-Z0-9]{1,9})?(?:\s*[(（][^()（）]{1,20}[)）])?$|^([$€£¥￥])$/;

/** The currency an asset cell or field names, or undefined. */
export function assetCode(text: string): string | undefined {
  const m = CODE.exec(text.trim());
  if (!m) return undefined;
  const code = m[1] ?? m[2]!;
  return currencyFor(code) ?? code;
}

/**
 * A table of one data row (or a key/value list) right after the failure, which is outside any
 * table: no history but a part of the transaction shown (an explorer's token transfer under its
 * failed status, a receipt's one row).
 */
function singleRow(cells: readonly Cell[], anchor: number): Cell | undefined {
  return cells.find((c) => c[0] > anchor && c[0] - anchor <= NEAR && c[2] === -1);
}

// How far after the failure a one-row table may start (segments).
const NEAR = 30;

/**
 * The cells that describe the failure at segment `anchor`: those of its own table or list, in its
 * own row or the row next to it (an expanded detail row describes the row above it), or in any row
 * of a key/value table. A failure shown outside a table (an alert above a history) has none: the
 * history's rows are other transactions.
 */
export function cellFields(cells: readonly Cell[] | undefined, anchor: number, text: (i: number) => string): CellFields | null {
  const at = cells?.find((c) => c[0] === anchor) ?? (cells && singleRow(cells, anchor));
  if (!cells || !at) return null;
  const near = (c: Cell) => c[1] === at[1] && (c[2] === -1 || at[2] === -1 || Math.abs(c[2] - at[2]) <= 1);
  const own = (c: Cell) => c[2] === at[2] || c[2] === -1 || at[2] === -1;
  // The row next to the failure's own speaks only for columns the own row leaves empty: in a
  // plain history the next row is another transaction, in an expanded one its details.
  const ownHeadings = new Set(cells.filter((c) => near(c) && own(c)).map((c) => c[3]));
  const bySeg = new Map<number, Cell>();
  for (const c of cells) if (near(c) && (own(c) || !ownHeadings.has(c[3]))) bySeg.set(c[0], c);
  return {
    heading: (seg) => bySeg.get(seg)?.[3] || undefined,
    rowCurrency(seg) {
      const cell = bySeg.get(seg);
      if (!cell) return undefined;
      for (const c of bySeg.values()) {
        if (c[2] !== cell[2] || !ASSET_HEADING.test(c[3])) continue;
        const code = assetCode(text(c[0]));
        if (code) return code;
      }
      return undefined;
    },
  };
}
