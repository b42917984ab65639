/**
 * The team's settings, kept in the workbook (`context.workbook.settings`, key "wspMonitor.settings"),
 * so everyone who opens the workbook works with the same aliases, thresholds, source choices and
 * peildatum. Also the last error of the ribbon's "Rapport verversen" (key "wspMonitor.lastError"),
 * which the task pane shows the next time it opens.
 *
 * Parsing is lenient: an unknown or damaged value gives the defaults for what cannot be read, never an
 * error, so a workbook edited by an older or newer version still opens.
 */
import type { AnalysisOptions, Thresholds } from "../domain/context";
import { DEFAULT_OVERHEID_SECTOREN, DEFAULT_THRESHOLDS } from "../domain/context";
import type { SheetInput } from "../domain/cells";
import { dayFromYmd, type DayNumber, parseIsoDate } from "../domain/dates";
import { SOURCE_TYPES, type SourceType } from "../domain/sources/catalog";
import { detectFeatures, UnsupportedExcelError } from "./features";
import type { ExcelHost } from "./host";

export const SETTINGS_KEY = "wspMonitor.settings";
export const LAST_ERROR_KEY = "wspMonitor.lastError";
export const SETTINGS_VERSION = 1;

/** "vandaag": today; "eindeVorigeMaand": the last day of the previous month; "vast": a fixed date. */
export type PeildatumMode = "vandaag" | "eindeVorigeMaand" | "vast";
export const PEILDATUM_MODES: readonly PeildatumMode[] = ["vandaag", "eindeVorigeMaand", "vast"];

/** A sheet that should not be read as a source at all. */
export const IGNORE_SHEET = "geen";

export interface SheetOverride {
  /** Source type chosen by hand, or "geen" to leave the sheet out. */
  sourceType?: SourceType | typeof IGNORE_SHEET;
  /** Column key (see the catalog) -> header text in the sheet. */
  columnMap?: Record<string, string>;
}

export interface TeamSettings {
  version: number;
  /** Extra names: alias -> sector / partner / instrument. */
  sectorAliases: Record<string, string>;
  partnerAliases: Record<string, string>;
  instrumentAliases: Record<string, string>;
  thresholds: Thresholds;
  /** The sectors whose banen count as government (banenafspraak); empty: all market. */
  overheidSectoren: string[];
  /** Per sheet name: source type and column mapping chosen by hand. */
  sheets: Record<string, SheetOverride>;
  /** How the peildatum is chosen; `datum` (jjjj-mm-dd) with mode "vast". */
  peildatum: { mode: PeildatumMode; datum?: string };
}

/** A fresh copy of the defaults. */
export function defaultSettings(): TeamSettings {
  return {
    version: SETTINGS_VERSION,
    sectorAliases: {},
    partnerAliases: {},
    instrumentAliases: {},
    thresholds: { ...DEFAULT_THRESHOLDS },
    overheidSectoren: [...DEFAULT_OVERHEID_SECTOREN],
    sheets: {},
    peildatum: { mode: "vandaag" },
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === "object" && !Array.isArray(value);

function parseJson(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** String -> string entries with both sides non-empty after trimming. */
function parseAliases(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [alias, target] of Object.entries(value)) {
    if (typeof target !== "string") continue;
    const a = alias.trim();
    const t = target.trim();
    if (a !== "" && t !== "") out[a] = t;
  }
  return out;
}

const isThreshold = (n: unknown): n is number =>
  typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= 10;

function parseThresholds(value: unknown): Thresholds {
  if (!isRecord(value)) return { ...DEFAULT_THRESHOLDS };
  const opKoers = isThreshold(value.opKoers) ? value.opKoers : DEFAULT_THRESHOLDS.opKoers;
  const aandacht = isThreshold(value.aandacht) ? value.aandacht : DEFAULT_THRESHOLDS.aandacht;
  return aandacht <= opKoers ? { opKoers, aandacht } : { ...DEFAULT_THRESHOLDS };
}

/** Non-empty names, trimmed, each once; the default when the value is no list (older workbooks). */
function parseSectorList(value: unknown): string[] {
  if (!Array.isArray(value)) return [...DEFAULT_OVERHEID_SECTOREN];
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== "string") continue;
    const name = item.trim();
    if (name !== "" && !out.includes(name)) out.push(name);
  }
  return out;
}

const SOURCE_SET = new Set<string>(SOURCE_TYPES);

function parseSheets(value: unknown): Record<string, SheetOverride> {
  const out: Record<string, SheetOverride> = {};
  if (!isRecord(value)) return out;
  for (const [name, raw] of Object.entries(value)) {
    if (!isRecord(raw) || name.trim() === "") continue;
    const override: SheetOverride = {};
    if (
      typeof raw.sourceType === "string" &&
      (SOURCE_SET.has(raw.sourceType) || raw.sourceType === IGNORE_SHEET)
    )
      override.sourceType = raw.sourceType as SheetOverride["sourceType"];
    const map = parseAliases(raw.columnMap);
    if (Object.keys(map).length > 0) override.columnMap = map;
    if (override.sourceType !== undefined || override.columnMap) out[name] = override;
  }
  return out;
}

function parsePeildatum(value: unknown): TeamSettings["peildatum"] {
  if (!isRecord(value) || !PEILDATUM_MODES.includes(value.mode as PeildatumMode)) return { mode: "vandaag" };
  const mode = value.mode as PeildatumMode;
  if (mode !== "vast") return { mode };
  const datum = typeof value.datum === "string" ? value.datum : "";
  return Number.isFinite(parseIsoDate(datum)) ? { mode, datum } : { mode: "vandaag" };
}

/** Reads settings from a stored value (object or JSON text); whatever cannot be read is the default. */
export function parseSettings(value: unknown): TeamSettings {
  const data = parseJson(value);
  if (!isRecord(data)) return defaultSettings();
  return {
    version: SETTINGS_VERSION,
    sectorAliases: parseAliases(data.sectorAliases),
    partnerAliases: parseAliases(data.partnerAliases),
    instrumentAliases: parseAliases(data.instrumentAliases),
    thresholds: parseThresholds(data.thresholds),
    overheidSectoren: parseSectorList(data.overheidSectoren),
    sheets: parseSheets(data.sheets),
    peildatum: parsePeildatum(data.peildatum),
  };
}

/** Plain JSON for `settings.add` (only what differs from empty is kept small, but all keys are written). */
export function settingsValue(settings: TeamSettings): Record<string, unknown> {
  const clean = parseSettings(JSON.parse(JSON.stringify(settings)));
  return {
    version: SETTINGS_VERSION,
    sectorAliases: clean.sectorAliases,
    partnerAliases: clean.partnerAliases,
    instrumentAliases: clean.instrumentAliases,
    thresholds: clean.thresholds,
    overheidSectoren: clean.overheidSectoren,
    sheets: clean.sheets,
    peildatum: clean.peildatum,
  };
}

/** The ribbon's last failure, for the pane to show. */
export interface LastError {
  /** When it happened (ISO 8601). */
  at: string;
  /** What the user tried ("Rapport verversen"). */
  action: string;
  /** Dutch message of what happened (our own errors), else Office's message. */
  message: string;
  /** The error's kind: one of ours ("ReportWriteError", "MissingSourcesError", …) or Office's. */
  name?: string;
  /** Office's error code (also when Office's error lies under one of ours). */
  code?: string;
  debugInfo?: string;
}

export function parseLastError(value: unknown): LastError | undefined {
  const data = parseJson(value);
  if (!isRecord(data) || typeof data.message !== "string" || data.message === "") return undefined;
  return {
    at: typeof data.at === "string" ? data.at : "",
    action: typeof data.action === "string" ? data.action : "",
    message: data.message,
    ...(typeof data.name === "string" ? { name: data.name } : {}),
    ...(typeof data.code === "string" ? { code: data.code } : {}),
    ...(typeof data.debugInfo === "string" ? { debugInfo: data.debugInfo } : {}),
  };
}

export interface StoredSettings {
  settings: TeamSettings;
  lastError?: LastError;
  /** False when the workbook had no settings yet. */
  stored: boolean;
}

function requireBase(host: ExcelHost): void {
  if (!detectFeatures(host).base) throw new UnsupportedExcelError();
}

/** Both keys in one sync. */
export async function loadSettings(host: ExcelHost): Promise<StoredSettings> {
  requireBase(host);
  return host.run(async (ctx) => {
    const settings = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    settings.load("value");
    const lastError = ctx.workbook.settings.getItemOrNullObject(LAST_ERROR_KEY);
    lastError.load("value");
    await ctx.sync();
    const error = lastError.isNullObject ? undefined : parseLastError(lastError.value);
    return {
      settings: settings.isNullObject ? defaultSettings() : parseSettings(settings.value),
      stored: !settings.isNullObject,
      ...(error ? { lastError: error } : {}),
    };
  });
}

/** Stores the settings in the workbook (they travel with the file when it is saved). */
export async function saveSettings(host: ExcelHost, settings: TeamSettings): Promise<TeamSettings> {
  requireBase(host);
  const value = settingsValue(settings);
  await host.run(async (ctx) => {
    ctx.workbook.settings.add(SETTINGS_KEY, value);
    await ctx.sync();
  });
  return parseSettings(value);
}

export async function saveLastError(host: ExcelHost, error: LastError): Promise<void> {
  requireBase(host);
  await host.run(async (ctx) => {
    ctx.workbook.settings.add(LAST_ERROR_KEY, { ...error });
    await ctx.sync();
  });
}

export async function clearLastError(host: ExcelHost): Promise<void> {
  requireBase(host);
  await host.run(async (ctx) => {
    ctx.workbook.settings.getItemOrNullObject(LAST_ERROR_KEY).delete();
    await ctx.sync();
  });
}

/**
 * The sheets as the engine should see them: a source type and column map chosen by hand are passed
 * on, sheets set to "geen" are left out.
 */
export function applySheetOverrides(inputs: readonly SheetInput[], settings: TeamSettings): SheetInput[] {
  const out: SheetInput[] = [];
  for (const input of inputs) {
    const override = settings.sheets[input.name];
    if (!override) {
      out.push(input);
      continue;
    }
    if (override.sourceType === IGNORE_SHEET) continue;
    out.push({
      ...input,
      ...(override.sourceType ? { sourceType: override.sourceType } : {}),
      ...(override.sourceType && override.columnMap ? { columnMap: { ...override.columnMap } } : {}),
    });
  }
  return out;
}

/** Today as a day number (the local calendar date). */
export function dayOfDate(date: Date): DayNumber {
  return dayFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The peildatum the settings ask for, on `today`. */
export function resolvePeildatum(peildatum: TeamSettings["peildatum"], today: Date): DayNumber {
  if (peildatum.mode === "vast" && peildatum.datum) {
    const day = parseIsoDate(peildatum.datum);
    if (Number.isFinite(day)) return day;
  }
  if (peildatum.mode === "eindeVorigeMaand") {
    // Day 0 of this month is the last day of the previous one.
    return dayOfDate(new Date(today.getFullYear(), today.getMonth(), 0));
  }
  return dayOfDate(today);
}

/** The engine's options from the settings. */
export function analysisOptions(settings: TeamSettings, peildatum: DayNumber): AnalysisOptions {
  return {
    peildatum,
    thresholds: { ...settings.thresholds },
    sectorAliases: { ...settings.sectorAliases },
    partnerAliases: { ...settings.partnerAliases },
    instrumentAliases: { ...settings.instrumentAliases },
    overheidSectoren: [...settings.overheidSectoren],
  };
}
