/**
 * Places the blocks of a sheet from top to bottom: title lines, tables (each with a heading above
 * and a blank row below), charts in reserved rows below their tables. Nothing overlaps.
 *
 * It also paginates: the sheet prints landscape, one page wide, so the page height in sheet points
 * is known from the column widths; a block that would straddle a page break starts on the next
 * page instead (blank rows are added), so no table or chart is cut in half on paper.
 */
import { charsToPoints } from "../a1";
import type { ReportRole } from "../registry";
import { COLORS, PAGE, ROW_POINTS, TEXT_ROW_POINTS } from "./styles";
import type {
  ChartKind,
  ChartPlan,
  ColumnPlan,
  PlanValue,
  SheetPlan,
  TablePlan,
  TextPlan,
  TextStyle,
} from "./types";
import { tableRowCount } from "./types";

export interface ChartSpec {
  name: string;
  kind: ChartKind;
  title: string;
  table: TablePlan;
  category: number;
  series: number[];
  valueFormat?: string;
  colors?: string[];
}

/** Characters of running text per character of column width (text is narrower than digits). */
const TEXT_PER_WIDTH = 1.15;

export class SheetLayout {
  private row = 0;
  private readonly texts: TextPlan[] = [];
  private readonly tables: TablePlan[] = [];
  private readonly chartPlans: ChartPlan[] = [];
  private readonly heights = new Map<number, number>();
  private freezeRows = 0;
  private printTitleRows: [number, number] | undefined;
  /**
   * Height of a printed page in sheet points, as Excel computes it (fit to the width of the print
   * area), and how far down the current page the next row is.
   */
  readonly pageHeight: number;
  private y = 0;
  private readonly breaks: number[] = [];

  constructor(
    private readonly role: ReportRole,
    private readonly name: string,
    private readonly title: string,
    private readonly columnWidths: number[],
    private readonly tabColor: string = COLORS.tab,
  ) {
    const width = columnWidths.reduce((n, w) => n + charsToPoints(w), 0);
    const printable = PAGE.width - PAGE.left - PAGE.right;
    const scale = Math.min(1, Math.floor((100 * printable) / width) / 100);
    this.pageHeight = (PAGE.height - PAGE.top - PAGE.bottom) / scale;
  }

  get currentRow(): number {
    return this.row;
  }

  /**
   * Adds one row of `height` points, following the page breaks. `printed` is how tall it is expected
   * to print when that is left to Excel (a wrapped row that Excel autofits): it counts for the pages,
   * but the row gets no height of its own.
   */
  private addRow(height: number, printed = height): void {
    if (height !== ROW_POINTS) this.heights.set(this.row, height);
    this.y = this.y + printed > this.pageHeight ? printed : this.y + printed;
    this.row++;
  }

  /**
   * Expected printed height of each row whose wrapped cells Excel will autofit: the most lines any
   * wrapped cell takes in its column (about TEXT_PER_WIDTH characters per unit of width, less a little
   * for the cell's padding), at ROW_POINTS per line.
   */
  wrappedRowHeights(columns: ColumnPlan[], rows: PlanValue[][], column = 0): number[] {
    return rows.map((row) => {
      let lines = 1;
      columns.forEach((c, i) => {
        const value = row[i];
        if (!c.wrap || typeof value !== "string") return;
        const perLine = Math.max(1, ((this.columnWidths[column + i] ?? 10) - 1) * TEXT_PER_WIDTH);
        lines = Math.max(lines, Math.ceil(value.length / perLine));
      });
      return lines * ROW_POINTS;
    });
  }

  /**
   * Keeps the next `height` points on one page: if they do not fit on the rest of this page, blank
   * rows fill it and a manual page break (where Excel supports it) starts the next page. The page is
   * taken 3% shorter than computed, so that the break never comes a row after Excel's own.
   */
  keep(height: number): this {
    const usable = this.pageHeight * 0.97;
    if (this.y === 0 || this.y + height <= usable || height + ROW_POINTS > usable) return this;
    while (this.y + ROW_POINTS <= usable) this.addRow(ROW_POINTS);
    this.breaks.push(this.row);
    this.y = 0;
    // One blank row at the top of the new page: nothing starts exactly on the break.
    this.addRow(ROW_POINTS);
    return this;
  }

  private textLines(text: string, style: TextStyle): { lines: number; merge: boolean } {
    const first = this.columnWidths[0] ?? 10;
    const total = this.columnWidths.reduce((n, w) => n + w, 0);
    if (style === "title" || style === "heading" || text.length <= first * TEXT_PER_WIDTH)
      return { lines: 1, merge: false };
    return { lines: Math.ceil(text.length / (total * TEXT_PER_WIDTH)), merge: this.columnWidths.length > 1 };
  }

  textHeight(text: string, style: TextStyle = "text"): number {
    return TEXT_ROW_POINTS[style] * this.textLines(text, style).lines;
  }

  text(text: string, style: TextStyle = "text"): this {
    const { lines, merge } = this.textLines(text, style);
    this.texts.push({
      row: this.row,
      column: 0,
      text,
      style,
      ...(merge ? { mergeTo: this.columnWidths.length - 1 } : {}),
    });
    this.addRow(TEXT_ROW_POINTS[style] * lines);
    return this;
  }

  blank(rows = 1): this {
    for (let i = 0; i < rows; i++) this.addRow(ROW_POINTS);
    return this;
  }

  /** Freezes the rows written so far (the title block). */
  freezeHere(): this {
    this.freezeRows = this.row;
    return this;
  }

  /** Height of a header row whose labels may wrap. */
  headerHeight(columns: ColumnPlan[], column = 0): number {
    const lines = Math.max(
      1,
      ...columns.map((c, i) =>
        Math.ceil((c.header.length * 0.95) / Math.max(1, (this.columnWidths[column + i] ?? 10) - 1)),
      ),
    );
    return lines * ROW_POINTS;
  }

  /** Height of a table with its heading and the blank row after it (wrapped rows counted once). */
  tableHeight(heading: string | undefined, columns: ColumnPlan[], rows: number, totals: boolean): number {
    return (
      (heading ? TEXT_ROW_POINTS.heading : 0) +
      this.headerHeight(columns) +
      (Math.max(1, rows) + (totals ? 1 : 0) + 1) * ROW_POINTS
    );
  }

  /**
   * A heading, then the table, then one blank row. `keepWith` extra points stay on the same page.
   * `printed`: the expected printed height of each body row where Excel autofits wrapped text (see
   * wrappedRowHeights); without it every row counts as one line.
   */
  table(
    key: string,
    heading: string | undefined,
    columns: ColumnPlan[],
    rows: PlanValue[][],
    totals?: PlanValue[],
    keepWith = 0,
    printed?: number[],
  ): TablePlan {
    const wrapped = printed ? printed.reduce((n, h) => n + h - ROW_POINTS, 0) : 0;
    this.keep(this.tableHeight(heading, columns, rows.length, !!totals) + wrapped + keepWith);
    if (heading) this.text(heading, "heading");
    const table: TablePlan = { key, row: this.row, column: 0, columns, rows, ...(totals ? { totals } : {}) };
    this.tables.push(table);
    this.addRow(this.headerHeight(columns));
    for (let i = 1; i < tableRowCount(table); i++) this.addRow(ROW_POINTS, printed?.[i - 1] ?? ROW_POINTS);
    this.addRow(ROW_POINTS);
    return table;
  }

  /** Repeats the header row of `table` on every printed page. */
  repeatHeaderOf(table: TablePlan): this {
    this.printTitleRows = [table.row, table.row];
    return this;
  }

  /**
   * Charts side by side in one band of `height` rows, each `width` columns wide starting at the
   * given column; then one blank row. The band is kept on one page.
   */
  charts(band: Array<{ spec: ChartSpec; column: number; width: number }>, height: number): this {
    this.keep(height * ROW_POINTS);
    for (const { spec, column, width } of band) {
      this.chartPlans.push({
        name: spec.name,
        kind: spec.kind,
        title: spec.title,
        table: spec.table.key,
        category: spec.category,
        series: spec.series,
        colors: spec.colors ?? COLORS.series.slice(0, spec.series.length),
        ...(spec.valueFormat ? { valueFormat: spec.valueFormat } : {}),
        top: this.row,
        left: column,
        bottom: this.row + height - 1,
        right: column + width - 1,
      });
    }
    for (let i = 0; i <= height; i++) this.addRow(ROW_POINTS);
    return this;
  }

  build(): SheetPlan {
    return {
      role: this.role,
      name: this.name,
      title: this.title,
      columnWidths: this.columnWidths,
      texts: this.texts,
      tables: this.tables,
      charts: this.chartPlans,
      freezeRows: this.freezeRows,
      rowHeights: [...this.heights],
      pageBreaks: this.breaks,
      printArea: [this.row - 1, this.columnWidths.length - 1],
      ...(this.printTitleRows ? { printTitleRows: this.printTitleRows } : {}),
      tabColor: this.tabColor,
    };
  }
}
