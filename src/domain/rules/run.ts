/** Running the rules: prerequisites first ("niet toetsbaar"), then each check with its own emitter. */
import { cellText } from "../cells";
import { AnalysisContext } from "../context";
import { dutchDateTime } from "../dates";
import { formatCellNumber } from "../format";
import { RowRecord } from "../model";
import { BSN_MASK, maskBsn } from "../privacy";
import { columnDef } from "../sources/catalog";
import { RULES } from "./catalog";
import { Emit, Finding, FindingId, READ_ISSUE_ID, Rule, Severity } from "./types";

export interface RuleResult {
  rule: Rule;
  checkable: boolean;
  /** Why the rule could not be checked ("kolom Verslag ontbreekt"). */
  reason?: string;
  findings: Finding[];
}

/** Why a rule cannot be checked with the sources at hand, or undefined when it can. */
export function whyNotCheckable(ctx: AnalysisContext, rule: Rule): string | undefined {
  for (const requirement of rule.requires) {
    if (!ctx.hasSource(requirement.source)) return `bron ${requirement.source} ontbreekt`;
    for (const key of requirement.columns ?? []) {
      if (ctx.hasColumn(requirement.source, key)) continue;
      const label = columnDef(requirement.source, key).label;
      const sheets = ctx.sheetsWithout(requirement.source, key);
      return `kolom ${label} ontbreekt (${requirement.source}: ${sheets.join(", ")})`;
    }
  }
  return rule.notCheckable?.(ctx);
}

/**
 * A cell's value as the user sees it, from the value read: dates as dd-mm-jjjj, numbers with a decimal
 * comma, ja/nee; a value that could not be read as it stood; BSN columns masked.
 */
export function displayValue(ctx: AnalysisContext, record: RowRecord, key: string): string {
  const binding = record.sheet.columns.get(key);
  if (!binding) return "";
  if (ctx.isBsnCell(record.sheet, binding.index)) return BSN_MASK;
  const unreadable = ctx.unreadable().get(record);
  if (unreadable?.has(key)) return maskBsn(cellText(unreadable.get(key)));
  const value = (record as unknown as Record<string, unknown>)[key];
  if (value === undefined || value === null) return "";
  const kind = columnDef(record.sheet.type, key).kind;
  if (kind === "date" && typeof value === "number") return dutchDateTime(value);
  if (typeof value === "number") return formatCellNumber(value);
  if (typeof value === "boolean") return value ? "ja" : "nee";
  return maskBsn(String(value));
}

function emitterFor(
  ctx: AnalysisContext,
  id: FindingId,
  severity: Severity,
  agreement: string,
  findings: Finding[],
): Emit {
  const emit = ((record: RowRecord, message: string, options = {}) => {
    const binding = options.column ? record.sheet.columns.get(options.column) : undefined;
    findings.push({
      rule: id,
      severity: options.severity ?? severity,
      source: record.sheet.type,
      sheet: record.sheet.name,
      file: record.sheet.file,
      row: record.row,
      column: binding?.header ?? "",
      columnLetter: binding?.letter ?? "",
      value:
        options.value !== undefined
          ? maskBsn(options.value)
          : options.column
            ? displayValue(ctx, record, options.column)
            : "",
      record: ctx.shownRecordId(record),
      partner: ctx.partnerOf(record),
      message: maskBsn(message),
      agreement,
    });
  }) as Emit;
  emit.at = (place, message, override) => {
    findings.push({
      rule: id,
      severity: override ?? severity,
      source: place.record.sheet.type,
      sheet: place.record.sheet.name,
      file: place.record.sheet.file,
      row: place.record.row,
      column: place.columnHeader,
      columnLetter: place.columnLetter,
      value: maskBsn(place.value),
      record: place.recordId !== undefined ? maskBsn(place.recordId) : ctx.shownRecordId(place.record),
      partner: ctx.partnerOf(place.record),
      message: maskBsn(message),
      agreement,
    });
  };
  return emit;
}

export function runRules(ctx: AnalysisContext, rules: readonly Rule[] = RULES): RuleResult[] {
  return rules.map((rule) => {
    const reason = whyNotCheckable(ctx, rule);
    if (reason !== undefined) return { rule, checkable: false, reason, findings: [] };
    const findings: Finding[] = [];
    rule.check(ctx, emitterFor(ctx, rule.id, rule.severities[0], rule.agreement, findings));
    return { rule, checkable: true, findings };
  });
}

export const READ_ISSUE_AGREEMENT =
  "Registraties in WBS zijn volledig en leesbaar: datums als datum, aantallen als getal.";

/**
 * Values the reader could not understand, as findings (L01) — except where a rule already reports
 * them: an invalid Datum plaatsing is P06, invalid hours on a banenafspraak are P08.
 */
export function readIssueFindings(ctx: AnalysisContext): Finding[] {
  const findings: Finding[] = [];
  const emit = emitterFor(ctx, READ_ISSUE_ID, "fout", READ_ISSUE_AGREEMENT, findings);
  for (const issue of ctx.data.issues) {
    if (issue.sheet.type === "Plaatsingen") {
      if (issue.column === "datumPlaatsing") continue;
      if (
        issue.column === "urenPerWeek" &&
        (issue.record as { banenafspraak?: boolean }).banenafspraak === true
      )
        continue;
    }
    const column = columnDef(issue.sheet.type, issue.column);
    const expected = { date: "geldige datum", number: "getal", bool: "ja/nee-waarde", text: "tekst" }[
      column.kind
    ];
    emit(
      issue.record,
      `"${cellText(issue.value)}" in ${column.label} is geen ${expected}; de waarde is niet gebruikt.`,
      {
        column: issue.column,
      },
    );
  }
  return findings;
}
