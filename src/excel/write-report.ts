/**
 * Writes the report sheets: build the new sheets under temporary names, and only in the last sync
 * delete the previous report sheets, give the new ones their names and update the registry. A
 * failure on the way leaves the previous report as it was.
 */
import type { Report } from "../domain/analyse";
import { isoDate } from "../domain/dates";
import { detectFeatures, type Features, omittedFeatures, UnsupportedExcelError } from "./features";
import { CHUNK_BYTES, emitSheet } from "./execute/emit-sheet";
import { freeSheetName, freeTableName, tempSheetNames } from "./execute/naming";
import { readState, type WorkbookState } from "./execute/state";
import { type Env, runSteps, type Step, stepBytes, type SyncBudget } from "./execute/steps";
import { earlierYearsOnly, previousMaandstand } from "./history";
import { type ExcelHost, reasonFor } from "./host";
import { buildReportPlan } from "./plan/build";
import type { ReportPlan, SheetPlan } from "./plan/types";
import {
  isTempSheetName,
  PREFERRED_NAMES,
  REGISTRY_KEY,
  registryValue,
  type RegisteredSheet,
  type ReportRole,
} from "./registry";
import { BEVINDINGEN_TABLES } from "./sheets/bevindingen";

/** Excel on the web refuses requests of 5 MB; we stay under 4 MB with room to spare. */
export const DEFAULT_MAX_REQUEST_BYTES = 3_800_000;
/** Syncs allowed for writing a full report, at any data size. */
export const DEFAULT_MAX_SYNCS = 8;

export interface WriteReportOptions {
  /** The workbook uses the 1904 date system (from readWorkbook); default false. */
  date1904?: boolean;
  maxRequestBytes?: number;
  maxSyncs?: number;
  /** Cap of the Bevindingen detail table (default 50,000 rows). */
  maxDetailRows?: number;
}

export interface WriteResult {
  sheets: Array<{ role: ReportRole; name: string }>;
  /** What this Excel could not make (Dutch), e.g. print settings without ExcelApi 1.9. */
  omitted: string[];
  /** Round trips used for writing (reading state included). */
  syncs: number;
  /** Findings left out of the detail table (the summary per rule counts them all). */
  cappedFindings?: number;
}

export class ReportWriteError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = "ReportWriteError";
  }
}

/** The page header: title and peildatum. */
export function headerText(sheet: SheetPlan, plan: ReportPlan): string {
  const [y, m, d] = plan.peildatum.split("-");
  return `WSP Haaglanden — ${sheet.title} — peildatum ${d}-${m}-${y}`;
}

interface Naming {
  temp: Map<ReportRole, string>;
  final: Map<ReportRole, string>;
  tempTables: Map<string, string>;
  finalTables: Map<string, string>;
  /** Previous report sheets (replaced) and leftovers of an unfinished run (removed). */
  replaced: RegisteredSheet[];
  leftovers: string[];
  /** Where the new sheets go before the swap: just before the previous report (none: at the end). */
  insertAt?: number;
}

function planNames(state: WorkbookState, plan: ReportPlan): Naming {
  const replaced = state.own.filter((s) => s.role !== "historie");
  const replacedIds = new Set(replaced.map((s) => s.id));
  const registeredIds = new Set(state.own.map((s) => s.id));
  const pending = new Set((state.registry.pending ?? []).map((n) => n.toLowerCase()));
  const leftovers = state.sheets
    .filter((s) => !registeredIds.has(s.id) && isTempSheetName(s.name) && pending.has(s.name.toLowerCase()))
    .map((s) => s.name);
  const leftoverSet = new Set(leftovers.map((n) => n.toLowerCase()));
  const allNames = new Set(state.sheets.map((s) => s.name.toLowerCase()));
  const staying = new Set(
    state.sheets
      .filter((s) => !replacedIds.has(s.id) && !leftoverSet.has(s.name.toLowerCase()))
      .map((s) => s.name.toLowerCase()),
  );
  const roles = plan.sheets.map((s) => s.role);
  const tempList = tempSheetNames(roles.length, allNames);
  const temp = new Map(roles.map((role, i) => [role, tempList[i]]));
  const final = new Map<ReportRole, string>();
  for (const sheet of plan.sheets) {
    const name = freeSheetName(PREFERRED_NAMES[sheet.role], staying);
    staying.add(name.toLowerCase());
    final.set(sheet.role, name);
  }
  // Table names are unique in the workbook: build under temporary names, rename at the swap.
  const allTables = new Set<string>(state.definedNames);
  const stayingTables = new Set<string>(state.definedNames);
  for (const [sheetId, names] of state.tablesBySheet) {
    for (const n of names) {
      allTables.add(n);
      if (!replacedIds.has(sheetId)) stayingTables.add(n);
    }
  }
  const tempTables = new Map<string, string>();
  const finalTables = new Map<string, string>();
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      const t = freeTableName(`WSPtmp_${table.key}`, allTables);
      allTables.add(t.toLowerCase());
      tempTables.set(table.key, t);
      const f = freeTableName(table.key, stayingTables);
      stayingTables.add(f.toLowerCase());
      finalTables.set(table.key, f);
    }
  }
  const firstReplaced = state.sheets.findIndex((s) => replacedIds.has(s.id));
  return {
    temp,
    final,
    tempTables,
    finalTables,
    replaced,
    leftovers,
    ...(firstReplaced >= 0 ? { insertAt: firstReplaced } : {}),
  };
}

function budgetFor(features: Features, maxRequestBytes: number): SyncBudget {
  return {
    maxRequestBytes,
    startBatch: (env: Env) => {
      const app = env.ctx.workbook.application;
      if (features.suspendCalculation) app.suspendApiCalculationUntilNextSync();
      if (features.suspendScreenUpdating) app.suspendScreenUpdatingUntilNextSync();
      return 200;
    },
  };
}

/** All steps of the plan, per sheet, and the charts that cannot be made here. */
function emitPlan(plan: ReportPlan, naming: Naming, features: Features, maxRequestBytes: number) {
  const skippedCharts: string[] = [];
  const steps: Step[] = [];
  for (const sheet of plan.sheets) {
    steps.push(
      ...emitSheet(
        {
          sheetKey: sheet.role,
          tableName: (key) => naming.tempTables.get(key) ?? key,
          features,
          headerText: headerText(sheet, plan),
          skippedCharts,
          chunkBytes: Math.min(CHUNK_BYTES, Math.floor(maxRequestBytes / 4)),
        },
        sheet,
      ),
    );
  }
  return { steps, skippedCharts };
}

/** Bytes of the detail rows of Bevindingen as planned. */
function detailBytes(plan: ReportPlan): number {
  const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.key === BEVINDINGEN_TABLES.detail);
  return (table?.rows ?? []).reduce((n, row) => n + JSON.stringify(row).length + 64, 0);
}

/**
 * Writes (or rewrites) the report sheets for `report`. At most `maxSyncs` round trips (8) at any data
 * size and no request above `maxRequestBytes`; the detail table of Bevindingen is capped if needed.
 */
export async function writeReport(
  host: ExcelHost,
  report: Report,
  options: WriteReportOptions = {},
): Promise<WriteResult> {
  const features = detectFeatures(host);
  if (!features.base) throw new UnsupportedExcelError();
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const maxSyncs = options.maxSyncs ?? DEFAULT_MAX_SYNCS;
  const date1904 = options.date1904 ?? false;
  const counter = { syncs: 0 };
  let naming: Naming | undefined;
  let state: WorkbookState | undefined;
  /** Set when the swap starts: the new report's sheets. */
  let newSheets: RegisteredSheet[] | undefined;
  try {
    return await host.run(async (ctx) => {
      state = await readState(ctx, date1904);
      counter.syncs += state.syncs;
      const peildatum = isoDate(report.figures.peildatum);
      const planOptions = {
        date1904,
        previous: previousMaandstand(state.history, peildatum),
        earlierYearsOnly: earlierYearsOnly(state.history, peildatum),
        maxDetailRows: options.maxDetailRows,
      };
      let plan = buildReportPlan(report, planOptions);
      naming = planNames(state, plan);
      let emitted = emitPlan(plan, naming, features, maxRequestBytes);
      // Keep the whole write within the sync budget: state + build syncs + swap.
      const buildSyncs = Math.max(1, maxSyncs - counter.syncs - 1);
      const allowed = buildSyncs * maxRequestBytes * 0.85;
      for (let i = 0; i < 4 && stepBytes(emitted.steps) > allowed; i++) {
        const over = stepBytes(emitted.steps) - allowed;
        plan = buildReportPlan(report, {
          ...planOptions,
          maxDetailBytes: Math.max(0, detailBytes(plan) - over),
        });
        emitted = emitPlan(plan, naming, features, maxRequestBytes);
      }
      const budget = budgetFor(features, maxRequestBytes);
      const env: Env = { ctx, sheets: new Map(), tables: new Map() };

      // Build: mark the run as pending, create the sheets under temporary names, write everything.
      let queued = budget.startBatch(env);
      const tempNames = [...naming.temp.values()];
      ctx.workbook.settings.add(REGISTRY_KEY, registryValue({ ...state.registry, pending: tempNames }));
      for (const sheet of plan.sheets) {
        const ws = ctx.workbook.worksheets.add(naming.temp.get(sheet.role));
        ws.load("id");
        env.sheets.set(sheet.role, ws);
      }
      // Where the previous report stands, the new sheets go just before it, now, while a failure still
      // leaves it intact (the swap then only deletes, renames and registers: no position that a sheet
      // the user removed meanwhile could put out of range). Without one they stay at the end.
      if (naming.insertAt !== undefined)
        plan.sheets.forEach((sheet, i) => {
          env.sheets.get(sheet.role)!.position = naming!.insertAt! + i;
        });
      queued += 400 * plan.sheets.length;
      queued = await runSteps(env, emitted.steps, budget, counter, queued);
      if (queued > 0) {
        await ctx.sync();
        counter.syncs++;
      }

      // Swap, in one sync: out with the previous report, in with the new one. The registry goes first:
      // Excel applies a failed batch up to the failing call, and registered sheets are never taken for
      // sources and are replaced by the next run (see `afterFailedSwap`).
      budget.startBatch(env);
      const registered: RegisteredSheet[] = plan.sheets.map((sheet) => ({
        id: env.sheets.get(sheet.role)!.id,
        role: sheet.role,
        name: naming!.final.get(sheet.role)!,
      }));
      newSheets = registered;
      const historie = state.own.filter((s) => s.role === "historie");
      ctx.workbook.settings.add(
        REGISTRY_KEY,
        registryValue({ version: 1, peildatum: plan.peildatum, sheets: [...registered, ...historie] }),
      );
      for (const old of naming.replaced) ctx.workbook.worksheets.getItemOrNullObject(old.id).delete();
      for (const name of naming.leftovers) ctx.workbook.worksheets.getItemOrNullObject(name).delete();
      for (const sheet of plan.sheets) env.sheets.get(sheet.role)!.name = naming.final.get(sheet.role)!;
      for (const [key, table] of env.tables) table.name = naming.finalTables.get(key) ?? key;
      env.sheets.get("voortgang")?.activate();
      await ctx.sync();
      counter.syncs++;

      const omitted = omittedFeatures(features, { chartsNeedSeries: emitted.skippedCharts.length > 0 });
      const capped = plan.findings.total - plan.findings.shown;
      return {
        sheets: plan.sheets.map((s) => ({ role: s.role, name: naming!.final.get(s.role)! })),
        omitted,
        syncs: counter.syncs,
        ...(capped > 0 ? { cappedFindings: capped } : {}),
      };
    });
  } catch (error) {
    const reason = reasonFor(error);
    const because = reason === undefined ? "" : `: ${reason}`;
    if (naming && state && newSheets) {
      const outcome = await afterFailedSwap(host, state, naming, newSheets).catch(() => "unknown" as const);
      if (outcome !== "restored")
        throw new ReportWriteError(
          `Het rapport kon niet helemaal worden vervangen${because}. Er staan nu nieuwe rapportbladen, ` +
            "maar misschien niet alle of niet onder hun gewone naam; maak de rapportage opnieuw, dan worden ze vervangen.",
          error,
        );
    } else if (naming && state)
      await removeTemporarySheets(host, [...naming.temp.values()], state).catch(() => undefined);
    throw new ReportWriteError(
      `Het rapport kon niet worden geschreven${because}. Het vorige rapport is ongewijzigd.`,
      error,
    );
  }
}

/**
 * After a swap that failed part-way (Excel applies a batch up to the failing call): when the previous
 * report is still whole, the new sheets go and the registry is put back — nothing changed. When some of
 * it was already deleted, the new sheets stay, registered (with the previous sheets still there), so
 * that the next run replaces them all and none is read as a source.
 */
async function afterFailedSwap(
  host: ExcelHost,
  state: WorkbookState,
  naming: Naming,
  newSheets: RegisteredSheet[],
): Promise<"restored" | "kept"> {
  return host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/id");
    await ctx.sync();
    const present = new Set(sheets.items.map((ws) => ws.id));
    const previousWhole = naming.replaced.every((old) => present.has(old.id));
    if (previousWhole) {
      for (const sheet of newSheets) if (present.has(sheet.id)) sheets.getItem(sheet.id).delete();
      restoreRegistry(ctx, state);
      await ctx.sync();
      return "restored";
    }
    const kept = [...newSheets, ...state.own].filter((s) => present.has(s.id));
    ctx.workbook.settings.add(
      REGISTRY_KEY,
      registryValue({ ...state.registry, version: 1, sheets: kept, pending: undefined }),
    );
    await ctx.sync();
    return "kept";
  });
}

/** Queues the registry as it was before the run (none: removed). */
function restoreRegistry(ctx: Excel.RequestContext, state: WorkbookState): void {
  if (state.registryValue === undefined) ctx.workbook.settings.getItemOrNullObject(REGISTRY_KEY).delete();
  else ctx.workbook.settings.add(REGISTRY_KEY, state.registryValue);
}

/** After a failure: remove the temporary sheets (best effort) and put the registry back. */
async function removeTemporarySheets(host: ExcelHost, names: string[], state: WorkbookState): Promise<void> {
  const own = new Set(state.own.map((s) => s.id));
  await host.run(async (ctx) => {
    const sheets = names.map((name) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
      ws.load("id");
      return ws;
    });
    await ctx.sync();
    for (const ws of sheets) if (!ws.isNullObject && !own.has(ws.id)) ws.delete();
    restoreRegistry(ctx, state);
    await ctx.sync();
  });
}
