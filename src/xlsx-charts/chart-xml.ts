// Builds the chart part (c:chartSpace) for one ChartSpec. Element order follows the DrawingML chart
// schema (ECMA-376 Part 1, dml-chart.xsd); Excel rejects parts whose children are out of order.
import type { ChartKind, ChartSeriesSpec, ChartSpec } from "./types";
import { escapeXml } from "./xml";

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DRAWINGML_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const CAT_AX_ID = 500000001;
const VAL_AX_ID = 500000002;
const CHART_KINDS: readonly ChartKind[] = ["bar", "column", "line", "pie", "barStacked", "columnStacked"];

const isHorizontal = (kind: ChartKind) => kind === "bar" || kind === "barStacked";
const isStacked = (kind: ChartKind) => kind === "barStacked" || kind === "columnStacked";
const val = (tag: string, value: string | number) => `<c:${tag} val="${escapeXml(String(value))}"/>`;

interface IndexedSeries {
  spec: ChartSeriesSpec;
  index: number;
}

/** Throws a descriptive Error when the spec cannot be written as a valid chart. */
export function validateChartSpec(spec: ChartSpec): void {
  const where = `chart "${spec.title ?? spec.kind}" on sheet "${spec.sheetName}"`;
  if (!CHART_KINDS.includes(spec.kind)) throw new Error(`Unknown chart kind "${spec.kind}" (${where})`);
  if (spec.series.length === 0) throw new Error(`A chart needs at least one series (${where})`);
  const { fromCol, fromRow, toCol, toRow } = spec.anchor;
  const cells = [fromCol, fromRow, toCol, toRow];
  if (!cells.every((n) => Number.isInteger(n) && n >= 0) || toCol < fromCol || toRow < fromRow) {
    throw new Error(`Invalid anchor ${JSON.stringify(spec.anchor)} (${where})`);
  }
  const kinds = new Set(spec.series.map((s) => s.kind ?? spec.kind));
  for (const s of spec.series) {
    if (s.kind !== undefined && !CHART_KINDS.includes(s.kind)) {
      throw new Error(`Unknown series kind "${s.kind}" (${where})`);
    }
    if (!s.categoriesRef || !s.valuesRef) throw new Error(`Series "${s.name}" needs both refs (${where})`);
    if (s.color !== undefined && !/^[0-9A-Fa-f]{6}$/.test(s.color)) {
      throw new Error(`Series color must be "RRGGBB", got "${s.color}" (${where})`);
    }
  }
  if (kinds.has("pie") && kinds.size > 1)
    throw new Error(`A pie cannot be combined with other kinds (${where})`);
  const barKinds = [...kinds].filter((k) => k !== "line" && k !== "pie");
  if (barKinds.length > 1) throw new Error(`Only one bar/column kind per chart, got ${barKinds} (${where})`);
  if (kinds.has("line") && barKinds.some(isHorizontal)) {
    throw new Error(`Horizontal bars cannot share axes with a line; use 'column' (${where})`);
  }
}

function richText(text: string, vertical = false): string {
  const bodyPr = vertical ? '<a:bodyPr rot="-5400000" vert="horz"/>' : "<a:bodyPr/>";
  return `<c:tx><c:rich>${bodyPr}<a:lstStyle/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

const title = (text: string, vertical = false) =>
  `<c:title>${richText(text, vertical)}${val("overlay", 0)}</c:title>`;

const solidFill = (color: string) => `<a:solidFill><a:srgbClr val="${color.toUpperCase()}"/></a:solidFill>`;

function seriesName(s: ChartSeriesSpec): string {
  if (!s.nameRef) return `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
  const cache = `<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(s.name)}</c:v></c:pt></c:strCache>`;
  return `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f>${cache}</c:strRef></c:tx>`;
}

function points(values: readonly (string | number | null)[]): string {
  const pts = values
    .map((v, i) =>
      v === null || (typeof v === "number" && !Number.isFinite(v))
        ? ""
        : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`,
    )
    .join("");
  return `<c:ptCount val="${values.length}"/>${pts}`;
}

function categories(s: ChartSeriesSpec): string {
  const f = `<c:f>${escapeXml(s.categoriesRef)}</c:f>`;
  const cached = s.categories;
  if (cached && cached.length > 0 && cached.every((c) => typeof c === "number")) {
    return `<c:cat><c:numRef>${f}<c:numCache><c:formatCode>General</c:formatCode>${points(cached)}</c:numCache></c:numRef></c:cat>`;
  }
  const cache = cached ? `<c:strCache>${points(cached)}</c:strCache>` : "";
  return `<c:cat><c:strRef>${f}${cache}</c:strRef></c:cat>`;
}

function values(s: ChartSeriesSpec, numberFormat: string | undefined): string {
  const f = `<c:f>${escapeXml(s.valuesRef)}</c:f>`;
  const cache = s.values
    ? `<c:numCache><c:formatCode>${escapeXml(numberFormat ?? "General")}</c:formatCode>${points(s.values)}</c:numCache>`
    : "";
  return `<c:val><c:numRef>${f}${cache}</c:numRef></c:val>`;
}

/** One c:ser. Shared order: idx, order, tx, spPr, (kind specific), cat, val, (smooth for lines). */
function series(kind: ChartKind, { spec: s, index }: IndexedSeries, numberFormat?: string): string {
  const head = `${val("idx", index)}${val("order", index)}${seriesName(s)}`;
  const data = categories(s) + values(s, numberFormat);
  if (kind === "line") {
    const line = s.color
      ? `<c:spPr><a:ln w="28575" cap="rnd">${solidFill(s.color)}<a:round/></a:ln></c:spPr>`
      : "";
    const marker = s.color
      ? `<c:marker>${val("symbol", "circle")}${val("size", 5)}<c:spPr>${solidFill(s.color)}<a:ln>${solidFill(s.color)}</a:ln></c:spPr></c:marker>`
      : "";
    return `<c:ser>${head}${line}${marker}${data}${val("smooth", 0)}</c:ser>`;
  }
  if (kind === "pie") return `<c:ser>${head}${data}</c:ser>`; // slices vary in colour
  const fill = s.color ? `<c:spPr>${solidFill(s.color)}</c:spPr>` : "";
  return `<c:ser>${head}${fill}${val("invertIfNegative", 0)}${data}</c:ser>`;
}

const axisIds = val("axId", CAT_AX_ID) + val("axId", VAL_AX_ID);

function barChart(kind: ChartKind, list: IndexedSeries[], numberFormat?: string): string {
  const stacked = isStacked(kind);
  return (
    "<c:barChart>" +
    val("barDir", isHorizontal(kind) ? "bar" : "col") +
    val("grouping", stacked ? "stacked" : "clustered") +
    val("varyColors", 0) +
    list.map((s) => series(kind, s, numberFormat)).join("") +
    val("gapWidth", stacked ? 80 : 150) +
    (stacked ? val("overlap", 100) : "") +
    axisIds +
    "</c:barChart>"
  );
}

function lineChart(list: IndexedSeries[], numberFormat?: string): string {
  const ser = list.map((s) => series("line", s, numberFormat)).join("");
  return `<c:lineChart>${val("grouping", "standard")}${val("varyColors", 0)}${ser}${val("marker", 1)}${axisIds}</c:lineChart>`;
}

function pieChart(list: IndexedSeries[], numberFormat?: string): string {
  const ser = list.map((s) => series("pie", s, numberFormat)).join("");
  return `<c:pieChart>${val("varyColors", 1)}${ser}${val("firstSliceAng", 0)}</c:pieChart>`;
}

function axes(spec: ChartSpec, horizontal: boolean): string {
  const [catPos, valPos] = horizontal ? ["l", "b"] : ["b", "l"];
  const ticks = val("majorTickMark", "out") + val("minorTickMark", "none") + val("tickLblPos", "nextTo");
  const common = (id: number, pos: string) =>
    `${val("axId", id)}<c:scaling>${val("orientation", "minMax")}</c:scaling>${val("delete", 0)}${val("axPos", pos)}`;
  const catAx =
    "<c:catAx>" +
    common(CAT_AX_ID, catPos) +
    (spec.xAxisTitle ? title(spec.xAxisTitle, catPos === "l") : "") +
    ticks +
    val("crossAx", VAL_AX_ID) +
    val("crosses", "autoZero") +
    val("auto", 1) +
    val("lblAlgn", "ctr") +
    val("lblOffset", 100) +
    val("noMultiLvlLbl", 0) +
    "</c:catAx>";
  const numFmt = spec.numberFormat
    ? `<c:numFmt formatCode="${escapeXml(spec.numberFormat)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
  const valAx =
    "<c:valAx>" +
    common(VAL_AX_ID, valPos) +
    "<c:majorGridlines/>" +
    (spec.yAxisTitle ? title(spec.yAxisTitle, valPos === "l") : "") +
    numFmt +
    ticks +
    val("crossAx", CAT_AX_ID) +
    val("crosses", "autoZero") +
    val("crossBetween", "between") +
    "</c:valAx>";
  return catAx + valAx;
}

const LEGEND_POS = { right: "r", bottom: "b", top: "t" } as const;

/** The complete chart part for one spec (validated first). */
export function buildChartXml(spec: ChartSpec): string {
  validateChartSpec(spec);
  const indexed = spec.series.map((s, index) => ({ spec: s, index }));
  const kindOf = (s: IndexedSeries) => s.spec.kind ?? spec.kind;
  const lines = indexed.filter((s) => kindOf(s) === "line");
  const bars = indexed.filter((s) => kindOf(s) !== "line" && kindOf(s) !== "pie");
  const isPie = indexed.every((s) => kindOf(s) === "pie");

  let plot: string;
  if (isPie) {
    plot = pieChart(indexed, spec.numberFormat);
  } else {
    const barKind = bars.length > 0 ? kindOf(bars[0]) : undefined;
    plot =
      (barKind ? barChart(barKind, bars, spec.numberFormat) : "") +
      (lines.length > 0 ? lineChart(lines, spec.numberFormat) : "") +
      axes(spec, barKind !== undefined && isHorizontal(barKind));
  }
  const legendPos = spec.legend ?? "right";
  const legend =
    legendPos === "none"
      ? ""
      : `<c:legend>${val("legendPos", LEGEND_POS[legendPos])}${val("overlay", 0)}</c:legend>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWINGML_NS}" xmlns:r="${REL_NS}">` +
    val("roundedCorners", 0) +
    "<c:chart>" +
    (spec.title ? title(spec.title) + val("autoTitleDeleted", 0) : val("autoTitleDeleted", 1)) +
    `<c:plotArea><c:layout/>${plot}</c:plotArea>` +
    legend +
    val("plotVisOnly", 1) +
    val("dispBlanksAs", "gap") +
    "</c:chart></c:chartSpace>"
  );
}
