/**
 * Bevindingen: a summary per rule (with the agreement, or why it could not be checked) and every
 * finding with a link to its source cell. At very large counts the detail table is capped (errors
 * first); the summary always has the full counts.
 */
import { allFindings, type Report } from "../../domain/analyse";
import { formatInteger } from "../../domain/format";
import { READ_ISSUE_AGREEMENT } from "../../domain/rules/run";
import type { Finding, Severity } from "../../domain/rules/types";
import { quoteSheetName } from "../a1";
import { SheetLayout } from "../plan/layout";
import type { PlanValue, SheetPlan } from "../plan/types";
import { PREFERRED_NAMES } from "../registry";
import { type BuildContext, col, titleBlock } from "./common";

export const BEVINDINGEN_TABLES = { regels: "WSP_Bevindingen_Regels", detail: "WSP_Bevindingen" };

/**
 * The summary per rule in parts, each a table with its own header that fits on one printed page: the
 * rules' agreement texts wrap to several lines, so all of them together are taller than a page, and
 * Excel repeats only one header row per sheet (the detail table's).
 */
export const SUMMARY_PARTS: ReadonlyArray<{ suffix: string; heading: string; prefixes: string[] }> = [
  { suffix: "_Ambitie_Werkgevers", heading: "ambitie en werkgevers", prefixes: ["A", "W"] },
  { suffix: "_Vacatures", heading: "vacatures", prefixes: ["V"] },
  { suffix: "_Plaatsingen", heading: "plaatsingen", prefixes: ["P0"] },
  {
    suffix: "_Overig",
    heading: "toolbox, kandidaten, privacy en leesbaarheid",
    prefixes: ["T", "K", "PV", "L"],
  },
];

/** The part of the summary a rule's row belongs in (by its id); the last part for any other id. */
function partOf(id: string): number {
  const part = SUMMARY_PARTS.findIndex((p) => p.prefixes.some((prefix) => id.startsWith(prefix)));
  return part >= 0 ? part : SUMMARY_PARTS.length - 1;
}

/** Default cap of the detail table (rows). */
export const MAX_DETAIL_ROWS = 50_000;

const SEVERITY_RANK: Record<Severity, number> = { fout: 0, waarschuwing: 1, info: 2 };

/** `=HYPERLINK("#'Blad'!C12","C12")` for a finding in a sheet of this workbook, else "–". */
export function findingLink(finding: Finding): PlanValue {
  if (finding.file !== undefined || !finding.sheet || !(finding.row > 0)) return "–";
  const target = finding.columnLetter
    ? `${finding.columnLetter}${finding.row}`
    : `${finding.row}:${finding.row}`;
  const label = finding.columnLetter ? target : `rij ${finding.row}`;
  const location = `#${quoteSheetName(finding.sheet)}!${target}`.replace(/"/g, '""');
  return `=HYPERLINK("${location}","${label}")`;
}

export function findingRow(finding: Finding): PlanValue[] {
  return [
    finding.rule,
    finding.severity,
    finding.source,
    finding.file ? `${finding.file} (${finding.sheet})` : finding.sheet,
    finding.row,
    finding.column,
    finding.value,
    finding.record,
    finding.message,
    findingLink(finding),
  ];
}

/** Approximate bytes one detail row costs in a request (values, number formats, overhead). */
const rowBytes = (row: PlanValue[]) => JSON.stringify(row).length + 48;

/**
 * The findings shown in the detail table: all of them if they fit, else errors first, then warnings,
 * then info, up to the row and byte limits; shown in the report's own order.
 */
export function selectDetail(findings: readonly Finding[], maxRows: number, maxBytes: number) {
  const rows = findings.map(findingRow);
  const order = findings
    .map((f, i) => i)
    .sort((a, b) => SEVERITY_RANK[findings[a].severity] - SEVERITY_RANK[findings[b].severity] || a - b);
  const keep = new Set<number>();
  let bytes = 0;
  for (const i of order) {
    if (keep.size >= maxRows) break;
    const size = rowBytes(rows[i]);
    if (bytes + size > maxBytes) break;
    bytes += size;
    keep.add(i);
  }
  return { rows: rows.filter((_, i) => keep.has(i)), shown: keep.size, total: findings.length };
}

function countBy(findings: readonly Finding[], severity: Severity): number {
  let n = 0;
  for (const f of findings) if (f.severity === severity) n++;
  return n;
}

function summaryRows(report: Report): PlanValue[][] {
  const rows: PlanValue[][] = report.rules.map((r) => [
    r.rule.id,
    r.rule.severities.join(" / "),
    r.rule.source,
    r.rule.name,
    r.checkable ? r.findings.length : "–",
    r.checkable ? countBy(r.findings, "fout") : "–",
    r.checkable ? countBy(r.findings, "waarschuwing") : "–",
    r.checkable ? countBy(r.findings, "info") : "–",
    r.checkable ? r.rule.agreement : `niet toetsbaar: ${r.reason ?? "onbekende reden"}`,
  ]);
  if (report.readFindings.length > 0) {
    const f = report.readFindings;
    rows.push([
      "L01",
      "fout",
      "diverse",
      "Onleesbare waarden",
      f.length,
      countBy(f, "fout"),
      countBy(f, "waarschuwing"),
      countBy(f, "info"),
      READ_ISSUE_AGREEMENT,
    ]);
  }
  return rows;
}

export function buildBevindingen(ctx: BuildContext): SheetPlan & { shown: number; total: number } {
  const { report } = ctx;
  const findings = allFindings(report);
  const layout = new SheetLayout(
    "bevindingen",
    PREFERRED_NAMES.bevindingen,
    "Bevindingen",
    [8, 14, 12, 22, 8, 16, 18, 14, 52, 10],
  );
  titleBlock(layout, report, "Bevindingen (uitvoeringsafspraken)");
  layout.freezeHere();
  const fouten = countBy(findings, "fout");
  const waarschuwingen = countBy(findings, "waarschuwing");
  const info = countBy(findings, "info");
  layout.text(
    `${formatInteger(findings.length)} bevindingen: ${formatInteger(fouten)} fout, ` +
      `${formatInteger(waarschuwingen)} waarschuwing, ${formatInteger(info)} info. ` +
      "Klik in de kolom Cel om naar de cel in het bronblad te gaan.",
  );
  const notCheckable = report.rules.filter((r) => !r.checkable).map((r) => r.rule.id);
  if (notCheckable.length > 0)
    layout.text(`Niet toetsbaar (ontbrekende bron of kolom): ${notCheckable.join(", ")}.`, "warning");
  layout.blank();

  const summaryColumns = [
    col("Regel", "text"),
    col("Ernst", "text", true),
    col("Bron", "text"),
    col("Naam", "text", true),
    col("Aantal", "integer"),
    col("Fout", "integer"),
    col("Waarschuwing", "integer"),
    col("Info", "integer"),
    col("Uitvoeringsafspraak of reden", "text", true),
  ];
  const summary = summaryRows(report);
  SUMMARY_PARTS.forEach((part, i) => {
    const rows = summary.filter((row) => partOf(String(row[0])) === i);
    if (rows.length === 0) return;
    const sum = (c: number) => rows.reduce((n, row) => n + (typeof row[c] === "number" ? row[c] : 0), 0);
    layout.table(
      `${BEVINDINGEN_TABLES.regels}${part.suffix}`,
      `Samenvatting per regel: ${part.heading}`,
      summaryColumns,
      rows,
      ["Totaal", null, null, null, sum(4), sum(5), sum(6), sum(7), null],
      0,
      layout.wrappedRowHeights(summaryColumns, rows),
    );
  });

  const detail = selectDetail(findings, ctx.detail.maxRows, ctx.detail.maxBytes);
  layout.text(
    detail.shown < detail.total
      ? `Bevindingen (${formatInteger(detail.shown)} van ${formatInteger(detail.total)})`
      : "Alle bevindingen",
    "heading",
  );
  if (detail.shown < detail.total) {
    layout.text(
      `Let op: ${formatInteger(detail.total - detail.shown)} van de ${formatInteger(detail.total)} bevindingen zijn ` +
        "weggelaten om het rapport binnen de grenzen van Excel te houden (eerst alle fouten, dan waarschuwingen, " +
        "dan info). De samenvatting per regel hierboven telt alle bevindingen.",
      "warning",
    );
  }
  const table = layout.table(
    BEVINDINGEN_TABLES.detail,
    undefined,
    [
      col("Regel", "text"),
      col("Ernst", "text"),
      col("Bron", "text"),
      col("Blad", "text", true),
      col("Rij", "whole"),
      col("Kolom", "text", true),
      col("Waarde", "text", true),
      col("Record", "text"),
      col("Melding", "text", true),
      col("Cel", "link"),
    ],
    detail.rows,
  );
  layout.repeatHeaderOf(table);
  return { ...layout.build(), shown: detail.shown, total: detail.total };
}
