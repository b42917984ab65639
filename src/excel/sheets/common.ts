/** Shared pieces of the sheet builders: the context, the title block and small helpers. */
import type { Report } from "../../domain/analyse";
import { dutchDate } from "../../domain/dates";
import type { PreviousMaandstand } from "../history";
import type { SheetLayout } from "../plan/layout";
import { NO_NUMBER } from "../plan/styles";
import type { ColumnPlan, PlanValue } from "../plan/types";

export interface BuildContext {
  report: Report;
  /** The workbook uses the 1904 date system (dates are written as serial numbers). */
  date1904: boolean;
  /** The maandstand to compare with, if there is one (always of the peildatum's year). */
  previous?: PreviousMaandstand;
  /** No maandstand to compare with in the peildatum's year, but earlier ones of other years. */
  earlierYearsOnly?: boolean;
  /** Limits of the Bevindingen detail table. */
  detail: { maxRows: number; maxBytes: number };
}

export const REGION = "WSP Haaglanden";

/** Title, peildatum and period: the first lines of every report sheet. */
export function titleBlock(layout: SheetLayout, report: Report, title: string): void {
  const f = report.figures;
  layout.text(`${REGION} — ${title}`, "title");
  layout.text(
    `Peildatum ${dutchDate(f.peildatum)} · periode ${dutchDate(f.periodeStart)} t/m ${dutchDate(f.peildatum)} ` +
      `(dag ${f.dagVanHetJaar} van ${f.dagenInJaar})`,
    "subtitle",
  );
}

/** A number, or "–" when there is none. */
export const orDash = (n: number | null | undefined): PlanValue =>
  n === null || n === undefined || !Number.isFinite(n) ? NO_NUMBER : n;

/** Column spec shorthand. */
export const col = (header: string, kind: ColumnPlan["kind"], wrap?: boolean): ColumnPlan =>
  wrap ? { header, kind, wrap } : { header, kind };

/** Sum of a numeric field over items. */
export const sum = <T>(items: readonly T[], value: (item: T) => number): number =>
  items.reduce((n, item) => n + value(item), 0);

/** Header names must be unique within a table: "Totaal" twice becomes "Totaal (2)". */
export function uniqueHeaders(columns: ColumnPlan[]): ColumnPlan[] {
  const seen = new Set<string>();
  return columns.map((c) => {
    let header = c.header.trim() === "" ? "(leeg)" : c.header;
    for (let i = 2; seen.has(header.toLowerCase()); i++) header = `${c.header} (${i})`;
    seen.add(header.toLowerCase());
    return { ...c, header };
  });
}
