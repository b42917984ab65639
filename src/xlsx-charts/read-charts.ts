// Reads back the charts of an .xlsx package (bar, line and pie charts; other kinds are skipped).
import JSZip from "jszip";
import { listSheets, readRels, readText, REL_TYPE, resolveTarget } from "./opc";
import type { ChartInfo, ChartKind, ChartSeriesInfo, ChartSpec } from "./types";
import { childElements, descendants, firstChild, parseXml, relId, type XmlElement } from "./xml";

function groupKind(group: XmlElement): ChartKind | undefined {
  if (group.local === "lineChart") return "line";
  if (group.local === "pieChart") return "pie";
  if (group.local !== "barChart") return undefined;
  const horizontal = firstChild(group, "barDir")?.attrs.val === "bar";
  const grouping = firstChild(group, "grouping")?.attrs.val ?? "clustered";
  const stacked = grouping === "stacked" || grouping === "percentStacked";
  if (horizontal) return stacked ? "barStacked" : "bar";
  return stacked ? "columnStacked" : "column";
}

const formula = (el: XmlElement | undefined): string => (el ? (descendants(el, "f")[0]?.text ?? "") : "");

function seriesInfo(ser: XmlElement, kind: ChartKind): ChartSeriesInfo & { order: number } {
  const tx = firstChild(ser, "tx");
  const name = tx ? (descendants(tx, "v")[0]?.text ?? "") : "";
  const nameRef = tx && descendants(tx, "f")[0]?.text;
  return {
    name,
    ...(nameRef ? { nameRef } : {}),
    categoriesRef: formula(firstChild(ser, "cat")),
    valuesRef: formula(firstChild(ser, "val")),
    kind,
    order: Number(firstChild(ser, "order")?.attrs.val ?? 0),
  };
}

function parseChart(xml: string, sheetName: string): ChartInfo | undefined {
  const chart = firstChild(parseXml(xml), "chart");
  const plotArea = firstChild(chart, "plotArea");
  if (!chart || !plotArea) return undefined;
  const series = plotArea.children
    .flatMap((group) => {
      const kind = groupKind(group);
      return kind ? childElements(group, "ser").map((ser) => seriesInfo(ser, kind)) : [];
    })
    .sort((a, b) => a.order - b.order);
  if (series.length === 0) return undefined;
  const titleEl = firstChild(chart, "title");
  const title = titleEl
    ? descendants(titleEl, "t")
        .map((t) => t.text)
        .join("")
    : undefined;
  return {
    sheetName,
    kind: series[0].kind,
    ...(title ? { title } : {}),
    series: series.map(({ order: _order, ...rest }) => rest),
  };
}

/** The cells of a two-cell anchor (`xdr:from` / `xdr:to`), or undefined when it has no such cells. */
function anchorOf(anchor: XmlElement | undefined): ChartSpec["anchor"] | undefined {
  const cell = (name: string, part: string) =>
    Number(firstChild(firstChild(anchor, name), part)?.text.trim());
  const spec = {
    fromCol: cell("from", "col"),
    fromRow: cell("from", "row"),
    toCol: cell("to", "col"),
    toRow: cell("to", "row"),
  };
  return Object.values(spec).every((n) => Number.isInteger(n) && n >= 0) ? spec : undefined;
}

/** Lists the charts of every worksheet, in sheet order and then drawing order. */
export async function readChartsFromXlsx(xlsx: Uint8Array | ArrayBuffer): Promise<ChartInfo[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const result: ChartInfo[] = [];
  for (const sheet of await listSheets(zip)) {
    const sheetXml = await readText(zip, sheet.path);
    if (sheetXml === undefined) continue;
    const sheetRels = await readRels(zip, sheet.path);
    for (const drawing of childElements(parseXml(sheetXml), "drawing")) {
      const drawingRel = sheetRels.find((r) => r.id === relId(drawing));
      if (!drawingRel) continue;
      const drawingPath = resolveTarget(sheet.path, drawingRel.target);
      const drawingXml = await readText(zip, drawingPath);
      if (drawingXml === undefined) continue;
      const drawingRels = await readRels(zip, drawingPath);
      const root = parseXml(drawingXml);
      const anchors = [...descendants(root, "twoCellAnchor"), ...descendants(root, "oneCellAnchor")];
      for (const ref of descendants(root, "chart")) {
        const rel = drawingRels.find((r) => r.id === relId(ref) && r.type === REL_TYPE.chart);
        const chartXml = rel && (await readText(zip, resolveTarget(drawingPath, rel.target)));
        const info = chartXml ? parseChart(chartXml, sheet.name) : undefined;
        if (!info) continue;
        const anchor = anchorOf(anchors.find((a) => descendants(a, "chart").includes(ref)));
        result.push(anchor ? { ...info, anchor } : info);
      }
    }
  }
  return result;
}
