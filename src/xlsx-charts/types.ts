export type ChartKind = "bar" | "column" | "line" | "pie" | "barStacked" | "columnStacked";

export interface ChartSeriesSpec {
  /** Literal series name (written as the cached name). */
  name: string;
  /** Optional cell reference for the name, e.g. "'Voortgang'!$C$5". */
  nameRef?: string;
  /** e.g. "'Voortgang'!$A$6:$A$15" */
  categoriesRef: string;
  /** e.g. "'Voortgang'!$C$6:$C$15" */
  valuesRef: string;
  /** Cached category values, so viewers show data without recalculation. */
  categories?: (string | number)[];
  /** Cached values; null leaves a gap. */
  values?: (number | null)[];
  /** Per-series override for combination charts, e.g. a 'line' series over 'column' bars. */
  kind?: ChartKind;
  /** "RRGGBB" */
  color?: string;
}

export interface ChartSpec {
  /** The worksheet that shows the chart. */
  sheetName: string;
  kind: ChartKind;
  title?: string;
  series: ChartSeriesSpec[];
  /** Zero-based cell anchors (top-left cell to bottom-right cell). */
  anchor: { fromCol: number; fromRow: number; toCol: number; toRow: number };
  /** Title of the category axis (horizontal for column/line, vertical for bar). */
  xAxisTitle?: string;
  /** Title of the value axis. */
  yAxisTitle?: string;
  /** Default 'right'. */
  legend?: "right" | "bottom" | "top" | "none";
  /** Value axis number format, e.g. '0%' or '#,##0'. */
  numberFormat?: string;
}

export interface ChartSeriesInfo {
  name: string;
  nameRef?: string;
  categoriesRef: string;
  valuesRef: string;
  kind: ChartKind;
}

export interface ChartInfo {
  sheetName: string;
  /** The kind of the first series (for a combination chart, the kind of its first series). */
  kind: ChartKind;
  title?: string;
  series: ChartSeriesInfo[];
  /** Where the chart sits (zero-based cells of its two-cell anchor), when the drawing says. */
  anchor?: ChartSpec["anchor"];
}
