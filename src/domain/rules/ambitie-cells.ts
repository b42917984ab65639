/** Helpers for the rules on the ambition sheet (A01…A05). */
import { Cell, cellText } from "../cells";
import { formatCellNumber } from "../format";
import { AmbitieRow, AmbitieTable } from "../model";
import { INVALID, Parsed } from "../values";

export const AMBITIE_AGREEMENT =
  "Plaatsingsambitie 2015: per sector en per gemeente/UWV een aantal plaatsingen; de totalen tellen op.";

/** A cell's number, with blanks counting as 0; undefined when the cell is not a number. */
export function amount(value: Parsed<number>): number | undefined {
  if (value === INVALID) return undefined;
  return value ?? 0;
}

/** A cell as the user sees it: a number in Dutch ("2,5"), anything else as it stands. */
const shownCell = (value: Cell) => (typeof value === "number" ? formatCellNumber(value) : cellText(value));

/** The place of a partner cell (index ≥ 0) or of the Totaal cell (index -1) in a row. */
export function cellPlace(table: AmbitieTable, row: AmbitieRow, index: number) {
  const binding = index >= 0 ? table.partnerColumns[index] : table.sheet.columns.get("totaal");
  return {
    record: row,
    columnHeader: binding?.header ?? "Totaal",
    columnLetter: binding?.letter ?? "",
    value: binding ? shownCell(row.raw[binding.index]) : "",
    recordId: row.sector ?? "",
  };
}

/** Rows that are sectors: rows with a sector name. */
export const sectorRows = (table: AmbitieTable): AmbitieRow[] =>
  table.rows.filter((r) => r.sector !== undefined);

/**
 * Whether a sum equals its total. Whole numbers compare exactly; fractions (A04's findings) carry binary
 * rounding noise — 0.1 + 0.2 is not 0.3 — which must not add a total that "does not add up" beside them.
 */
export const sameAmount = (sum: number, total: number): boolean =>
  Math.abs(sum - total) <= 1e-9 * Math.max(1, Math.abs(total));

export const formatAmount = (n: number): string => n.toLocaleString("nl-NL");
