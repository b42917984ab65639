/** The shape of a rule and of a finding (DOMAIN.md "Rules"). */
import { AnalysisContext } from "../context";
import { RowRecord } from "../model";
import { SourceType } from "../sources/catalog";

export type Severity = "fout" | "waarschuwing" | "info";

export type RuleId =
  | "A01"
  | "A02"
  | "A03"
  | "A04"
  | "A05"
  | "W01"
  | "W02"
  | "W03"
  | "W04"
  | "V01"
  | "V02"
  | "V03"
  | "V04"
  | "V05"
  | "P01"
  | "P02"
  | "P03"
  | "P04"
  | "P05"
  | "P06"
  | "P07"
  | "P08"
  | "T01"
  | "K01"
  | "PV1";

/** Findings that are not an agreement of the plan: values the reader could not understand. */
export const READ_ISSUE_ID = "L01";
export type FindingId = RuleId | typeof READ_ISSUE_ID;

export interface Finding {
  rule: FindingId;
  severity: Severity;
  source: SourceType;
  sheet: string;
  file?: string;
  /** Excel row number as the user sees it. */
  row: number;
  /** Header of the column as it stands in the sheet ("" for a whole row). */
  column: string;
  /** Column letter in the sheet ("" for a whole row). */
  columnLetter: string;
  /** The cell's value as text (citizen service numbers masked). */
  value: string;
  /** The record's identifier (Plaatsingsnummer, Vacaturenummer, …). */
  record: string;
  /** Plain Dutch message. */
  message: string;
  /** The agreement (uitvoeringsafspraak) the finding comes from. */
  agreement: string;
  /**
   * The partner the record belongs to (Organisatie; for an employer its Accounthouder), as the ambition
   * sheet names it, "Onbekend" when not recognised, absent when the source has no partner column.
   */
  partner?: string;
}

/** A source and the columns a rule needs from it. */
export interface Requirement {
  source: SourceType;
  columns?: string[];
}

export interface EmitOptions {
  /** Column key of the record's source; omitted for a finding about a whole row. */
  column?: string;
  severity?: Severity;
  /** Value to show instead of the cell's own. */
  value?: string;
}

export interface Emit {
  (record: RowRecord, message: string, options?: EmitOptions): void;
  /** A finding at an explicit place (cells of the ambition sheet, a whole column). */
  at(
    place: {
      record: RowRecord;
      columnHeader: string;
      columnLetter: string;
      value: string;
      recordId?: string;
    },
    message: string,
    severity?: Severity,
  ): void;
}

export interface Rule {
  id: RuleId;
  /** Short Dutch name. */
  name: string;
  /** Severities it can give; the first is the usual one. */
  severities: readonly Severity[];
  /** The source whose rows it checks ("alle bronnen" for PV1). */
  source: SourceType | "alle bronnen";
  /** What is checked, for users (Dutch). */
  description: string;
  /** The agreement text of the plan the rule comes from. */
  agreement: string;
  requires: readonly Requirement[];
  /** For rules whose prerequisites are not a plain list: the reason it cannot be checked, if any. */
  notCheckable?(ctx: AnalysisContext): string | undefined;
  check(ctx: AnalysisContext, emit: Emit): void;
}
