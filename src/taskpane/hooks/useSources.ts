/**
 * Bronnen: read the workbook, recognise its sheets (with the team's choices per sheet), change a
 * sheet's source, map missing columns, and import an export file as a new sheet.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { SourceProblem } from "../../domain/analyse";
import { SOURCE_TYPES, type SourceType } from "../../domain/sources/catalog";
import type { Recognised } from "../../excel/make-report";
import type { ReadResult } from "../../excel/read-workbook";
import { IGNORE_SHEET, type SheetOverride, type TeamSettings } from "../../excel/settings";
import { PaneError } from "../errors";
import { loadEngine } from "../load-engine";
import type { SourceRow } from "../model";
import { usePaneStore } from "../store";

/** What the Bronnen dropdown can say: recognise automatically, a source type, or leave the sheet out. */
export type SourceChoice = "auto" | SourceType | typeof IGNORE_SHEET;

export interface ImportedFile {
  file: string;
  sheet: string;
  rows: number;
}

export interface SourcesState {
  status: "loading" | "ready" | "failed";
  read?: ReadResult;
  rows: SourceRow[];
  problems: SourceProblem[];
  /** Source types found (used), out of the nine. */
  found: number;
  error?: unknown;
  errorContext: "generic" | "import";
  busy: boolean;
  importing?: string;
  imported: ImportedFile[];
  refresh(): Promise<void>;
  choose(sheet: string, choice: SourceChoice): Promise<void>;
  mapColumns(sheet: string, type: SourceType, map: Record<string, string>): Promise<void>;
  importFiles(files: readonly File[]): Promise<void>;
  dismissError(): void;
  dismissImported(): void;
}

/** Reads a File's bytes (File.arrayBuffer where present, else FileReader). */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    reader.readAsArrayBuffer(file);
  });
}

export function useSources(
  settings: TeamSettings,
  ready: boolean,
  setSheetOverride: (sheet: string, override: SheetOverride | undefined) => Promise<boolean>,
): SourcesState {
  const { host, pause, touchWorkbook, announce, t, fmt } = usePaneStore();
  const [read, setRead] = useState<ReadResult>();
  const [recognised, setRecognised] = useState<Recognised>();
  const [status, setStatus] = useState<SourcesState["status"]>("loading");
  const [error, setError] = useState<unknown>();
  const [errorContext, setErrorContext] = useState<SourcesState["errorContext"]>("generic");
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState<string>();
  const [imported, setImported] = useState<ImportedFile[]>([]);

  const load = useCallback(async () => {
    setStatus("loading");
    setError(undefined);
    try {
      const { readWorkbook } = await loadEngine();
      const result = await readWorkbook(host);
      setRead(result);
    } catch (e) {
      setError(e);
      setErrorContext("generic");
      setStatus("failed");
    }
  }, [host]);

  // Read once the settings are known.
  useEffect(() => {
    if (!ready) return;
    let live = true;
    void (async () => {
      await pause();
      if (live) await load();
    })();
    return () => {
      live = false;
    };
  }, [ready, load, pause]);

  // Recognise again whenever the sheets or the choices change.
  const sheetsKey = JSON.stringify(settings.sheets);
  const partnersKey = JSON.stringify(settings.partnerAliases);
  useEffect(() => {
    if (!read) return;
    let live = true;
    void (async () => {
      try {
        const { recogniseSources } = await loadEngine();
        const result = await recogniseSources(read, settings, pause);
        if (!live) return;
        setRecognised(result);
        setStatus("ready");
      } catch (e) {
        if (!live) return;
        setError(e);
        setStatus("failed");
      }
    })();
    return () => {
      live = false;
    };
    // settings is read through its keys: a new object with the same choices needs no new recognition.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [read, sheetsKey, partnersKey, pause]);

  const rows = useMemo<SourceRow[]>(() => {
    if (!read || !recognised) return [];
    const byName = new Map(recognised.sheets.map((s) => [s.name, s]));
    return read.inputs.map((input) => {
      const override = settings.sheets[input.name];
      const report = byName.get(input.name);
      if (!report) return { name: input.name, status: "genegeerd" as const, override };
      return { name: input.name, status: report.status, type: report.type, override, report };
    });
  }, [read, recognised, settings.sheets]);

  const found = useMemo(
    () => new Set(rows.filter((r) => r.status === "gebruikt" && r.type).map((r) => r.type)).size,
    [rows],
  );

  useEffect(() => {
    if (status === "ready") announce(t.sourcesSummary(found, SOURCE_TYPES.length, rows.length));
  }, [status, found, rows.length, announce, t]);

  const refresh = useCallback(async () => {
    touchWorkbook();
    await load();
  }, [load, touchWorkbook]);

  const choose = useCallback(
    async (sheet: string, choice: SourceChoice) => {
      setBusy(true);
      const current = settings.sheets[sheet];
      const override: SheetOverride | undefined =
        choice === "auto"
          ? undefined
          : {
              sourceType: choice,
              // A column map belongs to one source type.
              ...(current?.sourceType === choice && current.columnMap
                ? { columnMap: current.columnMap }
                : {}),
            };
      await setSheetOverride(sheet, override);
      setBusy(false);
    },
    [settings.sheets, setSheetOverride],
  );

  const mapColumns = useCallback(
    async (sheet: string, type: SourceType, map: Record<string, string>) => {
      setBusy(true);
      const current = settings.sheets[sheet];
      const columnMap = { ...(current?.sourceType === type ? current.columnMap : {}), ...map };
      await setSheetOverride(sheet, { sourceType: type, columnMap });
      setBusy(false);
    },
    [settings.sheets, setSheetOverride],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      setError(undefined);
      const done: ImportedFile[] = [];
      try {
        // The readers (papaparse, ExcelJS) load only when a file is imported.
        const readers = await import(/* webpackChunkName: "readers" */ "../../readers/files");
        const { importedSheetName, importSheet } = await loadEngine();
        for (const file of files) {
          setImporting(file.name);
          announce(t.importing(file.name));
          await pause();
          let sheets;
          try {
            sheets = await readers.readExportFile(await fileBytes(file), file.name);
          } catch (e) {
            throw e instanceof readers.UnreadableFileError ? new PaneError(e.message) : e;
          }
          for (const sheet of sheets) {
            const name = importedSheetName(file.name, sheet.name, sheets.length);
            const result = await importSheet(host, sheet, name, { date1904: read?.date1904 });
            done.push({ file: file.name, sheet: result.name, rows: result.rows });
            announce(t.imported(file.name, result.name, fmt.number(result.rows)));
          }
        }
      } catch (e) {
        setError(e);
        setErrorContext("import");
      } finally {
        setImporting(undefined);
        setImported(done);
        if (done.length > 0) {
          touchWorkbook();
          await load();
        }
      }
    },
    [announce, fmt, host, load, pause, read?.date1904, t, touchWorkbook],
  );

  return {
    status,
    read,
    rows,
    problems: recognised?.problems ?? [],
    found,
    error,
    errorContext,
    busy,
    importing,
    imported,
    refresh,
    choose,
    mapColumns,
    importFiles,
    dismissError: () => setError(undefined),
    dismissImported: () => setImported([]),
  };
}
