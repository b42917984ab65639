// Open Packaging Conventions helpers: part paths, relationships, content types and the
// sheet-name -> worksheet-part map of a workbook.
import type JSZip from "jszip";
import { appendChildMarkup, childElements, escapeXml, firstChild, parseXml, relId } from "./xml";

const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = {
  officeDocument: `${REL_BASE}/officeDocument`,
  worksheet: `${REL_BASE}/worksheet`,
  drawing: `${REL_BASE}/drawing`,
  chart: `${REL_BASE}/chart`,
};
export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface SheetPart {
  name: string;
  /** Zip path of the worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
}

const dirOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels" */
export function relsPathFor(partPath: string): string {
  const dir = dirOf(partPath);
  return `${dir}_rels/${partPath.slice(dir.length)}.rels`;
}

function normalize(segments: string[]): string {
  const out: string[] = [];
  for (const s of segments) {
    if (s === "..") out.pop();
    else if (s !== "." && s !== "") out.push(s);
  }
  return out.join("/");
}

/** Resolves a relationship target against its source part; returns a zip path (no leading "/"). */
export function resolveTarget(sourcePart: string, target: string): string {
  const path = decodeURI(target);
  return path.startsWith("/") ? normalize(path.split("/")) : normalize((dirOf(sourcePart) + path).split("/"));
}

/** The relative target from one part to another, e.g. "../charts/chart1.xml". */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = dirOf(fromPart).split("/").filter(Boolean);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export async function readText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

export async function readRels(zip: JSZip, partPath: string): Promise<Relationship[]> {
  const xml = await readText(zip, relsPathFor(partPath));
  if (xml === undefined) return [];
  return childElements(parseXml(xml), "Relationship").map((r) => ({
    id: r.attrs.Id,
    type: r.attrs.Type,
    target: r.attrs.Target,
    external: r.attrs.TargetMode === "External",
  }));
}

/** Adds a relationship to the part's .rels (creating it when missing) and returns the new id. */
export async function addRelationship(
  zip: JSZip,
  partPath: string,
  type: string,
  targetPart: string,
): Promise<string> {
  const relsPath = relsPathFor(partPath);
  const xml =
    (await readText(zip, relsPath)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"/>`;
  const root = parseXml(xml);
  const taken = new Set(childElements(root, "Relationship").map((r) => r.attrs.Id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const target = escapeXml(relativeTarget(partPath, targetPart));
  const rel = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${target}"/>`;
  zip.file(relsPath, appendChildMarkup(xml, root, rel));
  return id;
}

/** Registers an Override content type for a part unless one is already present. */
export async function addContentTypeOverride(
  zip: JSZip,
  partPath: string,
  contentType: string,
): Promise<void> {
  const path = "[Content_Types].xml";
  const xml = await readText(zip, path);
  if (xml === undefined) throw new Error("Not an OOXML package: [Content_Types].xml is missing");
  const root = parseXml(xml);
  const partName = `/${partPath}`;
  const exists = childElements(root, "Override").some(
    (o) => o.attrs.PartName?.toLowerCase() === partName.toLowerCase(),
  );
  if (exists) return;
  const override = `<Override PartName="${escapeXml(partName)}" ContentType="${escapeXml(contentType)}"/>`;
  zip.file(path, appendChildMarkup(xml, root, override));
}

/** The first free "prefix<N>suffix" part path, e.g. "xl/charts/chart3.xml". */
export function nextFreePart(zip: JSZip, prefix: string, suffix: string): string {
  const taken = new Set(Object.keys(zip.files).map((p) => p.toLowerCase()));
  let n = 1;
  while (taken.has(`${prefix}${n}${suffix}`.toLowerCase())) n++;
  return `${prefix}${n}${suffix}`;
}

export async function workbookPath(zip: JSZip): Promise<string> {
  const rel = (await readRels(zip, "")).find((r) => r.type === REL_TYPE.officeDocument);
  return rel ? resolveTarget("", rel.target) : "xl/workbook.xml";
}

/** Worksheets in workbook order with the zip path of each part (chart sheets and others are skipped). */
export async function listSheets(zip: JSZip): Promise<SheetPart[]> {
  const wbPath = await workbookPath(zip);
  const xml = await readText(zip, wbPath);
  if (xml === undefined) throw new Error(`Not a workbook: ${wbPath} is missing`);
  const rels = await readRels(zip, wbPath);
  const root = parseXml(xml);
  const sheets = childElements(firstChild(root, "sheets") ?? root, "sheet");
  const parts: SheetPart[] = [];
  for (const sheet of sheets) {
    const rel = rels.find((r) => r.id === relId(sheet));
    if (rel && rel.type === REL_TYPE.worksheet && !rel.external) {
      parts.push({ name: sheet.attrs.name, path: resolveTarget(wbPath, rel.target) });
    }
  }
  return parts;
}
