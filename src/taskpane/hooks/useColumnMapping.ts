/** The column-mapping dialog: which required (and optional) columns are missing, and the user's choices. */
import { useCallback, useMemo, useState } from "react";
import { sourceDef, type SourceType } from "../../domain/sources/catalog";
import type { SourceRow } from "../model";

export interface MappingColumn {
  key: string;
  label: string;
  required: boolean;
  closest?: string;
}

export interface MappingState {
  sheet?: string;
  type?: SourceType;
  /** Required columns that are missing, then optional columns that were not found. */
  columns: MappingColumn[];
  /** Ambitie lacks its partner columns (cannot be mapped by hand). */
  partnersMissing: boolean;
  /** Headers of the sheet no column claimed. */
  headers: string[];
  choices: Record<string, string>;
  complete: boolean;
  saving: boolean;
  open(row: SourceRow): void;
  close(): void;
  choose(key: string, header: string): void;
  save(): Promise<void>;
}

export function useColumnMapping(
  map: (sheet: string, type: SourceType, columns: Record<string, string>) => Promise<void>,
): MappingState {
  const [row, setRow] = useState<SourceRow>();
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const report = row?.report;
  const type = row?.type;
  const { columns, partnersMissing, headers } = useMemo(() => {
    if (!report || !type) return { columns: [], partnersMissing: false, headers: [] };
    const missing = new Map(report.missing.map((m) => [m.key, m]));
    const found = new Set(Object.keys(report.columns));
    const list: MappingColumn[] = [];
    for (const column of sourceDef(type).columns) {
      if (column.required && missing.has(column.key))
        list.push({
          key: column.key,
          label: column.label,
          required: true,
          closest: missing.get(column.key)?.closest,
        });
    }
    for (const column of sourceDef(type).columns) {
      if (!column.required && !found.has(column.key))
        list.push({ key: column.key, label: column.label, required: false });
    }
    return { columns: list, partnersMissing: missing.has("partners"), headers: report.otherHeaders };
  }, [report, type]);

  const open = useCallback((next: SourceRow) => {
    setRow(next);
    const initial: Record<string, string> = {};
    const own = next.report?.otherHeaders ?? [];
    // Each proposed header once: a header chosen for two columns would only block "Koppelen".
    for (const m of next.report?.missing ?? [])
      if (m.closest && own.includes(m.closest) && !Object.values(initial).includes(m.closest))
        initial[m.key] = m.closest;
    setChoices(initial);
  }, []);

  const close = useCallback(() => setRow(undefined), []);
  const choose = useCallback(
    (key: string, header: string) => setChoices((c) => ({ ...c, [key]: header })),
    [],
  );

  const used = Object.values(choices).filter(Boolean);
  const complete =
    columns.filter((c) => c.required).every((c) => choices[c.key]) && new Set(used).size === used.length;

  const save = useCallback(async () => {
    if (!row || !type) return;
    setSaving(true);
    const chosen = Object.fromEntries(Object.entries(choices).filter(([, header]) => header));
    await map(row.name, type, chosen);
    setSaving(false);
    setRow(undefined);
  }, [choices, map, row, type]);

  return {
    sheet: row?.name,
    type,
    columns,
    partnersMissing,
    headers,
    choices,
    complete,
    saving,
    open,
    close,
    choose,
    save,
  };
}
