// Native, editable Excel charts for .xlsx packages written by ExcelJS (which cannot write charts).
// No Node or Office APIs: works in Node and in the browser on Uint8Array/ArrayBuffer.
export type { ChartInfo, ChartKind, ChartSeriesInfo, ChartSeriesSpec, ChartSpec } from "./types";
export { addChartsToXlsx } from "./add-charts";
export { readChartsFromXlsx } from "./read-charts";
export { buildChartXml, validateChartSpec } from "./chart-xml";

/** A sheet-qualified reference such as "'Jan''s data'!$A$2:$A$5" (the sheet name always quoted). */
export function sheetRef(sheetName: string, range: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${range}`;
}
