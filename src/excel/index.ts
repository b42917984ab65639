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
  earlierYearsOnly,
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
export {
  SETTINGS_KEY,
  LAST_ERROR_KEY,
  IGNORE_SHEET,
  PEILDATUM_MODES,
  defaultSettings,
  parseSettings,
  settingsValue,
  parseLastError,
  loadSettings,
  saveSettings,
  saveLastError,
  clearLastError,
  applySheetOverrides,
  resolvePeildatum,
  dayOfDate,
  analysisOptions,
  type TeamSettings,
  type SheetOverride,
  type PeildatumMode,
  type LastError,
  type StoredSettings,
} from "./settings";
export {
  importSheet,
  importedSheetName,
  uniqueSheetName,
  cleanSheetName,
  ImportError,
  type ImportOptions,
  type ImportResult,
} from "./import-sheet";
export { activateSheet } from "./activate";
export {
  checkWorkbook,
  refreshReport,
  recogniseSources,
  MissingSourcesError,
  PIPELINE_STEPS,
  type PipelineStep,
  type PipelineOptions,
  type CheckResult,
  type RefreshResult,
  type Recognised,
} from "./make-report";
