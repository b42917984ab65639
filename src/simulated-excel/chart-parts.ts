/** Chart sub-object proxies: title, legend, fonts, axes, data labels, series and their formats. */
import { ChartPart, type ChartTarget } from "./chart-base";
import { SimCollection, defineClass } from "./client-object";
import type { SimClientResult } from "./client-result";
import { normalizeColor } from "./colors";
import { ExcelEnums } from "./enums";
import { invalidArgument, itemNotFound } from "./errors";
import type { ChartAxisData, ChartData, ChartSeriesData } from "./model";
import { RangeProxy, resolveRangeArg } from "./range";
import { validateBoolean, validateEnum, validateInteger, validateNumber } from "./validation";

export { ChartPart, type ChartTarget };

export const CHART_TYPES = Object.values(ExcelEnums.ChartType).filter((t) => t !== "Invalid");
const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"] as const;

// ---------------------------------------------------------------- title, legend, fonts

interface FontTarget extends ChartTarget {
  font: { bold?: boolean; italic?: boolean; color?: string; size?: number; name?: string };
}

export class ChartFontProxy extends ChartPart<FontTarget> {
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare size: number;
  declare name: string;
}

defineClass<FontTarget>(ChartFontProxy, "ChartFont", {
  bold: { get: (t) => t.font.bold ?? false, set: (t, v) => void (t.font.bold = validateBoolean(v, "bold")) },
  italic: {
    get: (t) => t.font.italic ?? false,
    set: (t, v) => void (t.font.italic = validateBoolean(v, "italic")),
  },
  color: { get: (t) => t.font.color ?? "#595959", set: (t, v) => void (t.font.color = normalizeColor(v)) },
  size: {
    get: (t) => t.font.size ?? 14,
    set: (t, v) => void (t.font.size = validateNumber(v, "font size", 1, 409)),
  },
  name: { get: (t) => t.font.name ?? "Calibri", set: (t, v) => void (t.font.name = String(v)) },
});

class FontHolder extends ChartPart {
  protected _fontOf(t: ChartTarget): FontTarget["font"] {
    return t.chart.title;
  }

  get font(): ChartFontProxy {
    return this._child(
      "font",
      () =>
        new ChartFontProxy(this.context, `${this._simPath}.font`, () => {
          const t = this._ref();
          return t ? { ...t, font: this._fontOf(t) } : null;
        }),
    );
  }
}

export class ChartTitleFormatProxy extends FontHolder {}
defineClass<ChartTarget>(ChartTitleFormatProxy, "ChartTitleFormat", {}, ["font"]);

export class ChartTitleProxy extends ChartPart {
  declare text: string;
  declare visible: boolean;
  declare overlay: boolean;

  get format(): ChartTitleFormatProxy {
    return this._child(
      "format",
      () => new ChartTitleFormatProxy(this.context, `${this._simPath}.format`, () => this._ref()),
    );
  }
}

defineClass<ChartTarget>(
  ChartTitleProxy,
  "ChartTitle",
  {
    text: {
      get: (t) => t.chart.title.text,
      set: (t, v) => {
        if (typeof v !== "string") invalidArgument("The chart title must be a string.");
        if ((v as string).length > 255) invalidArgument("The chart title is longer than 255 characters.");
        t.chart.title.text = v as string;
        t.chart.title.visible = (v as string) !== "";
      },
    },
    visible: {
      get: (t) => t.chart.title.visible,
      set: (t, v) => void (t.chart.title.visible = validateBoolean(v, "visible")),
    },
    overlay: { get: () => false, set: (_t, v) => void validateBoolean(v, "overlay") },
  },
  ["format"],
);

const legendFont = new WeakMap<ChartData, FontTarget["font"]>();

class LegendFormatProxy extends FontHolder {
  protected override _fontOf(t: ChartTarget): FontTarget["font"] {
    let f = legendFont.get(t.chart);
    if (!f) legendFont.set(t.chart, (f = {}));
    return f;
  }
}
defineClass<ChartTarget>(LegendFormatProxy, "ChartLegendFormat", {}, ["font"]);

export class ChartLegendProxy extends ChartPart {
  declare position: string;
  declare visible: boolean;
  declare overlay: boolean;

  get format(): LegendFormatProxy {
    return this._child(
      "format",
      () => new LegendFormatProxy(this.context, `${this._simPath}.format`, () => this._ref()),
    );
  }
}

defineClass<ChartTarget>(
  ChartLegendProxy,
  "ChartLegend",
  {
    position: {
      get: (t) => t.chart.legend.position,
      set: (t, v) => void (t.chart.legend.position = validateEnum(v, LEGEND_POSITIONS, "legend position")),
    },
    visible: {
      get: (t) => t.chart.legend.visible,
      set: (t, v) => void (t.chart.legend.visible = validateBoolean(v, "visible")),
    },
    overlay: { get: () => false, set: (_t, v) => void validateBoolean(v, "overlay") },
  },
  ["format"],
);

// ---------------------------------------------------------------- axes

interface AxisTarget extends ChartTarget {
  axis: ChartAxisData;
  kind: "Category" | "Value";
}

export class ChartAxesProxy extends ChartPart {
  private _axis(kind: "Category" | "Value"): ChartAxisProxy {
    return new ChartAxisProxy(this.context, `${this._simPath}.${kind.toLowerCase()}Axis`, () => {
      const t = this._ref();
      return t ? { ...t, axis: kind === "Category" ? t.chart.categoryAxis : t.chart.valueAxis, kind } : null;
    });
  }

  get categoryAxis(): ChartAxisProxy {
    return this._child("categoryAxis", () => this._axis("Category"));
  }

  get valueAxis(): ChartAxisProxy {
    return this._child("valueAxis", () => this._axis("Value"));
  }
}

defineClass<ChartTarget>(ChartAxesProxy, "ChartAxes", {}, ["categoryAxis", "valueAxis"]);

function assertAxisPossible(t: AxisTarget): void {
  if (t.chart.chartType.startsWith("Pie") || t.chart.chartType.startsWith("Doughnut")) {
    invalidArgument(`A ${t.chart.chartType} chart has no axes.`);
  }
}

export class ChartAxisProxy extends ChartPart<AxisTarget> {
  declare numberFormat: string;
  declare minimum: number;
  declare maximum: number;
  declare visible: boolean;
  declare readonly type: string;

  get title(): ChartAxisTitleProxy {
    return this._child(
      "title",
      () => new ChartAxisTitleProxy(this.context, `${this._simPath}.title`, () => this._ref()),
    );
  }
}

function axisLimit(key: "minimum" | "maximum") {
  return {
    get: (t: AxisTarget) => t.axis[key] ?? null,
    set: (t: AxisTarget, v: never) => {
      assertAxisPossible(t);
      if (t.kind === "Category" && !t.chart.chartType.startsWith("XY")) {
        invalidArgument(`The ${key} of a category axis can't be set on a ${t.chart.chartType} chart.`);
      }
      t.axis[key] = v === null ? undefined : validateNumber(v, `axis ${key}`);
    },
  };
}

defineClass<AxisTarget>(
  ChartAxisProxy,
  "ChartAxis",
  {
    type: { get: (t) => t.kind },
    numberFormat: {
      get: (t) => t.axis.numberFormat,
      set: (t, v) => {
        assertAxisPossible(t);
        if (typeof v !== "string") invalidArgument("The axis number format must be a string.");
        t.axis.numberFormat = v as string;
      },
    },
    minimum: axisLimit("minimum"),
    maximum: axisLimit("maximum"),
    visible: {
      get: (t) => t.axis.visible,
      set: (t, v) => {
        assertAxisPossible(t);
        t.axis.visible = validateBoolean(v, "visible");
      },
    },
  },
  ["title"],
);

export class ChartAxisTitleProxy extends ChartPart<AxisTarget> {
  declare text: string;
  declare visible: boolean;
}

defineClass<AxisTarget>(ChartAxisTitleProxy, "ChartAxisTitle", {
  text: {
    get: (t) => t.axis.title,
    set: (t, v) => {
      assertAxisPossible(t);
      if (typeof v !== "string") invalidArgument("The axis title must be a string.");
      t.axis.title = v as string;
      t.axis.titleVisible = (v as string) !== "";
    },
  },
  visible: {
    get: (t) => t.axis.titleVisible,
    set: (t, v) => {
      assertAxisPossible(t);
      t.axis.titleVisible = validateBoolean(v, "visible");
    },
  },
});

// ---------------------------------------------------------------- data labels

export class ChartDataLabelsProxy extends ChartPart {
  declare showValue: boolean;
  declare showCategoryName: boolean;
  declare showSeriesName: boolean;
  declare showPercentage: boolean;
  declare showLegendKey: boolean;
  declare numberFormat: string;
}

const extraLabels = new WeakMap<ChartData, Record<string, unknown>>();

function labelFlag(key: string) {
  return {
    get: (t: ChartTarget) => (extraLabels.get(t.chart)?.[key] as boolean | undefined) ?? false,
    set: (t: ChartTarget, v: never) => {
      const bag = extraLabels.get(t.chart) ?? {};
      bag[key] = validateBoolean(v, key);
      extraLabels.set(t.chart, bag);
    },
  };
}

defineClass<ChartTarget>(ChartDataLabelsProxy, "ChartDataLabels", {
  showValue: {
    get: (t) => t.chart.dataLabels.showValue,
    set: (t, v) => {
      t.chart.dataLabels.showValue = validateBoolean(v, "showValue");
      for (const s of t.chart.series) s.hasDataLabels = t.chart.dataLabels.showValue;
    },
  },
  showCategoryName: labelFlag("showCategoryName"),
  showSeriesName: labelFlag("showSeriesName"),
  showPercentage: labelFlag("showPercentage"),
  showLegendKey: labelFlag("showLegendKey"),
  numberFormat: {
    get: (t) => (extraLabels.get(t.chart)?.numberFormat as string | undefined) ?? "General",
    set: (t, v) => {
      if (typeof v !== "string") invalidArgument("The number format must be a string.");
      const bag = extraLabels.get(t.chart) ?? {};
      bag.numberFormat = v;
      extraLabels.set(t.chart, bag);
    },
  },
});

// ---------------------------------------------------------------- series

interface SeriesTarget extends ChartTarget {
  series: ChartSeriesData;
}

export class ChartSeriesCollectionProxy extends SimCollection<ChartTarget, ChartSeriesProxy> {
  declare readonly count: number;

  protected override _isAlive(t: ChartTarget): boolean {
    return !t.chart.deleted && !t.ws.deleted;
  }

  protected _listItems(t: ChartTarget): unknown[] {
    return [...t.chart.series];
  }

  protected _wrapItem(item: unknown, index: number): ChartSeriesProxy {
    const series = item as ChartSeriesData;
    return new ChartSeriesProxy(this.context, `${this._simPath}.getItemAt(${index})`, () => {
      const t = this._ref();
      return t ? { ...t, series } : null;
    });
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(
      this.context,
      this._path("getItemAt", [index]),
      () => {
        const t = this._ref();
        if (!t) return null;
        validateInteger(index, "index", 0);
        const series = t.chart.series[index] ?? itemNotFound(`There is no series at index ${index}.`);
        return { ...t, series };
      },
      { location: "ChartSeriesCollection.getItemAt", args: [index] },
    );
  }

  add(name?: string, index?: number): ChartSeriesProxy {
    return new ChartSeriesProxy(
      this.context,
      this._path("add", [name ?? null, index ?? null]),
      () => {
        const t = this._ref();
        if (!t) return null;
        const series: ChartSeriesData = {
          name: name ?? `Series${t.chart.series.length + 1}`,
          hasDataLabels: false,
        };
        const at =
          index === undefined || index === null
            ? t.chart.series.length
            : validateInteger(index, "index", 0, t.chart.series.length);
        t.chart.series.splice(at, 0, series);
        return { ...t, series };
      },
      { location: "ChartSeriesCollection.add", args: [name ?? null, index ?? null] },
    );
  }

  getCount(): SimClientResult<number> {
    return this._resultOp("getCount", [], (t) => t.chart.series.length);
  }
}

defineClass<ChartTarget>(
  ChartSeriesCollectionProxy,
  "ChartSeriesCollection",
  { count: { get: (t) => t.chart.series.length } },
  [],
  ["count"],
);

export class ChartSeriesProxy extends ChartPart<SeriesTarget> {
  declare name: string;
  declare chartType: string;
  declare hasDataLabels: boolean;

  protected override _isAlive(t: SeriesTarget): boolean {
    return !t.chart.deleted && t.chart.series.includes(t.series);
  }

  get format(): ChartSeriesFormatProxy {
    return this._child(
      "format",
      () => new ChartSeriesFormatProxy(this.context, `${this._simPath}.format`, () => this._ref()),
    );
  }

  setValues(sourceData: RangeProxy): void {
    this._sameContext(sourceData);
    this._op("setValues", [sourceData], (t) => {
      t.series.valuesRef = resolveRangeArg(sourceData, t.ws.workbook, undefined);
    });
  }

  setXAxisValues(sourceData: RangeProxy): void {
    this._sameContext(sourceData);
    this._op("setXAxisValues", [sourceData], (t) => {
      t.series.xValuesRef = resolveRangeArg(sourceData, t.ws.workbook, undefined);
    });
  }

  delete(): void {
    this._op("delete", [], (t) => {
      t.chart.series = t.chart.series.filter((s) => s !== t.series);
    });
  }
}

defineClass<SeriesTarget>(
  ChartSeriesProxy,
  "ChartSeries",
  {
    name: {
      get: (t) => t.series.name,
      set: (t, v) => {
        if (typeof v !== "string") invalidArgument("The series name must be a string.");
        t.series.name = v as string;
        delete t.series.nameRef;
      },
    },
    chartType: {
      get: (t) => t.series.chartType ?? t.chart.chartType,
      set: (t, v) => void (t.series.chartType = validateEnum(v, CHART_TYPES, "chart type")),
    },
    hasDataLabels: {
      get: (t) => t.series.hasDataLabels,
      set: (t, v) => void (t.series.hasDataLabels = validateBoolean(v, "hasDataLabels")),
    },
  },
  ["format"],
);

export class ChartSeriesFormatProxy extends ChartPart<SeriesTarget> {
  get fill(): ChartFillProxy {
    return this._child(
      "fill",
      () => new ChartFillProxy(this.context, `${this._simPath}.fill`, () => this._ref()),
    );
  }

  get line(): ChartLineFormatProxy {
    return this._child(
      "line",
      () => new ChartLineFormatProxy(this.context, `${this._simPath}.line`, () => this._ref()),
    );
  }
}

defineClass<SeriesTarget>(ChartSeriesFormatProxy, "ChartSeriesFormat", {}, ["fill", "line"]);

export class ChartFillProxy extends ChartPart<SeriesTarget> {
  setSolidColor(color: string): void {
    this._op("setSolidColor", [color], (t) => {
      t.series.color = normalizeColor(color);
    });
  }

  clear(): void {
    this._op("clear", [], (t) => {
      delete t.series.color;
    });
  }

  getSolidColor(): SimClientResult<string> {
    return this._resultOp("getSolidColor", [], (t) => t.series.color ?? "");
  }
}

defineClass<SeriesTarget>(ChartFillProxy, "ChartFill", {});

export class ChartLineFormatProxy extends ChartPart<SeriesTarget> {
  declare color: string;
}

defineClass<SeriesTarget>(ChartLineFormatProxy, "ChartLineFormat", {
  color: {
    get: (t) => t.series.lineColor ?? t.series.color ?? null,
    set: (t, v) => void (t.series.lineColor = normalizeColor(v)),
  },
});
