/**
 * Which parts of the report this Excel can make, from the requirement sets it supports at run time.
 * Where a feature is missing, the report is still made without it and `omitted` says what was left out.
 */
import type { ExcelHost } from "./host";

export interface Features {
  /** ExcelApi 1.4: settings (the registry) and *OrNullObject methods. Without it no report at all. */
  base: boolean;
  /** ExcelApi 1.6: conditional formats (else fixed fills) and suspendApiCalculationUntilNextSync. */
  conditionalFormats: boolean;
  suspendCalculation: boolean;
  /** ExcelApi 1.7: freeze panes, tab colours, chart series API (categories from another column). */
  freezePanes: boolean;
  tabColor: boolean;
  chartSeries: boolean;
  /** ExcelApi 1.8: hide gridlines, number format of chart axes. */
  gridlines: boolean;
  axisNumberFormat: boolean;
  /** ExcelApi 1.9: page layout (print settings, headers/footers, print titles), screen updating. */
  pageLayout: boolean;
  suspendScreenUpdating: boolean;
  /** ExcelApi 1.9: indent of text cells. */
  indent: boolean;
}

export const MINIMUM_API = "1.4";

export function detectFeatures(host: ExcelHost): Features {
  const api = (version: string) => host.isSetSupported("ExcelApi", version);
  return {
    base: api(MINIMUM_API),
    conditionalFormats: api("1.6"),
    suspendCalculation: api("1.6"),
    freezePanes: api("1.7"),
    tabColor: api("1.7"),
    chartSeries: api("1.7"),
    gridlines: api("1.8"),
    axisNumberFormat: api("1.8"),
    pageLayout: api("1.9"),
    suspendScreenUpdating: api("1.9"),
    indent: api("1.9"),
  };
}

/** Dutch lines for the user: what the report lacks in this Excel. */
export function omittedFeatures(features: Features, options: { chartsNeedSeries: boolean }): string[] {
  const out: string[] = [];
  if (!features.conditionalFormats)
    out.push("stoplichtkleuren als voorwaardelijke opmaak (vaste kleuren gebruikt; ExcelApi 1.6)");
  if (!features.freezePanes) out.push("vastgezette titelregels (ExcelApi 1.7)");
  if (!features.tabColor) out.push("tabkleur van de rapportbladen (ExcelApi 1.7)");
  if (!features.chartSeries && options.chartsNeedSeries)
    out.push("grafiek dekkingsgraad per sector (ExcelApi 1.7)");
  if (!features.gridlines) out.push("rasterlijnen verbergen (ExcelApi 1.8)");
  if (!features.axisNumberFormat) out.push("getalnotatie van de grafiekassen (ExcelApi 1.8)");
  if (!features.pageLayout)
    out.push(
      "afdrukinstellingen (liggend, één pagina breed, kop- en voettekst, herhaalde kopregels) (ExcelApi 1.9)",
    );
  return out;
}

export class UnsupportedExcelError extends Error {
  constructor() {
    super(
      `Deze versie van Excel is te oud voor WSP Monitor: ExcelApi ${MINIMUM_API} of nieuwer is nodig ` +
        "(Excel 2016 of nieuwer, Microsoft 365 of Excel op het web).",
    );
    this.name = "UnsupportedExcelError";
  }
}
