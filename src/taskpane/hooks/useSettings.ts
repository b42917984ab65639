/**
 * The team settings: what is stored in the workbook (`saved`), the copy the user edits (`draft`),
 * and the settings the checks and the report use (`effective`: the draft's valid entries). Choices
 * per sheet (Bronnen) are stored at once; the rest when the user saves or makes the report.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Thresholds } from "../../domain/context";
import { type DayNumber, isoDate, parseIsoDate } from "../../domain/dates";
import {
  clearLastError,
  defaultSettings,
  type LastError,
  loadSettings,
  resolvePeildatum,
  saveSettings,
  type SheetOverride,
  type TeamSettings,
} from "../../excel/settings";
import { usePaneStore } from "../store";

export interface AliasRow {
  alias: string;
  target: string;
}

export type AliasKind = "sector" | "partner" | "instrument";
export const ALIAS_KINDS: readonly AliasKind[] = ["sector", "partner", "instrument"];

export interface SettingsDraft {
  aliases: Record<AliasKind, AliasRow[]>;
  thresholds: Thresholds;
  /** The government sectors as typed: one per line. */
  overheidSectoren: string;
  peildatum: TeamSettings["peildatum"];
}

/** The sector names of the text field: one per line, trimmed, each once. */
export const sectorLines = (text: string): string[] => [
  ...new Set(
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  ),
];

export interface DraftProblem {
  kind: AliasKind | "thresholds";
  index?: number;
  message: string;
}

export function draftOf(settings: TeamSettings): SettingsDraft {
  const rows = (record: Record<string, string>) =>
    Object.entries(record).map(([alias, target]) => ({ alias, target }));
  return {
    aliases: {
      sector: rows(settings.sectorAliases),
      partner: rows(settings.partnerAliases),
      instrument: rows(settings.instrumentAliases),
    },
    thresholds: { ...settings.thresholds },
    overheidSectoren: settings.overheidSectoren.join("\n"),
    peildatum: { ...settings.peildatum },
  };
}

/** The settings a draft stands for: complete alias rows only (the first of duplicates). */
export function settingsOf(saved: TeamSettings, draft: SettingsDraft): TeamSettings {
  const record = (rows: AliasRow[]) => {
    const out: Record<string, string> = {};
    for (const { alias, target } of rows) {
      const a = alias.trim();
      const t = target.trim();
      if (a && t && !(a in out)) out[a] = t;
    }
    return out;
  };
  const thresholdsValid = draft.thresholds.aandacht <= draft.thresholds.opKoers;
  const peildatumValid =
    draft.peildatum.mode !== "vast" || Number.isFinite(parseIsoDate(draft.peildatum.datum ?? ""));
  return {
    ...saved,
    sectorAliases: record(draft.aliases.sector),
    partnerAliases: record(draft.aliases.partner),
    instrumentAliases: record(draft.aliases.instrument),
    thresholds: thresholdsValid ? { ...draft.thresholds } : { ...saved.thresholds },
    overheidSectoren: sectorLines(draft.overheidSectoren),
    peildatum: peildatumValid ? { ...draft.peildatum } : { ...saved.peildatum },
  };
}

export interface SettingsState {
  status: "loading" | "ready" | "failed";
  saved: TeamSettings;
  draft: SettingsDraft;
  effective: TeamSettings;
  /** The peildatum the draft asks for today (NaN when the fixed date is not valid). */
  peildatum: DayNumber;
  dirty: boolean;
  problems: DraftProblem[];
  saving: boolean;
  /** True right after a successful save (until the next edit). */
  justSaved: boolean;
  lastError?: LastError;
  error?: unknown;
  update(patch: Partial<SettingsDraft>): void;
  setAliases(kind: AliasKind, rows: AliasRow[]): void;
  save(): Promise<boolean>;
  revert(): void;
  setSheetOverride(sheet: string, override: SheetOverride | undefined): Promise<boolean>;
  dismissLastError(): Promise<void>;
  dismissError(): void;
}

export function useSettings(): SettingsState {
  const { host, now, t } = usePaneStore();
  const [status, setStatus] = useState<SettingsState["status"]>("loading");
  const [saved, setSaved] = useState<TeamSettings>(defaultSettings);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(defaultSettings()));
  const [lastError, setLastError] = useState<LastError>();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const [justSaved, setJustSaved] = useState(false);

  useEffect(() => {
    let live = true;
    loadSettings(host).then(
      (loaded) => {
        if (!live) return;
        setSaved(loaded.settings);
        setDraft(draftOf(loaded.settings));
        setLastError(loaded.lastError);
        setStatus("ready");
      },
      (e: unknown) => {
        if (!live) return;
        setError(e);
        setStatus("failed");
      },
    );
    return () => {
      live = false;
    };
  }, [host]);

  const problems = useMemo(() => {
    const out: DraftProblem[] = [];
    for (const kind of ALIAS_KINDS) {
      const seen = new Set<string>();
      draft.aliases[kind].forEach((row, index) => {
        const alias = row.alias.trim();
        // A row left wholly empty (just added) is no mistake: saving leaves it out.
        if (!alias && !row.target.trim()) return;
        if (!alias || !row.target.trim()) out.push({ kind, index, message: t.emptyAlias });
        else if (seen.has(alias.toLowerCase())) out.push({ kind, index, message: t.duplicateAlias(alias) });
        seen.add(alias.toLowerCase());
      });
    }
    if (draft.thresholds.aandacht > draft.thresholds.opKoers)
      out.push({ kind: "thresholds", message: t.thresholdsInvalid });
    return out;
  }, [draft, t]);

  const effective = useMemo(() => settingsOf(saved, draft), [saved, draft]);
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(draftOf(saved)), [saved, draft]);
  const today = now();
  const peildatum =
    draft.peildatum.mode === "vast" && !Number.isFinite(parseIsoDate(draft.peildatum.datum ?? ""))
      ? NaN
      : resolvePeildatum(draft.peildatum, today);

  const update = useCallback((patch: Partial<SettingsDraft>) => {
    setJustSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  }, []);
  const setAliases = useCallback((kind: AliasKind, rows: AliasRow[]) => {
    setJustSaved(false);
    setDraft((d) => ({ ...d, aliases: { ...d.aliases, [kind]: rows } }));
  }, []);

  const persist = useCallback(
    async (next: TeamSettings): Promise<TeamSettings | undefined> => {
      setSaving(true);
      setError(undefined);
      try {
        const stored = await saveSettings(host, next);
        setSaved(stored);
        return stored;
      } catch (e) {
        setError(e);
        return undefined;
      } finally {
        setSaving(false);
      }
    },
    [host],
  );

  const save = useCallback(async () => {
    if (problems.length > 0) return false;
    const stored = await persist(settingsOf(saved, draft));
    if (!stored) return false;
    setDraft(draftOf(stored));
    setJustSaved(true);
    return true;
  }, [draft, persist, problems, saved]);

  const revert = useCallback(() => {
    setJustSaved(false);
    setDraft(draftOf(saved));
  }, [saved]);

  const setSheetOverride = useCallback(
    async (sheet: string, override: SheetOverride | undefined) => {
      const sheets = { ...saved.sheets };
      if (override && (override.sourceType !== undefined || override.columnMap)) sheets[sheet] = override;
      else delete sheets[sheet];
      return (await persist({ ...saved, sheets })) !== undefined;
    },
    [persist, saved],
  );

  const dismissLastError = useCallback(async () => {
    setLastError(undefined);
    try {
      await clearLastError(host);
    } catch (e) {
      setError(e);
    }
  }, [host]);

  return {
    status,
    saved,
    draft,
    effective,
    peildatum,
    dirty,
    problems,
    saving,
    justSaved,
    lastError,
    error,
    update,
    setAliases,
    save,
    revert,
    setSheetOverride,
    dismissLastError,
    dismissError: () => setError(undefined),
  };
}

/** "jjjj-mm-dd" of a day number, "" when it is not a date. */
export const isoOrEmpty = (day: DayNumber) => (Number.isFinite(day) ? isoDate(day) : "");
