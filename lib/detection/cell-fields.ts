// The judge's view of table cells (cells.ts): which kept texts are values under a column heading
// that belongs to the failure, and the currency a row names in a column of its own.
import type { Cell } from './cells';
import { currencyFor } from './money';

/** A cell value's heading and the currency named elsewhere in its row, by segment. */
export interface CellFields {
  heading(seg: number): string | undefined;
  rowCurrency(seg: number): string | undefined;
}

const ASSET_HEADING = /^(?:asset|currency|coin|token|symbol|crypto|币种|幣種|资产|資產|货币|貨幣|币|幣)s?\s*[:：]?$/i;
const CODE = /^(?:[A-Z][A-Z0-9]{1,9}(?:[-.][A-Z0-9]{1,9})?|[$€£¥￥])$/;

/**
 * The cells that describe the failure at segment `anchor`: those of its own table or list, in its
 * own row or the row next to it (an expanded detail row describes the row above it), or in any row
 * of a key/value table. A failure shown outside a table (an alert above a history) has none: the
 * history's rows are other transactions.
 */
export function cellFields(cells: readonly Cell[] | undefined, anchor: number, text: (i: number) => string): CellFields | null {
  const at = cells?.find((c) => c[0] === anchor);
  if (!cells || !at) return null;
  const near = (c: Cell) => c[1] === at[1] && (c[2] === -1 || at[2] === -1 || Math.abs(c[2] - at[2]) <= 1);
  const bySeg = new Map<number, Cell>();
  for (const c of cells) if (near(c)) bySeg.set(c[0], c);
  return {
    heading: (seg) => bySeg.get(seg)?.[3] || undefined,
    rowCurrency(seg) {
      const cell = bySeg.get(seg);
      if (!cell) return undefined;
      for (const c of bySeg.values()) {
        if (c[2] !== cell[2] || !ASSET_HEADING.test(c[3])) continue;
        const code = text(c[0]).trim();
        if (CODE.test(code)) return currencyFor(code) ?? code;
      }
      return undefined;
    },
  };
}
