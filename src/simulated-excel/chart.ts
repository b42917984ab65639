/** ChartCollection and Chart proxies, and series detection from source data. */
import { type CellRect, qualifiedAddress } from "./address";
import { apiText, apiValue } from "./cells";
import { SimCollection, defineClass } from "./client-object";
import type { SimClientResult } from "./client-result";
import {
  CHART_TYPES,
  ChartAxesProxy,
  ChartDataLabelsProxy,
  ChartLegendProxy,
  ChartSeriesCollectionProxy,
  ChartTitleProxy,
} from "./chart-parts";
import { ChartPart, type ChartTarget } from "./chart-base";
import { invalidArgument, itemNotFound } from "./errors";
import type { ChartAxisData, ChartData, ChartSeriesData, SimulatedWorksheet } from "./model";
import { RangeProxy, resolveRangeArg } from "./range";
import { validateEnum, validateInteger, validateNumber } from "./validation";
import { WorksheetProxy } from "./worksheet";

function newAxis(): ChartAxisData {
  return { title: "", titleVisible: false, numberFormat: "General", visible: true };
}

/** Builds series from a source range the way Excel does (headers and categories detected). */
export function seriesFromSource(
  sheet: SimulatedWorksheet,
  rect: CellRect,
  seriesBy: string,
): { series: ChartSeriesData[]; by: string } {
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  const v = (r: number, c: number): unknown => apiValue(sheet, rect.r0 + r, rect.c0 + c);
  const isText = (x: unknown): boolean => typeof x === "string" && x !== "";
  const isNum = (x: unknown): boolean => typeof x === "number";
  let headerRow = false;
  if (rows > 1) {
    let anyText = false;
    let anyNum = false;
    for (let c = 0; c < cols; c++) {
      if (isNum(v(0, c)) && c > 0) anyNum = true;
      if (isText(v(0, c))) anyText = true;
    }
    headerRow = anyText && !anyNum;
  }
  let headerCol = false;
  if (cols > 1) {
    let anyText = false;
    for (let r = headerRow ? 1 : 0; r < rows; r++) if (isText(v(r, 0))) anyText = true;
    headerCol = anyText || (headerRow && v(0, 0) === "");
  }
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && rows > cols);
  const series: ChartSeriesData[] = [];
  const ref = (r0: number, c0: number, r1: number, c1: number) => ({
    sheet,
    rect: { r0: rect.r0 + r0, c0: rect.c0 + c0, r1: rect.r0 + r1, c1: rect.c0 + c1 },
  });
  if (byColumns) {
    const dataR0 = headerRow ? 1 : 0;
    for (let c = headerCol ? 1 : 0; c < cols; c++) {
      const s: ChartSeriesData = {
        name: headerRow ? apiText(sheet, rect.r0, rect.c0 + c) : `Series${series.length + 1}`,
        valuesRef: ref(dataR0, c, rows - 1, c),
        hasDataLabels: false,
      };
      if (headerRow) s.nameRef = qualifiedAddress(sheet.name, ref(0, c, 0, c).rect, true);
      if (headerCol) s.xValuesRef = ref(dataR0, 0, rows - 1, 0);
      series.push(s);
    }
  } else {
    const dataC0 = headerCol ? 1 : 0;
    for (let r = headerRow ? 1 : 0; r < rows; r++) {
      const s: ChartSeriesData = {
        name: headerCol ? apiText(sheet, rect.r0 + r, rect.c0) : `Series${series.length + 1}`,
        valuesRef: ref(r, dataC0, r, cols - 1),
        hasDataLabels: false,
      };
      if (headerCol) s.nameRef = qualifiedAddress(sheet.name, ref(r, 0, r, 0).rect, true);
      if (headerRow) s.xValuesRef = ref(0, dataC0, 0, cols - 1);
      series.push(s);
    }
  }
  return { series, by: byColumns ? "Columns" : "Rows" };
}

export class ChartCollectionProxy extends SimCollection<SimulatedWorksheet, ChartProxy> {
  declare readonly count: number;

  protected _listItems(ws: SimulatedWorksheet): unknown[] {
    return [...ws.charts];
  }

  protected _wrapItem(item: unknown): ChartProxy {
    const chart = item as ChartData;
    return new ChartProxy(this.context, `${this._simPath}.getItem(${JSON.stringify(chart.name)})`, () => {
      const ws = this._ref();
      return ws ? { ws, chart } : null;
    });
  }

  private _chart(
    member: string,
    args: unknown[],
    find: (ws: SimulatedWorksheet) => ChartData | null,
  ): ChartProxy {
    return new ChartProxy(
      this.context,
      this._path(member, args),
      () => {
        const ws = this._ref();
        if (!ws) return null;
        const chart = find(ws);
        return chart ? { ws, chart } : null;
      },
      { location: `ChartCollection.${member}`, args },
    );
  }

  add(type: string, sourceData: RangeProxy, seriesBy: string = "Auto"): ChartProxy {
    this._sameContext(sourceData);
    return this._chart("add", [type, sourceData, seriesBy], (ws) => {
      const chartType = validateEnum(type, CHART_TYPES, "chart type");
      const by = validateEnum(seriesBy, ["Auto", "Columns", "Rows"] as const, "series orientation");
      if (!(sourceData instanceof RangeProxy)) invalidArgument("The source data must be a Range.");
      const source = resolveRangeArg(sourceData, ws.workbook, undefined);
      const { series, by: resolvedBy } = seriesFromSource(source.sheet, source.rect, by);
      if (series.length === 0) invalidArgument("The source data doesn't contain any series.");
      const existing = new Set(ws.charts.map((c) => c.name));
      let n = ws.charts.length + 1;
      while (existing.has(`Chart ${n}`)) n++;
      const single = series.length === 1;
      const chart: ChartData = {
        id: ws.workbook.newChartId(),
        name: `Chart ${n}`,
        chartType,
        title: { text: single ? series[0].name : "", visible: single },
        legend: {
          position: "Bottom",
          visible: !single || chartType.startsWith("Pie") || chartType.startsWith("Doughnut"),
        },
        categoryAxis: newAxis(),
        valueAxis: newAxis(),
        dataLabels: { showValue: false },
        series,
        seriesBy: resolvedBy,
        left: ws.columnLeft(source.sheet === ws ? source.rect.c1 + 2 : 1),
        top: ws.rowTop(source.sheet === ws ? source.rect.r0 : 1),
        width: 360,
        height: 216,
      };
      ws.charts.push(chart);
      return chart;
    });
  }

  getItem(name: string): ChartProxy {
    return this._chart(
      "getItem",
      [name],
      (ws) =>
        ws.charts.find((c) => c.name === name || c.id === name) ??
        itemNotFound(`The chart '${name}' doesn't exist.`),
    );
  }

  getItemOrNullObject(name: string): ChartProxy {
    return this._chart(
      "getItemOrNullObject",
      [name],
      (ws) => ws.charts.find((c) => c.name === name || c.id === name) ?? null,
    );
  }

  getItemAt(index: number): ChartProxy {
    return this._chart("getItemAt", [index], (ws) => {
      validateInteger(index, "index", 0);
      return ws.charts[index] ?? itemNotFound(`There is no chart at index ${index}.`);
    });
  }

  getCount(): SimClientResult<number> {
    return this._resultOp("getCount", [], (ws) => ws.charts.length);
  }
}

defineClass<SimulatedWorksheet>(
  ChartCollectionProxy,
  "ChartCollection",
  { count: { get: (ws) => ws.charts.length } },
  [],
  ["count"],
);

function cellGeometry(ws: SimulatedWorksheet, rect: CellRect) {
  const left = ws.columnLeft(rect.c0);
  const top = ws.rowTop(rect.r0);
  return { left, top, right: ws.columnLeft(rect.c1 + 1), bottom: ws.rowTop(rect.r1 + 1) };
}

export class ChartProxy extends ChartPart {
  declare readonly id: string;
  declare name: string;
  declare chartType: string;
  declare top: number;
  declare left: number;
  declare width: number;
  declare height: number;
  declare readonly seriesBy: string;

  get title(): ChartTitleProxy {
    return this._child(
      "title",
      () => new ChartTitleProxy(this.context, `${this._simPath}.title`, () => this._ref()),
    );
  }

  get legend(): ChartLegendProxy {
    return this._child(
      "legend",
      () => new ChartLegendProxy(this.context, `${this._simPath}.legend`, () => this._ref()),
    );
  }

  get axes(): ChartAxesProxy {
    return this._child(
      "axes",
      () => new ChartAxesProxy(this.context, `${this._simPath}.axes`, () => this._ref()),
    );
  }

  get dataLabels(): ChartDataLabelsProxy {
    return this._child(
      "dataLabels",
      () => new ChartDataLabelsProxy(this.context, `${this._simPath}.dataLabels`, () => this._ref()),
    );
  }

  get series(): ChartSeriesCollectionProxy {
    return this._child(
      "series",
      () => new ChartSeriesCollectionProxy(this.context, `${this._simPath}.series`, () => this._ref()),
    );
  }

  get worksheet(): WorksheetProxy {
    return this._child(
      "worksheet",
      () =>
        new WorksheetProxy(this.context, `${this._simPath}.worksheet`, () => {
          const t = this._ref();
          return t ? t.ws : null;
        }),
    );
  }

  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this._sameContext(startCell);
    this._sameContext(endCell);
    this._op("setPosition", [startCell, endCell ?? null], (t) => {
      const start = resolveRangeArg(startCell, t.ws.workbook, t.ws);
      if (start.sheet !== t.ws) invalidArgument("The start cell must be on the chart's worksheet.");
      const g = cellGeometry(t.ws, start.rect);
      t.chart.left = g.left;
      t.chart.top = g.top;
      if (endCell !== undefined && endCell !== null) {
        const end = resolveRangeArg(endCell, t.ws.workbook, t.ws);
        if (end.sheet !== t.ws) invalidArgument("The end cell must be on the chart's worksheet.");
        const e = cellGeometry(t.ws, end.rect);
        if (e.right <= g.left || e.bottom <= g.top)
          invalidArgument("The end cell must be below and right of the start cell.");
        t.chart.width = e.right - g.left;
        t.chart.height = e.bottom - g.top;
      }
    });
  }

  setData(sourceData: RangeProxy, seriesBy: string = "Auto"): void {
    this._sameContext(sourceData);
    this._op("setData", [sourceData, seriesBy], (t) => {
      const by = validateEnum(seriesBy, ["Auto", "Columns", "Rows"] as const, "series orientation");
      const source = resolveRangeArg(sourceData, t.ws.workbook, undefined);
      const result = seriesFromSource(source.sheet, source.rect, by);
      t.chart.series = result.series;
      t.chart.seriesBy = result.by;
    });
  }

  activate(): void {
    this._op("activate", [], () => undefined);
  }

  delete(): void {
    this._op("delete", [], (t) => {
      t.ws.charts = t.ws.charts.filter((c) => c !== t.chart);
      t.chart.deleted = true;
    });
  }
}

function positionProp(key: "top" | "left" | "width" | "height") {
  return {
    get: (t: ChartTarget) => t.chart[key],
    set: (t: ChartTarget, v: never) => {
      t.chart[key] = validateNumber(v, `chart ${key}`, key === "width" || key === "height" ? 1 : 0, 169056);
    },
  };
}

defineClass<ChartTarget>(
  ChartProxy,
  "Chart",
  {
    id: { get: (t) => t.chart.id },
    name: {
      get: (t) => t.chart.name,
      set: (t, v) => {
        if (typeof v !== "string" || v === "") invalidArgument("A chart name must be a non-empty string.");
        t.chart.name = v as string;
      },
    },
    chartType: {
      get: (t) => t.chart.chartType,
      set: (t, v) => {
        t.chart.chartType = validateEnum(v, CHART_TYPES, "chart type");
      },
    },
    seriesBy: { get: (t) => t.chart.seriesBy },
    top: positionProp("top"),
    left: positionProp("left"),
    width: positionProp("width"),
    height: positionProp("height"),
  },
  ["title", "legend", "axes", "dataLabels", "series", "worksheet"],
);
