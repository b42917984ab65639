/**
 * The in-memory workbook model behind the simulated Excel. Plain data plus small helpers; all
 * Office-like behaviour (queuing, validation, errors) lives in the proxy layer.
 */
import { MAX_COLS, type CellRect, rectArea, rectsIntersect } from "./address";

export type CellValue = string | number | boolean;

export type SheetVisibilityValue = "Visible" | "Hidden" | "VeryHidden";

export interface BorderData {
  style: string;
  color: string;
  weight: string;
}

export type CellEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "DiagonalDown" | "DiagonalUp";

/** Cell formatting. Absent keys mean "inherit" (row, then column, then sheet, then Excel's default). */
export interface CellStyle {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  /** Fill colour `#RRGGBB`, or null for "no fill". */
  fill?: string | null;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  locked?: boolean;
  borders?: Partial<Record<CellEdge, BorderData>>;
}

export const DEFAULT_STYLE: Required<Omit<CellStyle, "borders" | "fill">> & { fill: string | null } = {
  numberFormat: "General",
  bold: false,
  italic: false,
  underline: "None",
  strikethrough: false,
  fontColor: "#000000",
  fontSize: 11,
  fontName: "Calibri",
  fill: null,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
  locked: true,
};

export interface HyperlinkData {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface Cell {
  /** Constant value, or the cached result of `formula`. null = empty. */
  value: CellValue | null;
  /** Formula text including the leading `=`. */
  formula?: string;
  /** True when `value` is an error string such as `#N/A`. */
  error?: boolean;
  style?: CellStyle;
  hyperlink?: HyperlinkData;
}

export interface TableColumnData {
  id: number;
  name: string;
}

export interface TableData {
  id: string;
  name: string;
  worksheet: SimulatedWorksheet;
  /** Full table range: header row (if shown), data body and totals row (if shown). */
  rect: CellRect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  columns: TableColumnData[];
  nextColumnId: number;
  deleted?: boolean;
}

export interface ConditionalFormatStyle {
  fill?: string | null;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
  numberFormat?: string;
}

export interface ColorScaleCriterionData {
  type: string;
  formula?: string;
  color?: string;
}

export interface ConditionalFormatData {
  id: string;
  type: string;
  rects: CellRect[];
  stopIfTrue: boolean;
  /** CellValue: operator + formula1/formula2; Custom: formula; ContainsText: operator + text. */
  rule: { operator?: string; formula1?: string; formula2?: string; formula?: string; text?: string };
  format: ConditionalFormatStyle;
  deleted?: boolean;
  colorScale?: {
    minimum: ColorScaleCriterionData;
    midpoint?: ColorScaleCriterionData;
    maximum: ColorScaleCriterionData;
  };
}

export interface ChartSeriesData {
  name: string;
  /** Sheet-qualified reference the series name came from, if any. */
  nameRef?: string;
  valuesRef?: { sheet: SimulatedWorksheet; rect: CellRect };
  xValuesRef?: { sheet: SimulatedWorksheet; rect: CellRect };
  chartType?: string;
  color?: string;
  lineColor?: string;
  hasDataLabels: boolean;
}

export interface ChartAxisData {
  title: string;
  titleVisible: boolean;
  numberFormat: string;
  minimum?: number;
  maximum?: number;
  visible: boolean;
}

export interface ChartData {
  id: string;
  name: string;
  chartType: string;
  title: { text: string; visible: boolean; bold?: boolean; color?: string; size?: number; name?: string };
  legend: { position: string; visible: boolean };
  categoryAxis: ChartAxisData;
  valueAxis: ChartAxisData;
  dataLabels: { showValue: boolean };
  series: ChartSeriesData[];
  seriesBy: string;
  deleted?: boolean;
  /** Position in points. */
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface HeaderFooterTexts {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface PageLayoutData {
  orientation: "Portrait" | "Landscape";
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  headersFooters: HeaderFooterTexts;
  /** Zero-based first/last row of the rows repeated at top, or null. */
  printTitleRows: [number, number] | null;
  printTitleColumns: [number, number] | null;
  printArea: CellRect[] | null;
  /** Manual horizontal page breaks: the zero-based rows that start a new page, ascending. */
  rowBreaks: number[];
  centerHorizontally: boolean;
  centerVertically: boolean;
  /** Margins in points. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  paperSize: string;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  printOrder: string;
}

export interface NamedItemData {
  name: string;
  /** Formula text, e.g. `=Sheet1!$A$1:$B$2` or `=42`. */
  formula: string;
  comment: string;
  visible: boolean;
  /** Worksheet-scoped names only. */
  worksheet?: SimulatedWorksheet;
  deleted?: boolean;
}

/** Default column width in points (8.43 characters of Calibri 11 = 64 px). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Default row height in points (20 px). */
export const DEFAULT_ROW_HEIGHT = 15;

export function defaultPageLayout(): PageLayoutData {
  return {
    orientation: "Portrait",
    zoom: { scale: 100 },
    headersFooters: {
      leftHeader: "",
      centerHeader: "",
      rightHeader: "",
      leftFooter: "",
      centerFooter: "",
      rightFooter: "",
    },
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    rowBreaks: [],
    centerHorizontally: false,
    centerVertically: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    paperSize: "Letter",
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    printOrder: "DownThenOver",
  };
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}

let guidCounter = 0;

/** A GUID-like id such as Excel uses for worksheets: `{0D3A1B2C-0001-4000-8000-00000000002A}`. */
export function newGuid(): string {
  guidCounter++;
  const rand = Math.floor(Math.random() * 0xffffffff)
    .toString(16)
    .toUpperCase()
    .padStart(8, "0");
  const counter = guidCounter.toString(16).toUpperCase().padStart(12, "0");
  return `{${rand}-0001-4000-8000-${counter}}`;
}

export class SimulatedWorksheet {
  id: string;
  name: string;
  visibility: SheetVisibilityValue = "Visible";
  /** `#RRGGBB` or "" for no tab colour. */
  tabColor = "";
  readonly cells = new Map<number, Cell>();
  readonly columnStyles = new Map<number, CellStyle>();
  readonly rowStyles = new Map<number, CellStyle>();
  sheetStyle: CellStyle = {};
  /** Column widths / row heights in points. */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  merges: CellRect[] = [];
  tables: TableData[] = [];
  charts: ChartData[] = [];
  conditionalFormats: ConditionalFormatData[] = [];
  freeze: { rows: number; columns: number } | null = null;
  pageLayout: PageLayoutData = defaultPageLayout();
  protection: { protected: boolean; options: Record<string, unknown>; password?: string } = {
    protected: false,
    options: {},
  };
  showGridlines = true;
  /** Width of columns without an explicit width, and height of rows without one (points). */
  defaultColumnWidth = DEFAULT_COLUMN_WIDTH;
  defaultRowHeight = DEFAULT_ROW_HEIGHT;
  /** Set once the sheet is deleted; proxies that still point here fail. */
  deleted = false;

  constructor(
    readonly workbook: SimulatedWorkbook,
    name: string,
    id: string = newGuid(),
  ) {
    this.name = name;
    this.id = id;
  }

  get position(): number {
    return this.workbook.worksheets.indexOf(this);
  }

  getCell(row: number, col: number): Cell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  ensureCell(row: number, col: number): Cell {
    const key = cellKey(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Removes a cell that holds nothing (no value, formula, style or hyperlink). */
  pruneCell(row: number, col: number): void {
    const key = cellKey(row, col);
    const cell = this.cells.get(key);
    if (
      cell &&
      cell.value === null &&
      !cell.formula &&
      !cell.hyperlink &&
      (!cell.style || Object.keys(cell.style).length === 0)
    ) {
      this.cells.delete(key);
    }
  }

  /** Calls `fn` for each stored cell inside `rect` (in no particular order). */
  forEachCellIn(rect: CellRect, fn: (cell: Cell, row: number, col: number) => void): void {
    if (rectArea(rect) <= this.cells.size * 2) {
      for (let r = rect.r0; r <= rect.r1; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const cell = this.cells.get(cellKey(r, c));
          if (cell) fn(cell, r, c);
        }
      }
      return;
    }
    for (const [key, cell] of this.cells) {
      const r = Math.floor(key / MAX_COLS);
      const c = key % MAX_COLS;
      if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) fn(cell, r, c);
    }
  }

  /** Effective style of a cell: sheet, column, row and cell levels merged. */
  effectiveStyle(row: number, col: number): CellStyle {
    const cell = this.getCell(row, col);
    const colStyle = this.columnStyles.get(col);
    const rowStyle = this.rowStyles.get(row);
    if (!colStyle && !rowStyle && Object.keys(this.sheetStyle).length === 0) return cell?.style ?? {};
    return { ...this.sheetStyle, ...colStyle, ...rowStyle, ...cell?.style };
  }

  columnWidth(col: number): number {
    if (this.hiddenColumns.has(col)) return 0;
    return this.columnWidths.get(col) ?? this.defaultColumnWidth;
  }

  rowHeight(row: number): number {
    if (this.hiddenRows.has(row)) return 0;
    return this.rowHeights.get(row) ?? this.defaultRowHeight;
  }

  /** Left edge of a column in points. */
  columnLeft(col: number): number {
    let left = 0;
    for (let c = 0; c < col; c++) left += this.columnWidth(c);
    return left;
  }

  rowTop(row: number): number {
    let top = 0;
    for (let r = 0; r < row; r++) top += this.rowHeight(r);
    return top;
  }

  private readonly usedCache = new Map<boolean, { key: string; rect: CellRect | null }>();

  /** Bounding box of the used cells, or null when the sheet is empty (cached per workbook version). */
  usedRect(valuesOnly: boolean): CellRect | null {
    const key = `${this.workbook.version}:${this.cells.size}`;
    const cached = this.usedCache.get(valuesOnly);
    if (cached?.key === key) return cached.rect;
    const rect = this.computeUsedRect(valuesOnly);
    this.usedCache.set(valuesOnly, { key, rect });
    return rect;
  }

  private computeUsedRect(valuesOnly: boolean): CellRect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [key, cell] of this.cells) {
      const hasValue = cell.value !== null || !!cell.formula;
      const hasFormat = !!cell.style && Object.keys(cell.style).length > 0;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const r = Math.floor(key / MAX_COLS);
      const c = key % MAX_COLS;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    }
    if (r1 < 0) return null;
    return { r0, c0, r1, c1 };
  }

  tableAt(rect: CellRect): TableData | undefined {
    return this.tables.find((t) => rectsIntersect(t.rect, rect));
  }
}

export class SimulatedWorkbook {
  /** A new workbook with the given sheets (default one sheet, "Sheet1"), like a blank Excel workbook. */
  static create(sheetNames: string[] = ["Sheet1"]): SimulatedWorkbook {
    const wb = new SimulatedWorkbook();
    for (const name of sheetNames) wb.addWorksheet(name);
    return wb;
  }

  readonly worksheets: SimulatedWorksheet[] = [];
  names: NamedItemData[] = [];
  /** Add-in settings: key -> JSON text (like Office stores them). */
  readonly settings = new Map<string, string>();
  /** True when the workbook uses the 1904 date system; `values` then hold 1904-system serials. */
  date1904 = false;
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: CellRect } | null = null;
  /** Incremented on every mutation; formula results are cached per version. */
  version = 0;
  private nextTableId = 1;
  private nextChartId = 1;
  private nextConditionalFormatId = 1;

  addWorksheet(name: string, id?: string): SimulatedWorksheet {
    const ws = new SimulatedWorksheet(this, name, id);
    this.worksheets.push(ws);
    if (!this.activeSheetId) this.activeSheetId = ws.id;
    this.version++;
    return ws;
  }

  findWorksheet(nameOrId: string): SimulatedWorksheet | undefined {
    const lower = nameOrId.toLowerCase();
    return (
      this.worksheets.find((ws) => ws.name.toLowerCase() === lower) ??
      this.worksheets.find((ws) => ws.id === nameOrId)
    );
  }

  get activeWorksheet(): SimulatedWorksheet {
    const active = this.worksheets.find((ws) => ws.id === this.activeSheetId);
    return active ?? this.worksheets.find((ws) => ws.visibility === "Visible") ?? this.worksheets[0];
  }

  get tables(): TableData[] {
    return this.worksheets.flatMap((ws) => ws.tables);
  }

  findTable(nameOrId: string): TableData | undefined {
    const lower = nameOrId.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower || t.id === nameOrId);
  }

  findName(name: string): NamedItemData | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  newTableId(): string {
    return String(this.nextTableId++);
  }

  newChartId(): string {
    return `{${(this.nextChartId++).toString(16).toUpperCase().padStart(8, "0")}-C4A7-4D0B-9E5F-0000000C4A47}`;
  }

  newConditionalFormatId(): string {
    return String(this.nextConditionalFormatId++);
  }

  /** Default table name `TableN` not yet used by a table or a defined name. */
  nextTableName(): string {
    for (let i = 1; ; i++) {
      const name = `Table${i}`;
      if (!this.findTable(name) && !this.findName(name)) return name;
    }
  }

  touch(): void {
    this.version++;
  }
}
