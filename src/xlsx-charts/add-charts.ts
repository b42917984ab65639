// Adds native charts to an existing .xlsx package (for example one written by ExcelJS).
import JSZip from "jszip";
import { buildChartXml, CHART_NS, DRAWINGML_NS, REL_NS } from "./chart-xml";
import {
  addContentTypeOverride,
  addRelationship,
  CONTENT_TYPE,
  listSheets,
  readRels,
  readText,
  REL_TYPE,
  resolveTarget,
  nextFreePart,
} from "./opc";
import type { ChartSpec } from "./types";
import { appendChildMarkup, descendants, firstChild, insertAt, parseXml, prefixFor, relId } from "./xml";

const SPREADSHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/**
 * CT_Worksheet children that must come after <drawing>. Everything before it in the schema
 * (sheetData … pageSetup, headerFooter, rowBreaks, colBreaks, customProperties, cellWatches,
 * ignoredErrors, smartTags) stays in front.
 */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/**
 * Returns the drawing part of a worksheet, creating and wiring up an empty one (sheet element,
 * sheet relationship, content type) when the sheet has none yet.
 */
async function ensureDrawing(zip: JSZip, sheetPath: string): Promise<string> {
  const xml = await readText(zip, sheetPath);
  if (xml === undefined) throw new Error(`Worksheet part ${sheetPath} is missing`);
  const root = parseXml(xml);
  const existing = firstChild(root, "drawing");
  if (existing) {
    const rel = (await readRels(zip, sheetPath)).find((r) => r.id === relId(existing));
    if (!rel) throw new Error(`${sheetPath}: <drawing> points to a missing relationship`);
    return resolveTarget(sheetPath, rel.target);
  }

  const drawingPath = nextFreePart(zip, "xl/drawings/drawing", ".xml");
  zip.file(
    drawingPath,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWINGML_NS}"/>`,
  );
  await addContentTypeOverride(zip, drawingPath, CONTENT_TYPE.drawing);
  const id = await addRelationship(zip, sheetPath, REL_TYPE.drawing, drawingPath);

  const elementPrefix = root.name.slice(0, root.name.length - root.local.length);
  const relPrefix = prefixFor(root, REL_NS);
  const element = relPrefix
    ? `<${elementPrefix}drawing ${relPrefix}id="${id}"/>`
    : `<${elementPrefix}drawing xmlns:r="${REL_NS}" r:id="${id}"/>`;
  const next = root.children.find((c) => AFTER_DRAWING.has(c.local));
  zip.file(sheetPath, next ? insertAt(xml, next.start, element) : appendChildMarkup(xml, root, element));
  return drawingPath;
}

function anchorXml(spec: ChartSpec, shapeId: number, relationshipId: string, namespaces: string): string {
  const { fromCol, fromRow, toCol, toRow } = spec.anchor;
  const cell = (col: number, row: number) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor${namespaces}>` +
    `<xdr:from>${cell(fromCol, fromRow)}</xdr:from><xdr:to>${cell(toCol, toRow)}</xdr:to>` +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="Chart ${shapeId}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${CHART_NS}">` +
    `<c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="${relationshipId}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
}

async function addChartToDrawing(zip: JSZip, drawingPath: string, spec: ChartSpec, chartXml: string) {
  const chartPath = nextFreePart(zip, "xl/charts/chart", ".xml");
  zip.file(chartPath, chartXml);
  await addContentTypeOverride(zip, chartPath, CONTENT_TYPE.chart);
  const relationshipId = await addRelationship(zip, drawingPath, REL_TYPE.chart, chartPath);

  const xml = await readText(zip, drawingPath);
  if (xml === undefined) throw new Error(`Drawing part ${drawingPath} is missing`);
  const root = parseXml(xml);
  const shapeIds = descendants(root, "cNvPr").map((e) => Number(e.attrs.id) || 0);
  const shapeId = Math.max(1, ...shapeIds) + 1;
  // Declare xdr/a on the anchor unless the root already binds those prefixes.
  const namespaces =
    (root.attrs["xmlns:xdr"] === SPREADSHEET_DRAWING_NS ? "" : ` xmlns:xdr="${SPREADSHEET_DRAWING_NS}"`) +
    (root.attrs["xmlns:a"] === DRAWINGML_NS ? "" : ` xmlns:a="${DRAWINGML_NS}"`);
  zip.file(drawingPath, appendChildMarkup(xml, root, anchorXml(spec, shapeId, relationshipId, namespaces)));
}

/**
 * Adds native, editable Excel charts to an .xlsx package and returns the new package.
 * Each chart is anchored on `spec.sheetName`; a sheet's existing drawing (e.g. with images) is extended.
 * Throws when a sheet does not exist or a spec cannot be drawn (see validateChartSpec).
 */
export async function addChartsToXlsx(
  xlsx: Uint8Array | ArrayBuffer,
  charts: ChartSpec[],
): Promise<Uint8Array> {
  const chartXml = charts.map(buildChartXml); // validate everything before touching the package
  const zip = await JSZip.loadAsync(xlsx);
  const sheets = await listSheets(zip);
  const drawings = new Map<string, string>();
  for (const [i, spec] of charts.entries()) {
    const sheet = sheets.find((s) => s.name === spec.sheetName);
    if (!sheet) {
      const known = sheets.map((s) => `"${s.name}"`).join(", ");
      throw new Error(`No worksheet named "${spec.sheetName}" (sheets: ${known})`);
    }
    let drawingPath = drawings.get(sheet.path);
    if (drawingPath === undefined) {
      drawingPath = await ensureDrawing(zip, sheet.path);
      drawings.set(sheet.path, drawingPath);
    }
    await addChartToDrawing(zip, drawingPath, spec, chartXml[i]);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
