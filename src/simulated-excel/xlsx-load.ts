/**
 * loadXlsx(bytes): reads an .xlsx into a SimulatedWorkbook with ExcelJS. Values are stored the way
 * Excel's JS API returns them: dates as serial numbers in the workbook's own date system (see
 * `SimulatedWorkbook.date1904`), rich text as plain strings, formula cells with their cached
 * result, error cells as "#N/A"-style strings. Internal hyperlinks (`location`) and the add-in
 * settings (custom properties) are read from the package directly; charts via ../xlsx-charts.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseAddress } from "./address";
import { fromArgb } from "./colors";
import { dateToSerialNumber } from "./dates";
import { readChartsFromXlsx } from "../xlsx-charts";
import {
  type BorderData,
  type CellStyle,
  type CellValue,
  type ChartSeriesData,
  type ConditionalFormatData,
  type HyperlinkData,
  SimulatedWorkbook,
  type SimulatedWorksheet,
  type TableData,
} from "./model";
import {
  CELL_IS_TO_XLSX,
  CRITERION_TO_XLSX,
  H_ALIGN_TO_XLSX,
  PAPER_TYPES,
  SETTINGS_PROPERTY_NAME,
  TEXT_OP_TO_XLSX,
  UNDERLINE_TO_XLSX,
  V_ALIGN_TO_XLSX,
  attr,
  borderFromXlsx,
  charsToPoints,
  invert,
  listSheetParts,
  relsPathOf,
  unescapeXml,
} from "./xlsx-common";

const H_ALIGN = invert(H_ALIGN_TO_XLSX);
const V_ALIGN = invert(V_ALIGN_TO_XLSX);
const UNDERLINE = invert(UNDERLINE_TO_XLSX);
const CELL_IS = invert(CELL_IS_TO_XLSX);
const TEXT_OP = invert(TEXT_OP_TO_XLSX);
const CRITERION = invert(CRITERION_TO_XLSX);

function plainText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value) {
    return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  }
  return value === null || value === undefined ? "" : String(value);
}

function scalar(value: unknown, date1904: boolean): { value: CellValue | null; error?: boolean } {
  if (value === null || value === undefined) return { value: null };
  if (value instanceof Date) return { value: dateToSerialNumber(value, date1904) };
  if (typeof value === "number" || typeof value === "boolean") return { value };
  if (typeof value === "string") return { value: value === "" ? null : value };
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("error" in v) return { value: String(v.error), error: true };
    if ("richText" in v) return { value: plainText(v) };
    if ("text" in v) return { value: plainText(v.text) };
  }
  return { value: String(value) };
}

function color(c: Partial<ExcelJS.Color> | undefined): string | undefined {
  return c && typeof c.argb === "string" ? fromArgb(c.argb) : undefined;
}

function styleOf(cell: ExcelJS.Cell): CellStyle | undefined {
  const s: CellStyle = {};
  if (cell.numFmt && cell.numFmt !== "General") s.numberFormat = cell.numFmt;
  const f = cell.font;
  if (f) {
    if (f.bold) s.bold = true;
    if (f.italic) s.italic = true;
    if (f.strike) s.strikethrough = true;
    if (f.underline)
      s.underline = f.underline === true ? "Single" : (UNDERLINE[String(f.underline)] ?? "Single");
    const fc = color(f.color);
    if (fc && fc !== "#000000") s.fontColor = fc;
    if (f.size !== undefined && f.size !== 11) s.fontSize = f.size;
    if (f.name && f.name !== "Calibri") s.fontName = f.name;
  }
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill && fill.type === "pattern" && fill.pattern === "solid") {
    const fc = color(fill.fgColor);
    if (fc) s.fill = fc;
  }
  const a = cell.alignment;
  if (a) {
    if (a.horizontal && H_ALIGN[a.horizontal]) s.horizontalAlignment = H_ALIGN[a.horizontal];
    if (a.vertical && V_ALIGN[a.vertical]) s.verticalAlignment = V_ALIGN[a.vertical];
    if (a.wrapText) s.wrapText = true;
    if (a.indent) s.indentLevel = a.indent;
  }
  const b = cell.border;
  if (b) {
    const borders: NonNullable<CellStyle["borders"]> = {};
    const edge = (x: Partial<ExcelJS.Border> | undefined): BorderData | undefined => {
      const mapped = x?.style ? borderFromXlsx(x.style) : undefined;
      return mapped ? { ...mapped, color: color(x?.color) ?? "#000000" } : undefined;
    };
    const top = edge(b.top);
    const bottom = edge(b.bottom);
    const left = edge(b.left);
    const right = edge(b.right);
    if (top) borders.EdgeTop = top;
    if (bottom) borders.EdgeBottom = bottom;
    if (left) borders.EdgeLeft = left;
    if (right) borders.EdgeRight = right;
    const d = b.diagonal as (Partial<ExcelJS.BorderDiagonal> & Partial<ExcelJS.Border>) | undefined;
    const diag = edge(d);
    if (diag && d?.up) borders.DiagonalUp = diag;
    if (diag && d?.down) borders.DiagonalDown = diag;
    if (Object.keys(borders).length > 0) s.borders = borders;
  }
  if (cell.protection && cell.protection.locked === false) s.locked = false;
  return Object.keys(s).length > 0 ? s : undefined;
}

function points(inches: number): number {
  return Math.round(inches * 72 * 1e6) / 1e6;
}

function splitHeaderFooter(text: string | undefined): [string, string, string] {
  const out: [string, string, string] = ["", "", ""];
  if (!text) return out;
  let current = 1;
  let i = 0;
  let buf = "";
  const flush = () => {
    out[current] += buf;
    buf = "";
  };
  while (i < text.length) {
    if (text[i] === "&" && /[LCR]/.test(text[i + 1] ?? "")) {
      flush();
      current = text[i + 1] === "L" ? 0 : text[i + 1] === "C" ? 1 : 2;
      i += 2;
      continue;
    }
    if (text[i] === "&" && text[i + 1] === "&") {
      buf += "&&";
      i += 2;
      continue;
    }
    buf += text[i++];
  }
  flush();
  return out;
}

function readSheet(xs: ExcelJS.Worksheet, wb: SimulatedWorkbook): SimulatedWorksheet {
  const ws = wb.addWorksheet(xs.name);
  const date1904 = wb.date1904;
  ws.visibility = xs.state === "veryHidden" ? "VeryHidden" : xs.state === "hidden" ? "Hidden" : "Visible";
  const tab = color((xs.properties as { tabColor?: Partial<ExcelJS.Color> }).tabColor);
  if (tab) ws.tabColor = tab;
  if (xs.properties.defaultRowHeight && xs.properties.defaultRowHeight !== 15)
    ws.defaultRowHeight = xs.properties.defaultRowHeight;
  if (xs.properties.defaultColWidth) ws.defaultColumnWidth = charsToPoints(xs.properties.defaultColWidth);

  // Columns
  const cols = (xs as unknown as { _columns?: ExcelJS.Column[] })._columns ?? [];
  cols.forEach((col, i) => {
    if (!col) return;
    const model = (col as unknown as { _width?: number; width?: number }).width;
    if (model !== undefined && (col as unknown as { isCustomWidth?: boolean }).isCustomWidth !== false) {
      ws.columnWidths.set(i, charsToPoints(model));
    }
    if (col.hidden) ws.hiddenColumns.add(i);
  });

  xs.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.height !== undefined && (row as unknown as { customHeight?: boolean }).customHeight !== false) {
      ws.rowHeights.set(r, row.height);
    }
    if (row.hidden) ws.hiddenRows.add(r);
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      const style = styleOf(cell);
      let value: { value: CellValue | null; error?: boolean } = { value: null };
      let formula: string | undefined;
      let hyperlink: HyperlinkData | undefined;
      switch (cell.type) {
        case ExcelJS.ValueType.Merge:
        case ExcelJS.ValueType.Null:
          break;
        case ExcelJS.ValueType.Formula: {
          const f = cell.formula;
          if (f) formula = `=${f}`;
          value = scalar((cell.value as ExcelJS.CellFormulaValue).result, date1904);
          break;
        }
        case ExcelJS.ValueType.Hyperlink: {
          const v = cell.value as ExcelJS.CellHyperlinkValue;
          value = scalar(plainText(v.text), date1904);
          hyperlink = v.hyperlink.startsWith("#")
            ? { documentReference: v.hyperlink.slice(1) }
            : { address: v.hyperlink };
          if (v.tooltip) hyperlink.screenTip = v.tooltip;
          break;
        }
        default:
          value = scalar(cell.value, date1904);
      }
      if (value.value === null && !formula && !style && !hyperlink) return;
      const target = ws.ensureCell(r, c);
      target.value = value.value;
      if (value.error) target.error = true;
      if (formula) target.formula = formula;
      if (style) target.style = style;
      if (hyperlink) target.hyperlink = hyperlink;
    });
  });

  // Merged cells
  const merges = (xs.model as unknown as { merges?: string[] }).merges ?? [];
  for (const m of merges) {
    const parsed = parseAddress(m);
    if (parsed) ws.merges.push(parsed.rect);
  }

  // Freeze panes
  const view = xs.views?.[0] as
    (ExcelJS.WorksheetView & { xSplit?: number; ySplit?: number; showGridLines?: boolean }) | undefined;
  if (view) {
    if (view.state === "frozen" && ((view.xSplit ?? 0) > 0 || (view.ySplit ?? 0) > 0)) {
      ws.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
    }
    if (view.showGridLines === false) ws.showGridlines = false;
  }

  // Page setup
  const ps = xs.pageSetup;
  const pl = ws.pageLayout;
  if (ps) {
    pl.orientation = ps.orientation === "landscape" ? "Landscape" : "Portrait";
    if (ps.fitToPage)
      pl.zoom = { horizontalFitToPages: ps.fitToWidth ?? 1, verticalFitToPages: ps.fitToHeight ?? 1 };
    else if (ps.scale) pl.zoom = { scale: ps.scale };
    if (ps.paperSize && PAPER_TYPES[ps.paperSize - 1]) pl.paperSize = PAPER_TYPES[ps.paperSize - 1];
    pl.centerHorizontally = !!ps.horizontalCentered;
    pl.centerVertically = !!ps.verticalCentered;
    pl.printGridlines = !!ps.showGridLines;
    pl.blackAndWhite = !!ps.blackAndWhite;
    pl.draftMode = !!ps.draft;
    pl.printOrder = ps.pageOrder === "overThenDown" ? "OverThenDown" : "DownThenOver";
    const m = ps.margins;
    if (m) {
      pl.leftMargin = points(m.left);
      pl.rightMargin = points(m.right);
      pl.topMargin = points(m.top);
      pl.bottomMargin = points(m.bottom);
      pl.headerMargin = points(m.header);
      pl.footerMargin = points(m.footer);
    }
    if (ps.printArea) {
      pl.printArea = ps.printArea
        .split("&&")
        .map((a) => parseAddress(a.replace(/\$/g, ""))?.rect)
        .filter((r): r is NonNullable<typeof r> => !!r);
      if (pl.printArea.length === 0) pl.printArea = null;
    }
    const rows = ps.printTitlesRow ? /^(\d+):(\d+)$/.exec(ps.printTitlesRow.replace(/\$/g, "")) : null;
    if (rows) pl.printTitleRows = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    const colsTitle = ps.printTitlesColumn ? parseAddress(ps.printTitlesColumn.replace(/\$/g, "")) : null;
    if (colsTitle) pl.printTitleColumns = [colsTitle.rect.c0, colsTitle.rect.c1];
  }
  const hf = xs.headerFooter;
  if (hf) {
    const [lh, ch, rh] = splitHeaderFooter(hf.oddHeader);
    const [lf, cf, rf] = splitHeaderFooter(hf.oddFooter);
    pl.headersFooters = {
      leftHeader: lh,
      centerHeader: ch,
      rightHeader: rh,
      leftFooter: lf,
      centerFooter: cf,
      rightFooter: rf,
    };
  }

  readTables(xs, ws);
  readConditionalFormats(xs, ws);
  return ws;
}

function readTables(xs: ExcelJS.Worksheet, ws: SimulatedWorksheet): void {
  const tables =
    (
      xs as unknown as {
        tables?: Record<string, { table?: Record<string, unknown> } & Record<string, unknown>>;
      }
    ).tables ?? {};
  for (const entry of Object.values(tables)) {
    const model = (entry.table ?? entry) as {
      name?: string;
      displayName?: string;
      tableRef?: string;
      ref?: string;
      headerRow?: boolean;
      totalsRow?: boolean;
      style?: {
        theme?: string;
        showRowStripes?: boolean;
        showColumnStripes?: boolean;
        showFirstColumn?: boolean;
        showLastColumn?: boolean;
      };
      columns?: Array<{ name: string; filterButton?: boolean }>;
      autoFilterRef?: string;
    };
    const ref = model.tableRef ?? model.ref;
    const parsed = ref ? parseAddress(ref) : null;
    const name = model.displayName ?? model.name;
    if (!parsed || !name) continue;
    let rect = parsed.rect;
    if (rect.r0 === rect.r1 && rect.c0 === rect.c1 && model.columns) {
      // ExcelJS sometimes keeps only the top-left reference.
      rect = { ...rect, c1: rect.c0 + model.columns.length - 1 };
    }
    const table: TableData = {
      id: ws.workbook.newTableId(),
      name,
      worksheet: ws,
      rect,
      showHeaders: model.headerRow !== false,
      showTotals: model.totalsRow === true,
      style: model.style?.theme ?? "",
      showBandedRows: model.style?.showRowStripes ?? false,
      showBandedColumns: model.style?.showColumnStripes ?? false,
      showFilterButton:
        model.autoFilterRef !== undefined || (model.columns?.some((c) => c.filterButton) ?? false),
      highlightFirstColumn: model.style?.showFirstColumn ?? false,
      highlightLastColumn: model.style?.showLastColumn ?? false,
      columns: (model.columns ?? []).map((c, i) => ({ id: i + 1, name: c.name })),
      nextColumnId: (model.columns?.length ?? 0) + 1,
    };
    ws.tables.push(table);
  }
}

function readConditionalFormats(xs: ExcelJS.Worksheet, ws: SimulatedWorksheet): void {
  const cfs =
    (
      xs as unknown as {
        conditionalFormattings?: Array<{ ref: string; rules: Array<Record<string, unknown>> }>;
      }
    ).conditionalFormattings ?? [];
  const collected: Array<{ priority: number; cf: ConditionalFormatData }> = [];
  for (const block of cfs) {
    const rects = block.ref
      .split(/\s+/)
      .map((a) => parseAddress(a)?.rect)
      .filter((r): r is NonNullable<typeof r> => !!r);
    for (const rule of block.rules) {
      const style = (rule.style ?? {}) as Partial<ExcelJS.Style>;
      const format: ConditionalFormatData["format"] = {};
      const fill = style.fill as ExcelJS.FillPattern | undefined;
      const fillColor = fill ? (color(fill.bgColor) ?? color(fill.fgColor)) : undefined;
      if (fillColor) format.fill = fillColor;
      if (style.font?.bold !== undefined) format.bold = !!style.font.bold;
      if (style.font?.italic !== undefined) format.italic = !!style.font.italic;
      if (style.font?.strike !== undefined) format.strikethrough = !!style.font.strike;
      const fontColor = color(style.font?.color);
      if (fontColor) format.fontColor = fontColor;
      if (style.numFmt)
        format.numberFormat = typeof style.numFmt === "string" ? style.numFmt : String(style.numFmt);
      const formulae = (rule.formulae as unknown[] | undefined)?.map((f) => `=${String(f)}`) ?? [];
      const cf: ConditionalFormatData = {
        id: ws.workbook.newConditionalFormatId(),
        type: "",
        rects: rects.map((r) => ({ ...r })),
        stopIfTrue: !!rule.stopIfTrue,
        rule: {},
        format,
      };
      switch (rule.type) {
        case "cellIs":
          cf.type = "CellValue";
          cf.rule = { operator: CELL_IS[String(rule.operator)] ?? "EqualTo", formula1: formulae[0] ?? "" };
          if (formulae[1]) cf.rule.formula2 = formulae[1];
          break;
        case "expression":
          cf.type = "Custom";
          cf.rule = { formula: formulae[0] ?? "=FALSE" };
          break;
        case "containsText":
          cf.type = "ContainsText";
          cf.rule = { operator: TEXT_OP[String(rule.operator)] ?? "Contains", text: String(rule.text ?? "") };
          break;
        case "colorScale": {
          cf.type = "ColorScale";
          const cfvo = (rule.cfvo as Array<{ type: string; value?: unknown }>) ?? [];
          const colors = (rule.color as Array<Partial<ExcelJS.Color>>) ?? [];
          const crit = cfvo.map((v, i) => ({
            type: CRITERION[v.type] ?? "LowestValue",
            ...(v.value !== undefined ? { formula: String(v.value) } : {}),
            color: color(colors[i]) ?? "#FFFFFF",
          }));
          if (crit.length >= 2) {
            cf.colorScale =
              crit.length === 3
                ? { minimum: crit[0], midpoint: crit[1], maximum: crit[2] }
                : { minimum: crit[0], maximum: crit[crit.length - 1] };
          }
          break;
        }
        default:
          continue; // data bars, icon sets, top/bottom … are not simulated
      }
      collected.push({ priority: Number(rule.priority ?? 0), cf });
    }
  }
  collected.sort((a, b) => a.priority - b.priority);
  ws.conditionalFormats = collected.map((c) => c.cf);
}

async function readPackageExtras(bytes: Uint8Array | ArrayBuffer, wb: SimulatedWorkbook): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  // Worksheet ids as Excel stores them (xr:uid on the worksheet element), so they survive a save.
  for (const part of await listSheetParts(zip)) {
    const ws = wb.findWorksheet(part.name);
    const root = /<worksheet\b[^>]*>/.exec((await zip.file(part.path)?.async("string")) ?? "");
    const uid = root ? attr(root[0], "xr:uid") : undefined;
    if (!ws || !uid || wb.worksheets.some((other) => other !== ws && other.id === uid)) continue;
    if (wb.activeSheetId === ws.id) wb.activeSheetId = uid;
    ws.id = uid;
  }
  // Internal hyperlinks (location attribute), which ExcelJS drops.
  for (const part of await listSheetParts(zip)) {
    const ws = wb.findWorksheet(part.name);
    const xml = await zip.file(part.path)?.async("string");
    if (!ws || !xml) continue;
    const block = /<hyperlinks>([\s\S]*?)<\/hyperlinks>/.exec(xml);
    if (!block) continue;
    const rels = (await zip.file(relsPathOf(part.path))?.async("string")) ?? "";
    const targets = new Map<string, string>();
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = attr(m[0], "Id");
      const target = attr(m[0], "Target");
      if (id && target !== undefined) targets.set(id, target);
    }
    for (const m of block[1].matchAll(/<hyperlink\b[^>]*>/g)) {
      const ref = attr(m[0], "ref");
      const parsed = ref ? parseAddress(ref) : null;
      if (!parsed) continue;
      const location = attr(m[0], "location");
      const rid = attr(m[0], "r:id");
      const link: HyperlinkData = {};
      const address = rid ? targets.get(rid) : undefined;
      if (address !== undefined && !address.startsWith("#")) link.address = address;
      if (location) link.documentReference = location;
      else if (address?.startsWith("#")) link.documentReference = address.slice(1);
      const tooltip = attr(m[0], "tooltip");
      if (tooltip) link.screenTip = tooltip;
      const display = attr(m[0], "display");
      if (display !== undefined) link.textToDisplay = display;
      if (!link.address && !link.documentReference) continue;
      for (let r = parsed.rect.r0; r <= parsed.rect.r1; r++) {
        for (let c = parsed.rect.c0; c <= parsed.rect.c1; c++) ws.ensureCell(r, c).hyperlink = { ...link };
      }
    }
  }
  // Add-in settings from custom properties.
  const custom = await zip.file("docProps/custom.xml")?.async("string");
  if (custom) {
    const chunks: Array<[number, string]> = [];
    for (const m of custom.matchAll(/<property\b([^>]*)>([\s\S]*?)<\/property>/g)) {
      const name = attr(`<p ${m[1]}>`, "name") ?? "";
      const idx = name.startsWith(`${SETTINGS_PROPERTY_NAME}.`)
        ? Number(name.slice(SETTINGS_PROPERTY_NAME.length + 1))
        : NaN;
      const text = /<vt:lpwstr>([\s\S]*?)<\/vt:lpwstr>/.exec(m[2]);
      if (Number.isInteger(idx) && text) chunks.push([idx, unescapeXml(text[1])]);
    }
    if (chunks.length > 0) {
      chunks.sort((a, b) => a[0] - b[0]);
      try {
        const obj = JSON.parse(chunks.map((c) => c[1]).join("")) as Record<string, string>;
        for (const [k, v] of Object.entries(obj)) if (typeof v === "string") wb.settings.set(k, v);
      } catch {
        // Damaged settings are ignored, like Office ignores unreadable add-in settings.
      }
    }
  }
}

/** A chart's position in points from its cell anchor (Excel's default size where there is none). */
function positionOf(
  ws: SimulatedWorksheet,
  anchor: { fromCol: number; fromRow: number; toCol: number; toRow: number } | undefined,
): { left: number; top: number; width: number; height: number } {
  if (!anchor) return { left: 0, top: 0, width: 360, height: 216 };
  const sum = (size: (i: number) => number, from: number, to: number) => {
    let total = 0;
    for (let i = from; i < to; i++) total += size(i);
    return total;
  };
  const left = sum((i) => ws.columnWidth(i), 0, anchor.fromCol);
  const top = sum((i) => ws.rowHeight(i), 0, anchor.fromRow);
  return {
    left,
    top,
    width: Math.max(
      1,
      sum((i) => ws.columnWidth(i), anchor.fromCol, anchor.toCol),
    ),
    height: Math.max(
      1,
      sum((i) => ws.rowHeight(i), anchor.fromRow, anchor.toRow),
    ),
  };
}

async function readCharts(bytes: Uint8Array | ArrayBuffer, wb: SimulatedWorkbook): Promise<void> {
  let infos;
  try {
    infos = await readChartsFromXlsx(bytes);
  } catch {
    return;
  }
  const kindToType: Record<string, string> = {
    bar: "BarClustered",
    column: "ColumnClustered",
    line: "Line",
    pie: "Pie",
    barStacked: "BarStacked",
    columnStacked: "ColumnStacked",
  };
  const refOf = (text: string) => {
    const parsed = parseAddress(text.replace(/\$/g, ""));
    const sheet = parsed?.sheetName !== undefined ? wb.findWorksheet(parsed.sheetName) : undefined;
    return parsed && sheet ? { sheet, rect: parsed.rect } : undefined;
  };
  for (const info of infos) {
    const ws = wb.findWorksheet(info.sheetName);
    if (!ws) continue;
    const series: ChartSeriesData[] = info.series.map((s) => ({
      name: s.name,
      ...(s.nameRef ? { nameRef: s.nameRef } : {}),
      valuesRef: refOf(s.valuesRef),
      xValuesRef: refOf(s.categoriesRef),
      ...(s.kind !== info.kind ? { chartType: kindToType[s.kind] } : {}),
      hasDataLabels: false,
    }));
    ws.charts.push({
      id: wb.newChartId(),
      name: `Chart ${ws.charts.length + 1}`,
      chartType: kindToType[info.kind] ?? "ColumnClustered",
      title: { text: info.title ?? "", visible: !!info.title },
      legend: { position: "Right", visible: true },
      categoryAxis: { title: "", titleVisible: false, numberFormat: "General", visible: true },
      valueAxis: { title: "", titleVisible: false, numberFormat: "General", visible: true },
      dataLabels: { showValue: false },
      series,
      seriesBy: "Columns",
      ...positionOf(ws, info.anchor),
    });
  }
}

export async function loadXlsx(bytes: Uint8Array | ArrayBuffer): Promise<SimulatedWorkbook> {
  const x = new ExcelJS.Workbook();
  await x.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const wb = new SimulatedWorkbook();
  wb.date1904 = !!(x.properties as { date1904?: boolean }).date1904;
  const order = (s: ExcelJS.Worksheet) => (s as unknown as { orderNo?: number }).orderNo ?? 0;
  const sheets = [...x.worksheets].sort((a, b) => order(a) - order(b));
  for (const xs of sheets) readSheet(xs, wb);
  const active = (x.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  const activeSheet = wb.worksheets[active];
  if (activeSheet && activeSheet.visibility === "Visible") wb.activeSheetId = activeSheet.id;
  else wb.activeSheetId = wb.worksheets.find((w) => w.visibility === "Visible")?.id ?? null;
  for (const dn of x.definedNames.model as Array<{ name: string; ranges: string[]; localSheetId?: number }>) {
    if (dn.name.startsWith("_xlnm.") || dn.ranges.length === 0) continue;
    wb.names.push({
      name: dn.name,
      formula: `=${dn.ranges.join(",")}`,
      comment: "",
      visible: true,
      ...(dn.localSheetId !== undefined && sheets[dn.localSheetId]
        ? { worksheet: wb.findWorksheet(sheets[dn.localSheetId].name) }
        : {}),
    });
  }
  await readPackageExtras(bytes, wb);
  await readCharts(bytes, wb);
  wb.touch();
  return wb;
}
