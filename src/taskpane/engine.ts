/**
 * The engine and the workbook operations the pane uses, in their own chunk: loaded right after the
 * pane's first render (see App), so that the first render does not wait for the rules, the figures
 * and the report writer. Import it through `loadEngine()` only.
 */
export { readWorkbook } from "../excel/read-workbook";
export { checkWorkbook, recogniseSources, refreshReport } from "../excel/make-report";
export { importedSheetName, importSheet } from "../excel/import-sheet";
export { selectFindingCell } from "../excel/navigate";
export { activateSheet } from "../excel/activate";
export { recordMaandstand } from "../excel/maandstand";
export { localStamp } from "../excel/history";
