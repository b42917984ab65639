/**
 * "Maandstand vastleggen": the month's figures appended to the Historie sheet. Earlier rows are never
 * changed or deleted. Recording the same peildatum again appends again (the history is a log; the
 * comparison on Voortgang uses the last recording of a peildatum).
 */
import type { Report } from "../domain/analyse";
import { alignmentOf, emitSheet } from "./execute/emit-sheet";
import { freeSheetName, freeTableName } from "./execute/naming";
import { HISTORY_TABLE, readState } from "./execute/state";
import { type Env, runSteps } from "./execute/steps";
import { detectFeatures, UnsupportedExcelError } from "./features";
import { HISTORY_COLUMNS, historyValues, maandstandRows } from "./history";
import { deleteSheetQuietly, type ExcelHost, reasonFor } from "./host";
import { SheetLayout } from "./plan/layout";
import { COLORS, NUMBER_FORMAT } from "./plan/styles";
import type { PlanValue, SheetPlan } from "./plan/types";
import { PREFERRED_NAMES, REGISTRY_KEY, registryValue } from "./registry";
import { REGION } from "./sheets/common";
import { DEFAULT_MAX_REQUEST_BYTES } from "./write-report";

export interface RecordOptions {
  date1904?: boolean;
  /** Time of recording (default: now). */
  recordedAt?: Date;
}

export interface RecordResult {
  /** Name of the Historie sheet. */
  sheet: string;
  /** Rows appended (one per sector plus Totaal). */
  rows: number;
  /** True when the Historie sheet was made now. */
  created: boolean;
  syncs: number;
}

/** The Historie sheet as first made, with the first maandstand in it. */
export function buildHistorie(rows: PlanValue[][]): SheetPlan {
  const layout = new SheetLayout(
    "historie",
    PREFERRED_NAMES.historie,
    "Historie",
    [12, 17, 44, 12, 12, 12, 12, 12, 12, 14, 12, 15],
    COLORS.tabHistorie,
  );
  layout.text(`${REGION} — Historie (maandstanden)`, "title");
  layout.text(
    "Elke maandstand wordt onderaan toegevoegd (Maandstand vastleggen); eerdere regels worden nooit gewijzigd.",
    "note",
  );
  layout.blank();
  const table = layout.table(HISTORY_TABLE, undefined, HISTORY_COLUMNS, rows);
  layout.repeatHeaderOf(table);
  // No print area: the table grows every month.
  const { printArea: _printArea, ...plan } = layout.build();
  return { ...plan, freezeRows: table.row + 1 };
}

export class MaandstandError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = "MaandstandError";
  }
}

export async function recordMaandstand(
  host: ExcelHost,
  report: Report,
  options: RecordOptions = {},
): Promise<RecordResult> {
  const features = detectFeatures(host);
  if (!features.base) throw new UnsupportedExcelError();
  if (report.problems.length > 0) {
    // A maandstand without the sources would put zeros in the history, where they stay forever.
    throw new MaandstandError(
      `De maandstand is niet vastgelegd: ${report.problems.map((p) => p.message).join(" ")}`,
      undefined,
    );
  }
  const date1904 = options.date1904 ?? false;
  const rows = maandstandRows(report, options.recordedAt ?? new Date()).map((r) =>
    historyValues(r, date1904),
  );
  let createdName: string | undefined;
  try {
    return await host.run(async (ctx) => {
      const state = await readState(ctx, date1904);
      let syncs = state.syncs;
      const historie = state.own.find((s) => s.role === "historie");
      const found = state.historyTable;
      if (historie && found) {
        // Append below the last row; Excel tables carry their column formats, set them anyway.
        const ws = ctx.workbook.worksheets.getItem(historie.id);
        const table = ws.tables.getItem(found.name);
        table.rows.add(
          undefined,
          rows.map((row) => row.map((v) => v ?? "")),
        );
        // The new rows are the last ones of the table's body (above its total row, when the user
        // shows one; in place of the empty row of a new table): the batch runs in order, so the body
        // range is taken after the add.
        const added = table
          .getDataBodyRange()
          .getLastRow()
          .getCell(0, 0)
          .getOffsetRange(1 - rows.length, 0)
          .getResizedRange(rows.length - 1, HISTORY_COLUMNS.length - 1);
        const formats = HISTORY_COLUMNS.map((c) => NUMBER_FORMAT[c.kind]);
        added.numberFormat = rows.map(() => formats);
        // Excel carries a table's column formats to new rows; say it anyway, for hosts that do not.
        HISTORY_COLUMNS.forEach((column, i) => {
          const { align, indent } = alignmentOf(column, i, features);
          const range = added.getColumn(i);
          if (align) range.format.horizontalAlignment = align;
          if (indent) range.format.indentLevel = 1;
        });
        await ctx.sync();
        syncs++;
        const name = state.sheets.find((s) => s.id === historie.id)?.name ?? PREFERRED_NAMES.historie;
        return { sheet: name, rows: rows.length, created: false, syncs };
      }
      if (historie && !found) {
        throw new Error(
          `het blad ${state.sheets.find((s) => s.id === historie.id)?.name ?? "Historie"} heeft geen tabel met maandstanden meer`,
        );
      }
      // First maandstand: make the Historie sheet.
      const taken = new Set(state.sheets.map((s) => s.name.toLowerCase()));
      const name = freeSheetName(PREFERRED_NAMES.historie, taken);
      const tables = new Set<string>(state.definedNames);
      for (const list of state.tablesBySheet.values()) for (const t of list) tables.add(t);
      const tableName = freeTableName(HISTORY_TABLE, tables);
      const plan = buildHistorie(rows);
      const ws = ctx.workbook.worksheets.add(name);
      ws.load("id");
      createdName = name;
      const env: Env = { ctx, sheets: new Map([["historie", ws]]), tables: new Map() };
      const counter = { syncs: 0 };
      const steps = emitSheet(
        {
          sheetKey: "historie",
          tableName: () => tableName,
          features,
          headerText: `${REGION} — Historie (maandstanden)`,
          skippedCharts: [],
        },
        plan,
      );
      const queued = await runSteps(
        env,
        steps,
        { maxRequestBytes: DEFAULT_MAX_REQUEST_BYTES, startBatch: () => 0 },
        counter,
        500,
      );
      if (queued > 0) {
        await ctx.sync();
        counter.syncs++;
      }
      syncs += counter.syncs;
      ctx.workbook.settings.add(
        REGISTRY_KEY,
        registryValue({
          ...state.registry,
          sheets: [...state.own, { id: ws.id, role: "historie", name }],
        }),
      );
      await ctx.sync();
      syncs++;
      return { sheet: name, rows: rows.length, created: true, syncs };
    });
  } catch (error) {
    if (createdName) await deleteSheetQuietly(host, createdName);
    const reason = reasonFor(error);
    throw new MaandstandError(`De maandstand is niet vastgelegd${reason ? `: ${reason}` : ""}.`, error);
  }
}
