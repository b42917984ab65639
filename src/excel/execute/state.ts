/**
 * What the writer needs to know about the workbook before it writes: the sheets, the registry,
 * the names in use and the history (one sync; a second only when the Historie table was renamed).
 */
import type { Cell } from "../../domain/cells";
import { type MaandstandRow, parseHistory } from "../history";
import { liveSheets, parseRegistry, REGISTRY_KEY, type RegisteredSheet, type Registry } from "../registry";

export const HISTORY_TABLE = "WSP_Historie";

export interface SheetInfo {
  id: string;
  name: string;
  visibility: string;
}

export interface WorkbookState {
  /** All sheets, in workbook order. */
  sheets: SheetInfo[];
  registry: Registry;
  /** The settings value as it was (to restore after a failure); undefined when there was none. */
  registryValue: unknown;
  /** Registered sheets that still exist. */
  own: RegisteredSheet[];
  /** Table names per sheet id (lower case) and all defined names (lower case). */
  tablesBySheet: Map<string, string[]>;
  definedNames: Set<string>;
  history: MaandstandRow[];
  /** The Historie header and rows as read (to parse again once the date system is known). */
  historyRaw?: { header: Cell[]; body: Cell[][] };
  /** The Historie table, when found (maandstanden are appended with `table.rows.add`). */
  historyTable?: { name: string; sheetId: string };
  /** Syncs used to read the state. */
  syncs: number;
}

/** Finds the history header row in a used range: the row with "Peildatum" and "Sector". */
function historyFromUsedRange(values: Cell[][]): { header: Cell[]; body: Cell[][] } | null {
  const index = values.findIndex((row) => {
    const texts = row.map((c) =>
      String(c ?? "")
        .trim()
        .toLowerCase(),
    );
    return texts.includes("peildatum") && texts.includes("sector");
  });
  if (index < 0) return null;
  const body: Cell[][] = [];
  for (const row of values.slice(index + 1)) {
    if (row.every((c) => c === "" || c === null)) break;
    body.push(row);
  }
  return { header: values[index], body };
}

export async function readState(ctx: Excel.RequestContext, date1904: boolean): Promise<WorkbookState> {
  let syncs = 0;
  const worksheets = ctx.workbook.worksheets;
  worksheets.load("items/id,items/name,items/visibility");
  const setting = ctx.workbook.settings.getItemOrNullObject(REGISTRY_KEY);
  setting.load("value");
  const tables = ctx.workbook.tables;
  tables.load("items/name,items/worksheet/id");
  const names = ctx.workbook.names;
  names.load("items/name");
  const historyTable = ctx.workbook.tables.getItemOrNullObject(HISTORY_TABLE);
  historyTable.load("showTotals");
  const historyRange = historyTable.getRange();
  historyRange.load("values");
  const historySheet = historyTable.worksheet;
  historySheet.load("id");
  await ctx.sync();
  syncs++;

  const sheets: SheetInfo[] = worksheets.items.map((w) => ({
    id: w.id,
    name: w.name,
    visibility: w.visibility,
  }));
  const registryValue = setting.isNullObject ? undefined : setting.value;
  const registry = parseRegistry(registryValue);
  const own = liveSheets(registry, new Set(sheets.map((s) => s.id)));
  const tablesBySheet = new Map<string, string[]>();
  for (const t of tables.items) {
    const id = t.worksheet.id;
    tablesBySheet.set(id, [...(tablesBySheet.get(id) ?? []), t.name.toLowerCase()]);
  }
  const definedNames = new Set(names.items.map((n) => n.name.toLowerCase()));

  const historie = own.find((s) => s.role === "historie");
  let history: MaandstandRow[] = [];
  let historyRaw: WorkbookState["historyRaw"];
  let found: WorkbookState["historyTable"];
  if (historie && !historyTable.isNullObject && historySheet.id === historie.id) {
    const values = historyRange.values as Cell[][];
    // The table's range includes its total row when the user shows one: that row is no maandstand.
    const body = values.slice(1, historyTable.showTotals ? -1 : undefined);
    historyRaw = { header: values[0] ?? [], body };
    history = parseHistory(historyRaw.header, historyRaw.body, date1904);
    found = { name: HISTORY_TABLE, sheetId: historie.id };
  } else if (historie) {
    // The table was renamed (or is gone): read the sheet's used range and find the header row.
    const sheet = ctx.workbook.worksheets.getItem(historie.id);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values");
    const sheetTables = sheet.tables;
    sheetTables.load("items/name");
    await ctx.sync();
    syncs++;
    if (!used.isNullObject) {
      const parsed = historyFromUsedRange(used.values as Cell[][]);
      if (parsed) {
        historyRaw = { header: parsed.header, body: parsed.body };
        history = parseHistory(parsed.header, parsed.body, date1904);
        // A total row the user shows below the maandstanden is read too; it normally has no date
        // under Peildatum (Excel puts its label in the first column), so parseHistory skips it.
        const table = sheetTables.items[0];
        if (table) found = { name: table.name, sheetId: historie.id };
      }
    }
  }
  return {
    sheets,
    registry,
    registryValue,
    own,
    tablesBySheet,
    definedNames,
    history,
    ...(historyRaw ? { historyRaw } : {}),
    ...(found ? { historyTable: found } : {}),
    syncs,
  };
}
