/** The Excel layer: the only code that touches `Excel.*`. See README.md in this folder. */
export { type ExcelHost, officeHost, simulatedHost } from "./host";
export {
  readWorkbook,
  guessDate1904,
  MAX_BLOCK_ROWS,
  type ReadOptions,
  type ReadResult,
} from "./read-workbook";
export {
  writeReport,
  ReportWriteError,
  DEFAULT_MAX_REQUEST_BYTES,
  DEFAULT_MAX_SYNCS,
  type WriteReportOptions,
  type WriteResult,
} from "./write-report";
export { recordMaandstand, MaandstandError, type RecordOptions, type RecordResult } from "./maandstand";
export { selectFindingCell } from "./navigate";
export { detectFeatures, omittedFeatures, UnsupportedExcelError, type Features } from "./features";
export {
  maandstandRows,
  parseHistory,
  previousMaandstand,
  HISTORY_COLUMNS,
  type MaandstandRow,
  type PreviousMaandstand,
} from "./history";
export { buildReportPlan, type PlanOptions } from "./plan/build";
export type {
  ReportPlan,
  SheetPlan,
  TablePlan,
  ChartPlan,
  TextPlan,
  ColumnPlan,
  PlanValue,
} from "./plan/types";
export {
  REGISTRY_KEY,
  PREFERRED_NAMES,
  REPORT_ROLES,
  parseRegistry,
  type Registry,
  type RegisteredSheet,
  type ReportRole,
} from "./registry";
export { findingLink } from "./sheets/bevindingen";
export {
  measureReportWrite,
  formatBench,
  workbookFromDemo,
  type BenchResult,
  type BenchOptions,
} from "./bench";
