/**
 * The add-in's own sheets are recognised through a registry in the workbook settings, by worksheet
 * id, so a renamed report sheet is still ours and a user's sheet is never mistaken for ours.
 */

export const REGISTRY_KEY = "wspMonitor.report";
export const REGISTRY_VERSION = 1;

export type ReportRole =
  "voortgang" | "dekkingsgraad" | "banenafspraak" | "uitsplitsing" | "toolbox" | "bevindingen" | "historie";

/** The report sheets in workbook order (Historie is kept apart: it is never replaced). */
export const REPORT_ROLES: readonly Exclude<ReportRole, "historie">[] = [
  "voortgang",
  "dekkingsgraad",
  "banenafspraak",
  "uitsplitsing",
  "toolbox",
  "bevindingen",
];

export const PREFERRED_NAMES: Record<ReportRole, string> = {
  voortgang: "Voortgang",
  dekkingsgraad: "Dekkingsgraad",
  banenafspraak: "Banenafspraak",
  uitsplitsing: "Uitsplitsing",
  toolbox: "Toolbox en doelgroep",
  bevindingen: "Bevindingen",
  historie: "Historie",
};

export interface RegisteredSheet {
  id: string;
  role: ReportRole;
  /** Name when it was written (the user may have renamed it since). */
  name: string;
}

export interface Registry {
  version: number;
  /** Peildatum of the report on the sheets (jjjj-mm-dd). */
  peildatum?: string;
  sheets: RegisteredSheet[];
  /** Temporary sheets of a run that had not finished; removed by the next run. */
  pending?: string[];
}

const ROLES = new Set<string>([...REPORT_ROLES, "historie"]);

/** Reads a registry from a settings value; anything unexpected gives an empty registry. */
export function parseRegistry(value: unknown): Registry {
  const empty: Registry = { version: REGISTRY_VERSION, sheets: [] };
  let data = value;
  if (typeof data === "string") {
    try {
      data = JSON.parse(data);
    } catch {
      return empty;
    }
  }
  if (!data || typeof data !== "object") return empty;
  const raw = data as Record<string, unknown>;
  const sheets: RegisteredSheet[] = [];
  if (Array.isArray(raw.sheets)) {
    for (const s of raw.sheets) {
      if (!s || typeof s !== "object") continue;
      const { id, role, name } = s as Record<string, unknown>;
      if (typeof id === "string" && typeof role === "string" && ROLES.has(role)) {
        sheets.push({ id, role: role as ReportRole, name: typeof name === "string" ? name : "" });
      }
    }
  }
  const pending = Array.isArray(raw.pending)
    ? raw.pending.filter((p): p is string => typeof p === "string")
    : [];
  return {
    version: typeof raw.version === "number" ? raw.version : REGISTRY_VERSION,
    peildatum: typeof raw.peildatum === "string" ? raw.peildatum : undefined,
    sheets,
    ...(pending.length > 0 ? { pending } : {}),
  };
}

/** Plain JSON object for `settings.add`. */
export function registryValue(registry: Registry): Record<string, unknown> {
  const out: Record<string, unknown> = { version: REGISTRY_VERSION, sheets: registry.sheets };
  if (registry.peildatum) out.peildatum = registry.peildatum;
  if (registry.pending && registry.pending.length > 0) out.pending = registry.pending;
  return out;
}

/** Registered sheets that still exist (by id). */
export function liveSheets(registry: Registry, ids: ReadonlySet<string>): RegisteredSheet[] {
  return registry.sheets.filter((s) => ids.has(s.id));
}

/** Temporary sheet names: "WSP tmp 1", … */
export const TEMP_SHEET_PREFIX = "WSP tmp ";
export const isTempSheetName = (name: string) => /^WSP tmp \d+$/.test(name);
