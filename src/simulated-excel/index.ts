/**
 * Strict simulated Excel: an in-memory workbook with an `Excel.run`-compatible API, xlsx I/O via
 * ExcelJS, and globals for browser previews. See README.md in this folder. Browser-safe: no Node
 * APIs here (./node.ts has the file helpers).
 */
export { createSimulatedExcel } from "./simulator";
export type { SimulatedExcel, SimulatedExcelOptions, Batch } from "./simulator";
export { SimulatedWorkbook, SimulatedWorksheet } from "./model";
export type {
  Cell,
  CellStyle,
  CellValue,
  ChartData,
  ChartSeriesData,
  ConditionalFormatData,
  HyperlinkData,
  NamedItemData,
  PageLayoutData,
  TableData,
} from "./model";
export { ExcelEnums } from "./enums";
export { installExcelGlobals } from "./globals";
export type { InstalledGlobals } from "./globals";
export { SimulatedOfficeError, SimErrorCodes } from "./errors";
export type { SimStats } from "./payload";
export { DEFAULT_MAX_PAYLOAD_BYTES } from "./payload";
export { DEFAULT_SUPPORTED_SETS, requiredExcelApi } from "./requirements";
export { loadXlsx } from "./xlsx-load";
export { saveXlsx, SETTINGS_PROPERTY_NAME } from "./xlsx-save";
export { serialToParts, dateToSerial, formatValue } from "./text-format";
export { DATE1904_OFFSET, dateToSerialNumber, serial1904To1900, serialToDate } from "./dates";
export { SUPPORTED_FUNCTIONS } from "./formula";
