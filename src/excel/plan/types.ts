/**
 * The report as a plan: what goes where on which sheet, computed from the engine's Report by pure
 * functions (unit-testable without Excel). The executor turns a plan into a few Excel batches.
 * Rows and columns are zero-based.
 */
import type { ReportRole } from "../registry";

/** A cell value as written: string, number, boolean, or null (left empty). */
export type PlanValue = string | number | boolean | null;

/**
 * How a column is shown: the number format (Excel's invariant codes, shown with the user's own
 * separators), the alignment, and whether text must stay text.
 */
export type ColumnKind =
  | "text"
  | "integer"
  | "whole"
  | "decimal1"
  | "decimal2"
  | "percent"
  | "date"
  | "datetime"
  | "diff"
  | "diffDecimal1"
  | "diffPercent"
  | "status"
  | "link";

export interface ColumnPlan {
  header: string;
  kind: ColumnKind;
  /** Wrap long text (the rows get their height from the content). */
  wrap?: boolean;
  /** Centre the column (short codes and words between columns of numbers). */
  center?: boolean;
}

export interface TablePlan {
  /** Final table name, unique in the workbook ("WSP_Voortgang_Sector"). */
  key: string;
  /** Row of the header. */
  row: number;
  column: number;
  columns: ColumnPlan[];
  /** Data rows; a "link" column holds a HYPERLINK formula (or plain text). */
  rows: PlanValue[][];
  /** Totals row (Excel's total row of the table), one value per column. */
  totals?: PlanValue[];
}

export type TextStyle = "title" | "subtitle" | "heading" | "text" | "note" | "warning";

export interface TextPlan {
  row: number;
  column: number;
  text: string;
  style: TextStyle;
  /** Last column of a merged, wrapped area for a long line (its row height is in rowHeights). */
  mergeTo?: number;
}

export type ChartKind = "BarClustered" | "ColumnClustered" | "Line";

export interface ChartPlan {
  /** Chart name in Excel. */
  name: string;
  kind: ChartKind;
  title: string;
  /** Key of the table whose body holds the data. */
  table: string;
  /** Table column with the category labels. */
  category: number;
  /** Table columns of the series, adjacent and ascending; their headers name the series. */
  series: number[];
  /** Series colours (#RRGGBB), in series order. */
  colors: string[];
  /** Number format of the value axis (Excel invariant code). */
  valueFormat?: string;
  /** Cells the chart covers (inclusive). */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetPlan {
  role: ReportRole;
  /** Preferred sheet name (the final name may get " (WSP)" when a user's sheet has it). */
  name: string;
  /** Title for the printed page header. */
  title: string;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  texts: TextPlan[];
  tables: TablePlan[];
  charts: ChartPlan[];
  /** Rows frozen at the top (the title block). */
  freezeRows: number;
  /** Explicit row heights in points (rows not listed keep the standard 15 pt). */
  rowHeights: Array<[number, number]>;
  /** Rows that start a new printed page (manual page breaks where Excel supports them). */
  pageBreaks: number[];
  /** Last row and column of the print area (from A1): the page is scaled to this width. */
  printArea?: [number, number];
  /** Rows repeated at the top of every printed page. */
  printTitleRows?: [number, number];
  /** Tab colour. */
  tabColor: string;
}

export interface ReportPlan {
  /** Peildatum jjjj-mm-dd. */
  peildatum: string;
  sheets: SheetPlan[];
  findings: { total: number; shown: number };
}

/** Rows a table occupies: header, body (at least one row: Excel keeps an empty one), totals. */
export function tableRowCount(table: TablePlan): number {
  return 1 + Math.max(1, table.rows.length) + (table.totals ? 1 : 0);
}

/** Last row of a table (inclusive). */
export function tableLastRow(table: TablePlan): number {
  return table.row + tableRowCount(table) - 1;
}
