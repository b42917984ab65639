/**
 * saveXlsx(workbook): writes a SimulatedWorkbook as .xlsx with ExcelJS, then post-processes the
 * package (hyperlinks, add-in settings) and adds native charts via ../xlsx-charts.
 *
 * Add-in settings (`workbook.settings`) are stored as custom document properties
 * (docProps/custom.xml): the JSON object `{ key: JSON text of the value }` split into chunks of at
 * most 255 characters named `SimulatedExcel.Settings.0`, `.1`, … (Office UIs limit property text
 * to 255 characters). loadXlsx reads them back.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { type CellRect, cellAddress, columnToLetters, formatRect, quoteSheetName } from "./address";
import { apiText, apiValue, readCell } from "./cells";
import { toArgb } from "./colors";
import { addChartsToXlsx } from "../xlsx-charts";
import type { ChartKind, ChartSeriesSpec, ChartSpec } from "../xlsx-charts";
import type {
  CellStyle,
  ChartData,
  ConditionalFormatData,
  HyperlinkData,
  SimulatedWorkbook,
  SimulatedWorksheet,
} from "./model";
import {
  CELL_IS_TO_XLSX,
  CRITERION_TO_XLSX,
  H_ALIGN_TO_XLSX,
  PAPER_TYPES,
  SETTINGS_CHUNK,
  SETTINGS_PROPERTY_NAME,
  TEXT_OP_TO_XLSX,
  UNDERLINE_TO_XLSX,
  V_ALIGN_TO_XLSX,
  attr,
  borderToXlsx,
  escapeXml,
  listSheetParts,
  pointsToChars,
  relsPathOf,
} from "./xlsx-common";

export { SETTINGS_PROPERTY_NAME };

type XStyle = Partial<ExcelJS.Style>;

function toExcelStyle(style: CellStyle): XStyle {
  const out: XStyle = {};
  if (style.numberFormat && style.numberFormat !== "General") out.numFmt = style.numberFormat;
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.strikethrough) font.strike = true;
  const underline = style.underline ? UNDERLINE_TO_XLSX[style.underline] : undefined;
  if (underline) font.underline = underline as ExcelJS.Font["underline"];
  if (style.fontColor && style.fontColor !== "#000000") font.color = { argb: toArgb(style.fontColor) };
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontName !== undefined) font.name = style.fontName;
  if (Object.keys(font).length > 0) out.font = { name: "Calibri", size: 11, ...font };
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(style.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  const h = style.horizontalAlignment ? H_ALIGN_TO_XLSX[style.horizontalAlignment] : undefined;
  const v = style.verticalAlignment ? V_ALIGN_TO_XLSX[style.verticalAlignment] : undefined;
  if (h) alignment.horizontal = h as ExcelJS.Alignment["horizontal"];
  if (v) alignment.vertical = v as ExcelJS.Alignment["vertical"];
  if (style.wrapText) alignment.wrapText = true;
  if (style.indentLevel) alignment.indent = style.indentLevel;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.borders) {
    const border: Partial<ExcelJS.Borders> = {};
    const borders = style.borders;
    const edge = (
      key: "top" | "bottom" | "left" | "right",
      name: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight",
    ) => {
      const b = borders[name];
      const s = b ? borderToXlsx(b.style, b.weight) : undefined;
      if (b && s) border[key] = { style: s as ExcelJS.BorderStyle, color: { argb: toArgb(b.color) } };
    };
    edge("top", "EdgeTop");
    edge("bottom", "EdgeBottom");
    edge("left", "EdgeLeft");
    edge("right", "EdgeRight");
    const down = style.borders.DiagonalDown;
    const up = style.borders.DiagonalUp;
    const diag = down ?? up;
    const diagStyle = diag ? borderToXlsx(diag.style, diag.weight) : undefined;
    if (diag && diagStyle) {
      border.diagonal = {
        up: !!up && up.style !== "None",
        down: !!down && down.style !== "None",
        style: diagStyle as ExcelJS.BorderStyle,
        color: { argb: toArgb(diag.color) },
      };
    }
    if (Object.keys(border).length > 0) out.border = border;
  }
  if (style.locked === false) out.protection = { locked: false };
  return out;
}

function cellValueFor(ws: SimulatedWorksheet, r: number, c: number): ExcelJS.CellValue {
  const cell = ws.getCell(r, c);
  if (!cell) return null;
  if (cell.formula) {
    const res = readCell(ws, r, c);
    const result = res.error
      ? { error: String(res.value) as ExcelJS.CellErrorValue["error"] }
      : (res.value ?? undefined);
    return { formula: cell.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  }
  if (cell.error) return { error: String(cell.value) as ExcelJS.CellErrorValue["error"] };
  return cell.value;
}

function inches(points: number): number {
  return Math.round((points / 72) * 1e6) / 1e6;
}

function headerFooterText(left: string, center: string, right: string): string | undefined {
  let out = "";
  if (left) out += `&L${left}`;
  if (center) out += `&C${center}`;
  if (right) out += `&R${right}`;
  return out || undefined;
}

function cfStyle(cf: ConditionalFormatData): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const f = cf.format;
  if (f.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: toArgb(f.fill) } };
  const font: Partial<ExcelJS.Font> = {};
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.strikethrough !== undefined) font.strike = f.strikethrough;
  if (f.fontColor) font.color = { argb: toArgb(f.fontColor) };
  if (f.underline && f.underline !== "None")
    font.underline = UNDERLINE_TO_XLSX[f.underline] as ExcelJS.Font["underline"];
  if (Object.keys(font).length > 0) style.font = font;
  if (f.numberFormat) style.numFmt = f.numberFormat;
  return style;
}

function cfRule(
  cf: ConditionalFormatData,
  priority: number,
  topLeft: string,
): ExcelJS.ConditionalFormattingRule | null {
  const strip = (f: string | undefined) => (f ?? "").replace(/^=/, "");
  const style = cfStyle(cf);
  switch (cf.type) {
    case "CellValue": {
      const op = cf.rule.operator ? CELL_IS_TO_XLSX[cf.rule.operator] : undefined;
      if (!op || !cf.rule.formula1) return null;
      const formulae = [strip(cf.rule.formula1)];
      if (cf.rule.formula2) formulae.push(strip(cf.rule.formula2));
      return {
        type: "cellIs",
        operator: op,
        formulae,
        style,
        priority,
      } as unknown as ExcelJS.ConditionalFormattingRule;
    }
    case "Custom":
      if (!cf.rule.formula) return null;
      return {
        type: "expression",
        formulae: [strip(cf.rule.formula)],
        style,
        priority,
      } as ExcelJS.ConditionalFormattingRule;
    case "ContainsText": {
      const op = cf.rule.operator ? TEXT_OP_TO_XLSX[cf.rule.operator] : undefined;
      if (!op) return null;
      const text = (cf.rule.text ?? "").replace(/"/g, '""');
      const formula =
        op === "containsText"
          ? `NOT(ISERROR(SEARCH("${text}",${topLeft})))`
          : op === "notContains"
            ? `ISERROR(SEARCH("${text}",${topLeft}))`
            : op === "beginsWith"
              ? `LEFT(${topLeft},LEN("${text}"))="${text}"`
              : `RIGHT(${topLeft},LEN("${text}"))="${text}"`;
      return {
        type: "containsText",
        operator: op,
        text: cf.rule.text ?? "",
        formulae: [formula],
        style,
        priority,
      } as unknown as ExcelJS.ConditionalFormattingRule;
    }
    case "ColorScale": {
      const cs = cf.colorScale;
      if (!cs) return null;
      const crit = [cs.minimum, ...(cs.midpoint ? [cs.midpoint] : []), cs.maximum];
      return {
        type: "colorScale",
        priority,
        cfvo: crit.map((c) => ({
          type: CRITERION_TO_XLSX[c.type] ?? "min",
          ...(c.formula !== undefined
            ? { value: Number.isFinite(Number(c.formula)) ? Number(c.formula) : c.formula }
            : {}),
        })),
        color: crit.map((c) => ({ argb: toArgb(c.color ?? "#FFFFFF") })),
      } as unknown as ExcelJS.ConditionalFormattingRule;
    }
    default:
      return null;
  }
}

const TOTALS_FUNCTIONS: Record<string, string> = {
  "101": "average",
  "102": "countNums",
  "103": "count",
  "104": "max",
  "105": "min",
  "107": "stdDev",
  "109": "sum",
  "110": "var",
};

function writeTables(ws: SimulatedWorksheet, xs: ExcelJS.Worksheet): void {
  for (const t of ws.tables) {
    const body = { r0: t.rect.r0 + (t.showHeaders ? 1 : 0), r1: t.rect.r1 - (t.showTotals ? 1 : 0) };
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = body.r0; r <= body.r1; r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = t.rect.c0; c <= t.rect.c1; c++) row.push(cellValueFor(ws, r, c));
      rows.push(row);
    }
    const columns = t.columns.map((col, i) => {
      const column: ExcelJS.TableColumnProperties & Record<string, unknown> = {
        name: col.name,
        filterButton: t.showFilterButton,
      };
      if (t.showTotals) {
        const cell = ws.getCell(t.rect.r1, t.rect.c0 + i);
        const m = cell?.formula ? /^=SUBTOTAL\((\d+),/i.exec(cell.formula) : null;
        if (m && TOTALS_FUNCTIONS[m[1]])
          column.totalsRowFunction = TOTALS_FUNCTIONS[
            m[1]
          ] as ExcelJS.TableColumnProperties["totalsRowFunction"];
        else if (cell?.formula) {
          column.totalsRowFunction = "custom";
          column.totalsRowFormula = cell.formula.replace(/^=/, "");
        } else if (cell && cell.value !== null) column.totalsRowLabel = String(cell.value);
      }
      return column;
    });
    xs.addTable({
      name: t.name,
      ref: cellAddress(t.rect.r0, t.rect.c0),
      headerRow: t.showHeaders,
      totalsRow: t.showTotals,
      style: {
        theme: (t.style || undefined) as ExcelJS.TableStyleProperties["theme"],
        showRowStripes: t.showBandedRows,
        showColumnStripes: t.showBandedColumns,
        showFirstColumn: t.highlightFirstColumn,
        showLastColumn: t.highlightLastColumn,
      },
      columns,
      rows,
    });
  }
}

function writeSheet(ws: SimulatedWorksheet, x: ExcelJS.Workbook, active: boolean): void {
  const pl = ws.pageLayout;
  const fit = pl.zoom.horizontalFitToPages !== undefined || pl.zoom.verticalFitToPages !== undefined;
  const xs = x.addWorksheet(ws.name, {
    state: ws.visibility === "VeryHidden" ? "veryHidden" : ws.visibility === "Hidden" ? "hidden" : "visible",
    properties: {
      ...(ws.tabColor ? { tabColor: { argb: toArgb(ws.tabColor) } } : {}),
      defaultRowHeight: ws.defaultRowHeight,
    } as ExcelJS.WorksheetProperties,
    views: [
      {
        state: ws.freeze ? "frozen" : "normal",
        ...(ws.freeze
          ? {
              xSplit: ws.freeze.columns,
              ySplit: ws.freeze.rows,
              topLeftCell: cellAddress(ws.freeze.rows, ws.freeze.columns),
            }
          : {}),
        showGridLines: ws.showGridlines,
        tabSelected: active,
      } as unknown as ExcelJS.WorksheetView,
    ],
    pageSetup: {
      orientation: pl.orientation === "Landscape" ? "landscape" : "portrait",
      paperSize: (PAPER_TYPES.indexOf(pl.paperSize as (typeof PAPER_TYPES)[number]) + 1 ||
        1) as ExcelJS.PageSetup["paperSize"],
      fitToPage: fit,
      ...(fit
        ? { fitToWidth: pl.zoom.horizontalFitToPages ?? 1, fitToHeight: pl.zoom.verticalFitToPages ?? 0 }
        : { scale: pl.zoom.scale ?? 100 }),
      horizontalCentered: pl.centerHorizontally,
      verticalCentered: pl.centerVertically,
      showGridLines: pl.printGridlines,
      blackAndWhite: pl.blackAndWhite,
      draft: pl.draftMode,
      pageOrder: pl.printOrder === "OverThenDown" ? "overThenDown" : "downThenOver",
      margins: {
        left: inches(pl.leftMargin),
        right: inches(pl.rightMargin),
        top: inches(pl.topMargin),
        bottom: inches(pl.bottomMargin),
        header: inches(pl.headerMargin),
        footer: inches(pl.footerMargin),
      },
      ...(pl.printArea && pl.printArea.length > 0
        ? { printArea: formatRect(pl.printArea[0]).replace(/\$/g, "") }
        : {}),
      ...(pl.printTitleRows
        ? { printTitlesRow: `${pl.printTitleRows[0] + 1}:${pl.printTitleRows[1] + 1}` }
        : {}),
      ...(pl.printTitleColumns
        ? {
            printTitlesColumn: `${columnToLetters(pl.printTitleColumns[0])}:${columnToLetters(pl.printTitleColumns[1])}`,
          }
        : {}),
    } as Partial<ExcelJS.PageSetup>,
    headerFooter: {
      oddHeader: headerFooterText(
        pl.headersFooters.leftHeader,
        pl.headersFooters.centerHeader,
        pl.headersFooters.rightHeader,
      ),
      oddFooter: headerFooterText(
        pl.headersFooters.leftFooter,
        pl.headersFooters.centerFooter,
        pl.headersFooters.rightFooter,
      ),
    } as ExcelJS.HeaderFooter,
  });
  if (ws.defaultColumnWidth !== 48) xs.properties.defaultColWidth = pointsToChars(ws.defaultColumnWidth);

  // Columns and rows: widths, heights, hidden flags and whole-column/row formats.
  const colIndexes = new Set<number>([
    ...ws.columnWidths.keys(),
    ...ws.hiddenColumns,
    ...ws.columnStyles.keys(),
  ]);
  for (const c of colIndexes) {
    const col = xs.getColumn(c + 1);
    // ExcelJS writes 9 characters for columns without a width; keep the sheet's default instead.
    col.width = pointsToChars(ws.columnWidths.get(c) ?? ws.defaultColumnWidth);
    if (ws.hiddenColumns.has(c)) col.hidden = true;
    const style = ws.columnStyles.get(c);
    if (style) col.style = toExcelStyle({ ...ws.sheetStyle, ...style }) as ExcelJS.Style;
  }
  const rowIndexes = new Set<number>([...ws.rowHeights.keys(), ...ws.hiddenRows, ...ws.rowStyles.keys()]);
  for (const r of rowIndexes) {
    const row = xs.getRow(r + 1);
    if (ws.rowHeights.has(r)) row.height = ws.rowHeights.get(r)!;
    if (ws.hiddenRows.has(r)) row.hidden = true;
    const style = ws.rowStyles.get(r);
    if (style) Object.assign(row, toExcelStyle({ ...ws.sheetStyle, ...style }));
  }

  // A break before zero-based row r is saved on the row above it (1-based r), as Excel does.
  // (ExcelJS keeps them in `rowBreaks`, which its typings list on the sheet's model only.)
  const rowBreaks = (xs as unknown as { rowBreaks: ExcelJS.RowBreak[] }).rowBreaks;
  for (const r of pl.rowBreaks) rowBreaks.push({ id: r, max: 16383, man: 1 } as ExcelJS.RowBreak);

  writeTables(ws, xs);

  for (const [key, cell] of ws.cells) {
    const r = Math.floor(key / 16384);
    const c = key % 16384;
    const xc = xs.getCell(r + 1, c + 1);
    const value = cellValueFor(ws, r, c);
    if (value !== null || cell.formula) xc.value = value;
    else if (xc.value !== null) xc.value = null;
    const style = toExcelStyle(ws.effectiveStyle(r, c));
    xc.style = style as ExcelJS.Style;
  }

  for (const m of ws.merges) xs.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);

  // Conditional formats: ws.conditionalFormats is in priority order.
  ws.conditionalFormats.forEach((cf, i) => {
    if (cf.rects.length === 0) return;
    const topLeft = cellAddress(cf.rects[0].r0, cf.rects[0].c0);
    const rule = cfRule(cf, i + 1, topLeft);
    if (!rule) return;
    xs.addConditionalFormatting({ ref: cf.rects.map((r) => formatRect(r)).join(" "), rules: [rule] });
  });
}

// ---------------------------------------------------------------- charts

function chartKind(type: string): ChartKind {
  if (/^Pie|^Doughnut/.test(type)) return "pie";
  if (/^Bar/.test(type)) return /Stacked/.test(type) ? "barStacked" : "bar";
  if (/^(Column|Cylinder|Cone|Pyramid|3DColumn)/.test(type))
    return /Stacked/.test(type) ? "columnStacked" : "column";
  return "line";
}

function refOf(ref: { sheet: SimulatedWorksheet; rect: CellRect }): string {
  return `'${ref.sheet.name.replace(/'/g, "''")}'!${formatRect(ref.rect, true)}`;
}

function cellsOf(ref: { sheet: SimulatedWorksheet; rect: CellRect }): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
    for (let c = ref.rect.c0; c <= ref.rect.c1; c++) out.push([r, c]);
  }
  return out;
}

/**
 * The cells of a chart's two-cell anchor. The anchor has no offsets, so the chart spans whole cells:
 * it starts in the cell under its top-left corner and ends at the left/top edge of the cell that its
 * right/bottom edge reaches (a chart aligned to cell edges keeps its exact size through a round trip).
 */
function anchorOf(ws: SimulatedWorksheet, chart: ChartData): ChartSpec["anchor"] {
  const find = (pos: number, size: (i: number) => number, max: number): number => {
    let acc = 0;
    for (let i = 0; i < max; i++) {
      acc += size(i);
      if (acc > pos) return i;
    }
    return max - 1;
  };
  const fromCol = find(chart.left, (i) => ws.columnWidth(i), 16384);
  const fromRow = find(chart.top, (i) => ws.rowHeight(i), 1048576);
  const toCol = Math.max(
    fromCol + 1,
    find(chart.left + chart.width, (i) => ws.columnWidth(i), 16384),
  );
  const toRow = Math.max(
    fromRow + 1,
    find(chart.top + chart.height, (i) => ws.rowHeight(i), 1048576),
  );
  return { fromCol, fromRow, toCol, toRow };
}

export function chartSpecs(wb: SimulatedWorkbook): ChartSpec[] {
  const specs: ChartSpec[] = [];
  for (const ws of wb.worksheets) {
    for (const chart of ws.charts) {
      const kind = chartKind(chart.chartType);
      const series: ChartSeriesSpec[] = [];
      for (const s of chart.series) {
        if (!s.valuesRef) continue;
        const catRef = s.xValuesRef ?? s.valuesRef;
        const values = cellsOf(s.valuesRef).map(([r, c]) => apiValue(s.valuesRef!.sheet, r, c));
        const categories = s.xValuesRef
          ? cellsOf(s.xValuesRef).map(([r, c]) => {
              const v = apiValue(catRef.sheet, r, c);
              return typeof v === "number" ? v : apiText(catRef.sheet, r, c);
            })
          : values.map((_v, i) => i + 1);
        const spec: ChartSeriesSpec = {
          name: s.name,
          categoriesRef: refOf(catRef),
          valuesRef: refOf(s.valuesRef),
          categories,
          values: values.map((v) => (typeof v === "number" ? v : null)),
        };
        if (s.nameRef) {
          const m = /^(.*)!(.*)$/.exec(s.nameRef);
          spec.nameRef = m
            ? `'${m[1]
                .replace(/^'(.*)'$/, "$1")
                .replace(/''/g, "'")
                .replace(/'/g, "''")}'!${m[2]}`
            : s.nameRef;
        }
        if (s.chartType && chartKind(s.chartType) !== kind) spec.kind = chartKind(s.chartType);
        if (s.color) spec.color = s.color.replace(/^#/, "");
        series.push(spec);
      }
      if (series.length === 0) continue;
      const axes = kind !== "pie";
      specs.push({
        sheetName: ws.name,
        kind,
        ...(chart.title.visible && chart.title.text ? { title: chart.title.text } : {}),
        series,
        anchor: anchorOf(ws, chart),
        ...(axes && chart.categoryAxis.titleVisible && chart.categoryAxis.title
          ? { xAxisTitle: chart.categoryAxis.title }
          : {}),
        ...(axes && chart.valueAxis.titleVisible && chart.valueAxis.title
          ? { yAxisTitle: chart.valueAxis.title }
          : {}),
        legend: !chart.legend.visible
          ? "none"
          : chart.legend.position === "Bottom"
            ? "bottom"
            : chart.legend.position === "Top"
              ? "top"
              : "right",
        ...(axes && chart.valueAxis.numberFormat && chart.valueAxis.numberFormat !== "General"
          ? { numberFormat: chart.valueAxis.numberFormat }
          : {}),
      });
    }
  }
  return specs;
}

// ---------------------------------------------------------------- package post-processing

const HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
const CUSTOM_PROPS_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CUSTOM_PROPS_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml";

async function writeHyperlinks(zip: JSZip, wb: SimulatedWorkbook): Promise<void> {
  const parts = await listSheetParts(zip);
  for (const ws of wb.worksheets) {
    const links: Array<{ r: number; c: number; link: HyperlinkData }> = [];
    for (const [key, cell] of ws.cells) {
      if (cell.hyperlink) links.push({ r: Math.floor(key / 16384), c: key % 16384, link: cell.hyperlink });
    }
    if (links.length === 0) continue;
    const part = parts.find((p) => p.name === ws.name);
    if (!part) continue;
    let xml = (await zip.file(part.path)!.async("string")).replace(/<hyperlinks>[\s\S]*?<\/hyperlinks>/, "");
    const relsPath = relsPathOf(part.path);
    let rels =
      (await zip.file(relsPath)?.async("string")) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const usedIds = new Set([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => attr(m[0], "Id")));
    let n = 1;
    const elements: string[] = [];
    const newRels: string[] = [];
    links.sort((a, b) => a.r - b.r || a.c - b.c);
    for (const { r, c, link } of links) {
      let a = `<hyperlink ref="${cellAddress(r, c)}"`;
      if (link.address) {
        while (usedIds.has(`rIdH${n}`)) n++;
        const id = `rIdH${n}`;
        usedIds.add(id);
        newRels.push(
          `<Relationship Id="${id}" Type="${HYPERLINK_REL}" Target="${escapeXml(link.address)}" TargetMode="External"/>`,
        );
        a += ` r:id="${id}"`;
        if (link.documentReference) a += ` location="${escapeXml(link.documentReference)}"`;
      } else if (link.documentReference) {
        a += ` location="${escapeXml(link.documentReference)}"`;
      }
      if (link.screenTip) a += ` tooltip="${escapeXml(link.screenTip)}"`;
      if (link.textToDisplay !== undefined) a += ` display="${escapeXml(link.textToDisplay)}"`;
      elements.push(`${a}/>`);
    }
    const block = `<hyperlinks>${elements.join("")}</hyperlinks>`;
    const anchor =
      /<(printOptions|pageMargins|pageSetup|headerFooter|drawing|legacyDrawing|tableParts|extLst)\b/.exec(
        xml,
      );
    xml = anchor
      ? xml.slice(0, anchor.index) + block + xml.slice(anchor.index)
      : xml.replace("</worksheet>", `${block}</worksheet>`);
    if (!/xmlns:r=/.test(xml.slice(0, 1000))) {
      xml = xml.replace(
        "<worksheet ",
        '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
      );
    }
    zip.file(part.path, xml);
    if (newRels.length > 0) {
      rels = rels.replace("</Relationships>", `${newRels.join("")}</Relationships>`);
      zip.file(relsPath, rels);
    }
  }
}

const REVISION_NS = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision";

/**
 * Worksheet ids persist like Excel persists them: as `xr:uid` on the worksheet's root element, so that
 * an add-in recognises its own sheets (by id) after the workbook was saved and opened again.
 */
async function writeSheetIds(zip: JSZip, wb: SimulatedWorkbook): Promise<void> {
  const parts = await listSheetParts(zip);
  for (const ws of wb.worksheets) {
    const part = parts.find((p) => p.name === ws.name);
    const xml = part && (await zip.file(part.path)?.async("string"));
    if (!part || !xml) continue;
    const updated = xml.replace(/<worksheet\b([^>]*)>/, (_m, attrs: string) => {
      let rest = attrs.replace(/\sxr:uid="[^"]*"/, "");
      if (!/\sxmlns:xr=/.test(rest)) rest += ` xmlns:xr="${REVISION_NS}"`;
      return `<worksheet${rest} xr:uid="${escapeXml(ws.id)}">`;
    });
    zip.file(part.path, updated);
  }
}

async function writeSettings(zip: JSZip, wb: SimulatedWorkbook): Promise<void> {
  if (wb.settings.size === 0) return;
  const json = JSON.stringify(Object.fromEntries(wb.settings));
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += SETTINGS_CHUNK) chunks.push(json.slice(i, i + SETTINGS_CHUNK));
  const props = chunks
    .map(
      (chunk, i) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${SETTINGS_PROPERTY_NAME}.${i}"><vt:lpwstr>${escapeXml(chunk)}</vt:lpwstr></property>`,
    )
    .join("");
  zip.file(
    "docProps/custom.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
      `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`,
  );
  let types = await zip.file("[Content_Types].xml")!.async("string");
  if (!types.includes('PartName="/docProps/custom.xml"')) {
    types = types.replace(
      "</Types>",
      `<Override PartName="/docProps/custom.xml" ContentType="${CUSTOM_PROPS_CT}"/></Types>`,
    );
    zip.file("[Content_Types].xml", types);
  }
  let rootRels = await zip.file("_rels/.rels")!.async("string");
  if (!rootRels.includes(CUSTOM_PROPS_REL)) {
    rootRels = rootRels.replace(
      "</Relationships>",
      `<Relationship Id="rIdCustomProps" Type="${CUSTOM_PROPS_REL}" Target="docProps/custom.xml"/></Relationships>`,
    );
    zip.file("_rels/.rels", rootRels);
  }
}

export async function saveXlsx(wb: SimulatedWorkbook): Promise<Uint8Array> {
  const x = new ExcelJS.Workbook();
  x.properties.date1904 = wb.date1904;
  x.calcProperties.fullCalcOnLoad = true;
  const activeIndex = Math.max(0, wb.worksheets.indexOf(wb.activeWorksheet));
  wb.worksheets.forEach((ws, i) => writeSheet(ws, x, i === activeIndex));
  x.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: activeIndex, visibility: "visible" },
  ];
  for (const n of wb.names) {
    const body = n.formula.replace(/^=/, "");
    if (!/!/.test(body)) continue; // ExcelJS only writes range names
    const local = n.worksheet ? wb.worksheets.indexOf(n.worksheet) : undefined;
    x.definedNames.model = [
      ...x.definedNames.model,
      { name: n.name, ranges: [body], ...(local !== undefined ? { localSheetId: local } : {}) } as never,
    ];
  }
  const buffer = await x.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(buffer as ArrayBuffer);
  await writeHyperlinks(zip, wb);
  await writeSheetIds(zip, wb);
  await writeSettings(zip, wb);
  let bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const specs = chartSpecs(wb);
  if (specs.length > 0) bytes = await addChartsToXlsx(bytes, specs);
  return bytes;
}

/** Quoted sheet reference helper shared with tests. */
export function sheetQualified(ws: SimulatedWorksheet, rect: CellRect): string {
  return `${quoteSheetName(ws.name)}!${formatRect(rect, true)}`;
}
