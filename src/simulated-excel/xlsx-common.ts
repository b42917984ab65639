/** Shared mappings between the simulated model and xlsx/ExcelJS, plus small package helpers. */
import type JSZip from "jszip";

export const SETTINGS_PROPERTY_NAME = "SimulatedExcel.Settings";
/** Custom property values are chunked: Office UIs limit property text to 255 characters. */
export const SETTINGS_CHUNK = 255;

export const PAPER_TYPES = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
] as const;

export const H_ALIGN_TO_XLSX: Record<string, string | undefined> = {
  General: undefined,
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};

export const V_ALIGN_TO_XLSX: Record<string, string | undefined> = {
  Top: "top",
  Center: "middle",
  Bottom: undefined,
  Justify: "justify",
  Distributed: "distributed",
};

export function invert(map: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map)) if (v) out[v] = k;
  return out;
}

export const UNDERLINE_TO_XLSX: Record<string, string | undefined> = {
  None: undefined,
  Single: "single",
  Double: "double",
  SingleAccountant: "singleAccounting",
  DoubleAccountant: "doubleAccounting",
};

export function borderToXlsx(style: string, weight: string): string | undefined {
  const heavy = weight === "Medium" || weight === "Thick";
  switch (style) {
    case "Continuous":
      return weight === "Hairline"
        ? "hair"
        : weight === "Medium"
          ? "medium"
          : weight === "Thick"
            ? "thick"
            : "thin";
    case "Dash":
      return heavy ? "mediumDashed" : "dashed";
    case "DashDot":
      return heavy ? "mediumDashDot" : "dashDot";
    case "DashDotDot":
      return heavy ? "mediumDashDotDot" : "dashDotDot";
    case "Dot":
      return "dotted";
    case "Double":
      return "double";
    case "SlantDashDot":
      return "slantDashDot";
    default:
      return undefined;
  }
}

export function borderFromXlsx(style: string): { style: string; weight: string } | undefined {
  const map: Record<string, { style: string; weight: string }> = {
    hair: { style: "Continuous", weight: "Hairline" },
    thin: { style: "Continuous", weight: "Thin" },
    medium: { style: "Continuous", weight: "Medium" },
    thick: { style: "Continuous", weight: "Thick" },
    dashed: { style: "Dash", weight: "Thin" },
    mediumDashed: { style: "Dash", weight: "Medium" },
    dashDot: { style: "DashDot", weight: "Thin" },
    mediumDashDot: { style: "DashDot", weight: "Medium" },
    dashDotDot: { style: "DashDotDot", weight: "Thin" },
    mediumDashDotDot: { style: "DashDotDot", weight: "Medium" },
    dotted: { style: "Dot", weight: "Thin" },
    double: { style: "Double", weight: "Thick" },
    slantDashDot: { style: "SlantDashDot", weight: "Medium" },
  };
  return map[style];
}

export const CELL_IS_TO_XLSX: Record<string, string> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThanOrEqual: "lessThanOrEqual",
};

export const TEXT_OP_TO_XLSX: Record<string, string> = {
  Contains: "containsText",
  NotContains: "notContains",
  BeginsWith: "beginsWith",
  EndsWith: "endsWith",
};

export const CRITERION_TO_XLSX: Record<string, string> = {
  LowestValue: "min",
  HighestValue: "max",
  Number: "num",
  Percent: "percent",
  Formula: "formula",
  Percentile: "percentile",
};

/** Column width: Excel's JS API uses points; xlsx stores characters of the default font (7 px). */
export function pointsToChars(points: number): number {
  return Math.round((points / 0.75 / 7) * 256) / 256;
}

export function charsToPoints(chars: number): number {
  return Math.round(chars * 7) * 0.75;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

export function relsPathOf(partPath: string): string {
  const i = partPath.lastIndexOf("/");
  return `${partPath.slice(0, i)}/_rels/${partPath.slice(i + 1)}.rels`;
}

/** Worksheet names and part paths, in workbook order. */
export async function listSheetParts(zip: JSZip): Promise<Array<{ name: string; path: string }>> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!workbook || !rels) return [];
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, resolvePath("xl/workbook.xml", target));
  }
  const out: Array<{ name: string; path: string }> = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const id = attr(m[0], "r:id");
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) out.push({ name, path });
  }
  return out;
}

export { resolvePath };
