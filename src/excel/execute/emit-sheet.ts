/**
 * Turns one SheetPlan into steps: number formats (text stays text) and values in bulk, then the
 * tables, then formats, conditional formats, charts and page layout. Nothing here syncs.
 */
import { cellA1, charsToPoints, columnsA1, rangeA1, rowsA1 } from "../a1";
import type { Features } from "../features";
import { COLORS, isNumeric, NUMBER_FORMAT, TABLE_STYLE, TEXT_STYLES, TRAFFIC_LIGHTS } from "../plan/styles";
import type { ChartPlan, ColumnPlan, PlanValue, SheetPlan, TablePlan, TextPlan } from "../plan/types";
import { tableLastRow } from "../plan/types";
import { cost, type Env, jsonLength, type Step } from "./steps";

/** Largest matrix written in one operation (bytes of JSON). */
export const CHUNK_BYTES = 256 * 1024;

export interface EmitContext {
  /** Key of the worksheet proxy in the Env. */
  sheetKey: string;
  /** Name a table is created under (a temporary name; renamed at the swap). */
  tableName(key: string): string;
  features: Features;
  /** Text of the printed page header ("… — peildatum 30-09-2015"). */
  headerText: string;
  /** Charts left out because this Excel lacks an API they need (names are added here). */
  skippedCharts: string[];
  /** Largest matrix per operation (default CHUNK_BYTES). */
  chunkBytes?: number;
}

const sheetOf = (env: Env, key: string): Excel.Worksheet => {
  const ws = env.sheets.get(key);
  if (!ws) throw new Error(`Interne fout: werkblad ${key} ontbreekt.`);
  return ws;
};

/** A value as Excel takes it: non-finite numbers become empty. */
function excelValue(value: PlanValue): PlanValue {
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

/** Header and footer text: "&" is a code character there. */
const headerSafe = (text: string) => text.replace(/&/g, "&&");

function textSteps(ctx: EmitContext, text: TextPlan): Step[] {
  const style = TEXT_STYLES[text.style];
  const cell = cellA1(text.row, text.column);
  const steps: Step[] = [
    {
      bytes: cost(3, text.text, [["@"]]),
      run: (env) => {
        const range = sheetOf(env, ctx.sheetKey).getRange(cell);
        range.numberFormat = [["@"]];
        range.values = [[text.text]];
      },
    },
    {
      bytes: cost(5),
      run: (env) => {
        const font = sheetOf(env, ctx.sheetKey).getRange(cell).format.font;
        if (style.bold) font.bold = true;
        if (style.italic) font.italic = true;
        if (style.size) font.size = style.size;
        if (style.color) font.color = style.color;
      },
    },
  ];
  if (text.mergeTo !== undefined) {
    // A long line is merged across the sheet's columns and wrapped, so nothing runs off the page.
    const span = rangeA1(text.row, text.column, text.row, text.mergeTo);
    steps.push({
      bytes: cost(4),
      run: (env) => {
        const range = sheetOf(env, ctx.sheetKey).getRange(span);
        range.merge(false);
        range.format.wrapText = true;
        range.format.verticalAlignment = "Top";
      },
    });
  }
  return steps;
}

/** Splits rows into chunks whose JSON stays under `limit` bytes. */
function chunks(rows: readonly PlanValue[][], limit: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const size = jsonLength(row) + 1;
    if (i > start && bytes + size > limit) {
      out.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (rows.length > start) out.push([start, rows.length]);
  return out;
}

/**
 * How a column is aligned: numbers right, short codes, dates and statuses centred, text left with a
 * small indent (so it does not run into the numbers before it).
 */
export function alignmentOf(
  column: ColumnPlan,
  index: number,
  features: Features,
): { align?: "Center" | "Right"; indent: boolean } {
  const centred = ["link", "status", "whole", "date", "datetime"].includes(column.kind) || column.center;
  const align = centred ? "Center" : isNumeric(column.kind) ? "Right" : undefined;
  return align ? { align, indent: false } : { indent: index > 0 && features.indent };
}

function tableSteps(ctx: EmitContext, table: TablePlan): Step[] {
  const steps: Step[] = [];
  const key = ctx.sheetKey;
  const c0 = table.column;
  const c1 = table.column + table.columns.length - 1;
  const header = table.row;
  const body0 = header + 1;
  const bodyRows = Math.max(1, table.rows.length);
  const body1 = header + bodyRows;
  const totalsRow = table.totals ? body1 + 1 : undefined;
  const last = tableLastRow(table);
  const formats = table.columns.map((c) => NUMBER_FORMAT[c.kind]);
  const useFormulas = table.columns.some((c) => c.kind === "link");

  // Header: text, written first.
  const headers = table.columns.map((c) => c.header);
  steps.push({
    bytes: cost(
      3,
      headers,
      headers.map(() => "@"),
    ),
    run: (env) => {
      const range = sheetOf(env, key).getRange(rangeA1(header, c0, header, c1));
      range.numberFormat = [headers.map(() => "@")];
      range.values = [headers];
    },
  });
  // Body: number formats before values (so "007" stays text), in chunks.
  for (const [from, to] of chunks(table.rows, ctx.chunkBytes ?? CHUNK_BYTES)) {
    const rows = table.rows.slice(from, to).map((row) => row.map(excelValue));
    const nf = rows.map(() => formats);
    steps.push({
      bytes: cost(3, nf, rows),
      run: (env) => {
        const range = sheetOf(env, key).getRange(rangeA1(body0 + from, c0, body0 + to - 1, c1));
        range.numberFormat = nf;
        if (useFormulas) range.formulas = rows;
        else range.values = rows;
      },
    });
  }
  if (table.rows.length === 0) {
    steps.push({
      bytes: cost(2, formats),
      run: (env) => {
        sheetOf(env, key).getRange(rangeA1(body0, c0, body0, c1)).numberFormat = [formats];
      },
    });
  }
  // The table itself, then its total row.
  const tableName = ctx.tableName(table.key);
  steps.push({
    bytes: cost(4, tableName, TABLE_STYLE, rangeA1(header, c0, body1, c1)),
    run: (env) => {
      const t = sheetOf(env, key).tables.add(rangeA1(header, c0, body1, c1), true);
      t.name = tableName;
      t.style = TABLE_STYLE;
      env.tables.set(table.key, t);
    },
  });
  if (table.totals && totalsRow !== undefined) {
    const totals = table.totals.map((v) => (v === null ? "" : excelValue(v)));
    steps.push({
      bytes: cost(4, totals, formats),
      run: (env) => {
        const t = env.tables.get(table.key);
        if (!t) return;
        t.showTotals = true;
        const range = sheetOf(env, key).getRange(rangeA1(totalsRow, c0, totalsRow, c1));
        range.numberFormat = [formats];
        range.values = [totals];
      },
    });
  }
  // Formats: header bold on a dark fill, numbers right-aligned, wrapped columns, bold totals.
  steps.push({
    bytes: cost(8),
    run: (env) => {
      const range = sheetOf(env, key).getRange(rangeA1(header, c0, header, c1));
      range.format.font.bold = true;
      range.format.font.color = COLORS.headerFont;
      range.format.fill.color = COLORS.headerFill;
      range.format.wrapText = true;
      range.format.verticalAlignment = "Center";
      if (table.rows.length > 0 && table.columns.some((c) => c.wrap))
        sheetOf(env, key).getRange(rangeA1(body0, c0, body1, c1)).format.verticalAlignment = "Top";
    },
  });
  table.columns.forEach((column, i) => {
    const { align, indent } = alignmentOf(column, i, ctx.features);
    if (!align && !column.wrap && !indent) return;
    const address = rangeA1(header, c0 + i, last, c0 + i);
    const body = rangeA1(body0, c0 + i, body1, c0 + i);
    steps.push({
      bytes: cost(4),
      run: (env) => {
        const ws = sheetOf(env, key);
        if (align) ws.getRange(address).format.horizontalAlignment = align;
        if (indent) ws.getRange(address).format.indentLevel = 1;
        if (column.wrap) ws.getRange(body).format.wrapText = true;
      },
    });
  });
  if (totalsRow !== undefined) {
    steps.push({
      bytes: cost(3),
      run: (env) => {
        const format = sheetOf(env, key).getRange(rangeA1(totalsRow, c0, totalsRow, c1)).format;
        format.font.bold = true;
        format.fill.color = COLORS.totalsFill;
      },
    });
  }
  // Traffic lights on the status column (body and total row).
  const status = table.columns.findIndex((c) => c.kind === "status");
  if (status >= 0 && table.rows.length > 0) {
    const address = rangeA1(body0, c0 + status, totalsRow ?? body1, c0 + status);
    const first = cellA1(body0, c0 + status);
    if (ctx.features.conditionalFormats) {
      steps.push({
        bytes: cost(4 * TRAFFIC_LIGHTS.length, TRAFFIC_LIGHTS),
        run: (env) => {
          const range = sheetOf(env, key).getRange(address);
          // A formula rule (exact text) reads the same in every Excel and in other spreadsheet programs.
          for (const light of TRAFFIC_LIGHTS) {
            const cf = range.conditionalFormats.add("Custom");
            cf.custom.rule.formula = `=${first}="${light.text}"`;
            cf.custom.format.fill.color = light.fill;
            cf.custom.format.font.color = light.font;
          }
        },
      });
    } else {
      // Without conditional formats (ExcelApi < 1.6): the same colours, fixed.
      const values = [...table.rows.map((r) => r[status]), ...(table.totals ? [table.totals[status]] : [])];
      values.forEach((value, i) => {
        const light = TRAFFIC_LIGHTS.find((l) => l.text === value);
        if (!light) return;
        const cell = cellA1(body0 + i, c0 + status);
        steps.push({
          bytes: cost(3),
          run: (env) => {
            const format = sheetOf(env, key).getRange(cell).format;
            format.fill.color = light.fill;
            format.font.color = light.font;
          },
        });
      });
    }
  }
  // Row heights from the content where text wraps (the header's height is set with the sheet's rows).
  if (table.columns.some((c) => c.wrap) && table.rows.length > 0) {
    const body = rangeA1(body0, c0, body1, c1);
    steps.push({
      bytes: cost(2),
      run: (env) => sheetOf(env, key).getRange(body).format.autofitRows(),
    });
  }
  return steps;
}

function chartSteps(ctx: EmitContext, chart: ChartPlan, table: TablePlan): Step[] {
  const key = ctx.sheetKey;
  const header = table.row;
  const body1 = header + Math.max(1, table.rows.length);
  const first = table.column + chart.series[0];
  const last = table.column + chart.series[chart.series.length - 1];
  const category = table.column + chart.category;
  const adjacent = category === first - 1;
  if (!adjacent && !ctx.features.chartSeries) {
    ctx.skippedCharts.push(chart.title);
    return [];
  }
  const source = adjacent ? rangeA1(header, category, body1, last) : rangeA1(header, first, body1, last);
  const categories = rangeA1(header + 1, category, body1, category);
  return [
    {
      bytes: cost(12 + chart.series.length * 4, chart, source),
      run: (env) => {
        const ws = sheetOf(env, key);
        const c = ws.charts.add(chart.kind, ws.getRange(source), "Columns");
        c.name = chart.name;
        c.title.text = chart.title;
        c.legend.position = "Bottom";
        c.legend.visible = true;
        chart.series.forEach((_, i) => {
          const series = c.series.getItemAt(i);
          // A fixed name: the header text, independent of where the sheet ends up.
          series.name = table.columns[chart.series[i]].header;
          if (!adjacent) series.setXAxisValues(ws.getRange(categories));
          const color = chart.colors[i];
          if (!color) return;
          if (chart.kind === "Line") series.format.line.color = color;
          else series.format.fill.setSolidColor(color);
        });
        if (chart.valueFormat && ctx.features.axisNumberFormat)
          c.axes.valueAxis.numberFormat = chart.valueFormat;
        c.setPosition(cellA1(chart.top, chart.left), cellA1(chart.bottom, chart.right));
      },
    },
  ];
}

/** All steps of one sheet; the worksheet proxy must be in the Env under `ctx.sheetKey`. */
export function emitSheet(ctx: EmitContext, plan: SheetPlan): Step[] {
  const key = ctx.sheetKey;
  const steps: Step[] = [];
  plan.columnWidths.forEach((chars, i) => {
    steps.push({
      bytes: cost(2),
      run: (env) => {
        sheetOf(env, key).getRange(columnsA1(i, i)).format.columnWidth = charsToPoints(chars);
      },
    });
  });
  if (plan.printArea) {
    // Every row of the report at the standard height, so that pages hold the rows the layout planned.
    const all = rowsA1(0, plan.printArea[0]);
    steps.push({
      bytes: cost(2),
      run: (env) => {
        sheetOf(env, key).getRange(all).format.rowHeight = 15;
      },
    });
  }
  for (const text of plan.texts) steps.push(...textSteps(ctx, text));
  // Explicit row heights (titles, wrapped lines, headers): consecutive equal heights in one step.
  const heights = [...plan.rowHeights].sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length;) {
    let j = i;
    while (
      j + 1 < heights.length &&
      heights[j + 1][0] === heights[j][0] + 1 &&
      heights[j + 1][1] === heights[i][1]
    )
      j++;
    const rows = rowsA1(heights[i][0], heights[j][0]);
    const points = heights[i][1];
    steps.push({
      bytes: cost(2),
      run: (env) => {
        sheetOf(env, key).getRange(rows).format.rowHeight = points;
      },
    });
    i = j + 1;
  }
  for (const table of plan.tables) steps.push(...tableSteps(ctx, table));
  for (const chart of plan.charts) {
    const table = plan.tables.find((t) => t.key === chart.table);
    if (table) steps.push(...chartSteps(ctx, chart, table));
  }
  const f = ctx.features;
  steps.push({
    bytes: cost(4, plan.tabColor),
    run: (env) => {
      const ws = sheetOf(env, key);
      if (f.freezePanes && plan.freezeRows > 0) ws.freezePanes.freezeRows(plan.freezeRows);
      if (f.gridlines) ws.showGridlines = false;
      if (f.tabColor) ws.tabColor = plan.tabColor;
    },
  });
  if (f.pageLayout) {
    const header = headerSafe(ctx.headerText);
    steps.push({
      bytes: cost(14, header),
      run: (env) => {
        const layout = sheetOf(env, key).pageLayout;
        layout.orientation = "Landscape";
        layout.paperSize = "A4";
        layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        layout.leftMargin = 36;
        layout.rightMargin = 36;
        layout.topMargin = 54;
        layout.bottomMargin = 54;
        layout.headerMargin = 22;
        layout.footerMargin = 22;
        const hf = layout.headersFooters.defaultForAllPages;
        hf.centerHeader = header;
        hf.leftFooter = "WSP Monitor";
        hf.rightFooter = "Pagina &P van &N";
        if (plan.printArea) layout.setPrintArea(rangeA1(0, 0, plan.printArea[0], plan.printArea[1]));
        if (plan.printTitleRows)
          layout.setPrintTitleRows(rowsA1(plan.printTitleRows[0], plan.printTitleRows[1]));
      },
    });
    if (plan.pageBreaks.length > 0) {
      steps.push({
        bytes: cost(plan.pageBreaks.length + 1),
        run: (env) => {
          // Manual page breaks (ExcelApi 1.9; not in every host, e.g. the simulated Excel): Excel then
          // breaks exactly where the layout planned, whatever its own row heights come to.
          const ws = sheetOf(env, key) as Excel.Worksheet & {
            horizontalPageBreaks?: Excel.PageBreakCollection;
          };
          const breaks = ws.horizontalPageBreaks;
          if (!breaks) return;
          for (const row of plan.pageBreaks) breaks.add(cellA1(row, 0));
        },
      });
    }
  }
  return steps;
}
